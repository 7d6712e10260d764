// Schema version 5: each review keeps the seed its choices were shown shuffled with, so the
// order the learner saw can be rebuilt (study::ShownOrderFor). NULL for reviews written before
// version 5 and for reviews where nothing was shown shuffled (`summit review`). Frozen once
// released.
#include "storage/migrations/migrations.h"

namespace summit::storage {

Status MigrateToV5(Db& db) {
    return Exec(db, "ALTER TABLE revlog ADD COLUMN shuffle_seed INTEGER;");
}

}  // namespace summit::storage
