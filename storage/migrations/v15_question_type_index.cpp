// Schema version 15: an index of the questions by type. The browser's `type:` term reads the
// ids of one type's questions through it (1.8 MB at 100,000 questions) instead of looking up
// each candidate card's question row in the table with its texts, which cost most of a
// `type:typed` search. Frozen once released.
#include "storage/migrations/migrations.h"

namespace summit::storage {

Status MigrateToQuestionTypeIndex(Db& db) {
    return Exec(db, "CREATE INDEX questions_type ON questions (type)");
}

}  // namespace summit::storage
