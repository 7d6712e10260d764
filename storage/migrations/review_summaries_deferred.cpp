// The schema step that lets a bulk writer keep the review log's summaries itself: while
// review_summaries_deferred holds a row, the two summary triggers on revlog do nothing, and
// the writer changes the summaries with a few set-wise statements before it deletes the row
// (storage/bulk_delete.cpp). A trigger per row costs a bulk delete of 100,000 reviews more
// than a second; the statements over the whole set cost a fraction of that. Every other
// writer is summarised by the triggers as before. Frozen once released; self-contained so it
// can move to another version number.
#include "storage/migrations/migrations.h"
#include "storage/migrations/review_summaries_sql.h"

namespace summit::storage {

Status MigrateToDeferredReviewSummaries(Db& db) {
    return Exec(db, R"sql(
CREATE TABLE review_summaries_deferred (
    writer  TEXT NOT NULL
);
DROP TRIGGER review_summaries_insert;
DROP TRIGGER review_summaries_delete;
)sql" + ReviewSummaryTriggers());
}

}  // namespace summit::storage
