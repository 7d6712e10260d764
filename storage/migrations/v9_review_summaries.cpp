// The schema step that adds the review log's summaries, so statistics read a few thousand
// small rows instead of a million reviews (docs/stats.md, "Summaries"):
// - review_quarters: answers per quarter hour (UTC), by phase and by button group. Time zone
//   offsets are whole quarter hours and study days start on the hour, so each quarter lies
//   inside one study day whatever the day rule (the reader checks, and reads rows otherwise);
// - review_card_totals: answers and correct answers per card (the hardest questions);
// - review_same_day: review-phase answers of a card recorded within 26 hours of its previous
//   one, and that previous one (a study day lasts at most 25 hours). True retention counts
//   only a card's first answer of a study day; the reader decides which candidates are first;
// - review_last_in_review: each card's most recently recorded review-phase answer, which the
//   insert trigger compares a new one with.
// Triggers, not the write paths, keep them in step, so no writer (review, undo, imports,
// deletions) can forget them. Frozen once released.
#include <string>

#include "storage/migrations/migrations.h"
#include "storage/migrations/review_summaries_sql.h"

namespace summit::storage {

namespace {

std::string ReviewQuartersBackfill() {
    return "INSERT INTO review_quarters (quarter, " + ReviewQuarterColumns() + ")\n    SELECT " +
           ReviewQuarterOf("revlog.time_ms") + ", " + ReviewQuarterSums("revlog") +
           " FROM revlog GROUP BY 1;\n";
}

}  // namespace

Status MigrateToReviewSummaries(Db& db) {
    const std::string sql = ReviewQuartersTable() + R"sql(
CREATE TABLE review_card_totals (
    card_id  INTEGER PRIMARY KEY,
    answers  INTEGER NOT NULL DEFAULT 0,
    correct  INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE review_same_day (
    review_id  INTEGER PRIMARY KEY,
    card_id    INTEGER NOT NULL,
    time_ms    INTEGER NOT NULL,
    young      INTEGER NOT NULL,
    failed     INTEGER NOT NULL
);
CREATE TABLE review_last_in_review (
    card_id    INTEGER PRIMARY KEY,
    review_id  INTEGER NOT NULL,
    time_ms    INTEGER NOT NULL
);
)sql" + ReviewQuartersBackfill() +
                            R"sql(
INSERT INTO review_card_totals (card_id, answers, correct)
    SELECT card_id, count(*), sum(correct) FROM revlog GROUP BY card_id;
INSERT INTO review_last_in_review (card_id, review_id, time_ms)
    SELECT card_id, id, time_ms FROM (
        SELECT card_id, id, time_ms,
               row_number() OVER (PARTITION BY card_id ORDER BY id DESC) AS latest
        FROM revlog WHERE phase_before = 2)
    WHERE latest = 1;
INSERT INTO review_same_day (review_id, card_id, time_ms, young, failed)
    SELECT id, card_id, time_ms, young, failed FROM (
        SELECT id, card_id, time_ms, scheduled_days_before < 21 AS young, rating = 1 AS failed,
               time_ms - lag(time_ms) OVER by_card AS after_previous,
               lead(time_ms) OVER by_card - time_ms AS before_next
        FROM revlog WHERE phase_before = 2
        WINDOW by_card AS (PARTITION BY card_id ORDER BY time_ms, id))
    WHERE after_previous < 93600000 OR before_next < 93600000;
CREATE TRIGGER review_summaries_insert AFTER INSERT ON revlog BEGIN
)sql" + ReviewSummariesInsertBody() +
                            R"sql(END;
CREATE TRIGGER review_summaries_delete AFTER DELETE ON revlog BEGIN
)sql" + ReviewSummariesDeleteBody() +
                            R"sql(END;
)sql";
    return Exec(db, sql);
}

}  // namespace summit::storage
