// Schema version 3: the review log keeps the card's scheduled interval before each review, so
// statistics can split young from mature reviews without decoding snapshots. Frozen once
// released.
#include "storage/migrations/migrations.h"

namespace summit::storage {

namespace {

// Rows written before version 3 take the interval from their before-snapshot, which every
// version has stored since the first.
constexpr const char* kV3Changes = R"sql(
ALTER TABLE revlog ADD COLUMN scheduled_days_before INTEGER NOT NULL DEFAULT 0;
UPDATE revlog
    SET scheduled_days_before = coalesce(json_extract(state_before, '$.scheduled_days'), 0);
)sql";

}  // namespace

Status MigrateToV3(Db& db) {
    return Exec(db, kV3Changes);
}

}  // namespace summit::storage
