// Schema version 11: the review log gets back an index on its card. Version 7 dropped it to
// keep the log small, but the log's foreign key needs it: deleting a card makes SQLite look for
// reviews that still refer to it, and without the index each deleted card read the whole log
// (a bulk delete of 10,000 cards of a million-review log ran for over ten minutes). With it,
// deleting a card's reviews and checking that none are left are lookups. Frozen once released.
#include "storage/migrations/migrations.h"

namespace summit::storage {

Status MigrateToReviewCardIndex(Db& db) {
    return Exec(db, "CREATE INDEX revlog_card ON revlog (card_id)");
}

}  // namespace summit::storage
