// Schema version 16: a review's id is the time it was answered, in milliseconds since the epoch,
// moved forward to the next free millisecond when another review already holds it (Anki's rule
// for its revlog ids). The answer time is then no longer stored twice: `id_offset_ms` keeps how
// far the id was moved (0, and so no bytes, on almost every row) and `time_ms` is a virtual
// column computed from the two. The log needs no time index any more: the reviews answered from
// a given time on are the rowid range from that time on, filtered by time_ms. At 1,000,000
// reviews that saves the index's 16 MB and the column's 6 bytes a row.
//
// The log is rebuilt in time order with the new ids, in chunks that report progress, and the
// two summaries that name reviews (review_same_day, review_last_in_review) are renumbered.
// Frozen once released; self-contained so it can move to another version number.
#include <algorithm>
#include <cstdint>
#include <string>

#include "storage/migrations/migrations.h"
#include "storage/migrations/review_summaries_sql.h"

namespace summit::storage {

namespace {

constexpr const char* kNewTable = R"sql(
CREATE TABLE revlog_v16 (
    id                      INTEGER PRIMARY KEY,
    card_id                 INTEGER NOT NULL,
    id_offset_ms            INTEGER NOT NULL DEFAULT 0 CHECK (id_offset_ms >= 0),
    time_ms                 INTEGER GENERATED ALWAYS AS (id - id_offset_ms) VIRTUAL,
    rating                  INTEGER NOT NULL CHECK (rating BETWEEN 1 AND 4),
    correct                 INTEGER NOT NULL CHECK (correct IN (0, 1)),
    duration_ms             INTEGER NOT NULL DEFAULT 0,
    answer                  TEXT NOT NULL DEFAULT '',
    shuffle_seed            INTEGER,
    phase_after             INTEGER NOT NULL CHECK (phase_after BETWEEN 0 AND 3),
    phase_before            INTEGER NOT NULL CHECK (phase_before BETWEEN 0 AND 3),
    stability_before        REAL NOT NULL DEFAULT 0,
    difficulty_before       REAL NOT NULL DEFAULT 0,
    ease_before             REAL NOT NULL DEFAULT 0,
    step_before             INTEGER NOT NULL DEFAULT 0,
    due_before_ms           INTEGER,
    last_review_before_ms   INTEGER NOT NULL DEFAULT 0,
    scheduled_days_before   INTEGER NOT NULL DEFAULT 0,
    reps_before             INTEGER NOT NULL DEFAULT 0,
    lapses_before           INTEGER NOT NULL DEFAULT 0,
    suspended_before        INTEGER NOT NULL DEFAULT 0 CHECK (suspended_before IN (0, 1)),
    buried_until_before_ms  INTEGER NOT NULL DEFAULT 0
);
-- In time order, each review's new id is the larger of its time and the previous new id + 1:
-- position + the running maximum of (time - position).
CREATE TEMP TABLE review_ids (
    position  INTEGER PRIMARY KEY,
    old_id    INTEGER NOT NULL,
    new_id    INTEGER NOT NULL
);
INSERT INTO temp.review_ids (position, old_id, new_id)
    SELECT position, id, position + max(time_ms - position) OVER (ORDER BY position)
    FROM (SELECT id, time_ms, row_number() OVER (ORDER BY time_ms, id) AS position
          FROM revlog);
)sql";

constexpr const char* kCopyChunk = R"sql(
INSERT INTO revlog_v16 (id, card_id, id_offset_ms, rating, correct, duration_ms, answer,
                        shuffle_seed, phase_after, phase_before, stability_before,
                        difficulty_before, ease_before, step_before, due_before_ms,
                        last_review_before_ms, scheduled_days_before, reps_before,
                        lapses_before, suspended_before, buried_until_before_ms)
    SELECT m.new_id, r.card_id, m.new_id - r.time_ms, r.rating, r.correct, r.duration_ms,
           r.answer, r.shuffle_seed, r.phase_after, r.phase_before, r.stability_before,
           r.difficulty_before, r.ease_before, r.step_before, r.due_before_ms,
           r.last_review_before_ms, r.scheduled_days_before, r.reps_before, r.lapses_before,
           r.suspended_before, r.buried_until_before_ms
    FROM temp.review_ids m JOIN revlog r ON r.id = m.old_id
    WHERE m.position BETWEEN ?1 AND ?2
    ORDER BY m.position
)sql";

// A summary row whose review was undone keeps its old id, as it names no review either way.
constexpr const char* kRenumberAndSwap = R"sql(
CREATE INDEX temp.review_ids_old ON review_ids (old_id);
UPDATE review_last_in_review SET review_id = coalesce(
    (SELECT new_id FROM temp.review_ids WHERE old_id = review_last_in_review.review_id),
    review_id);
CREATE TEMP TABLE same_day_v15 AS SELECT * FROM review_same_day;
DELETE FROM review_same_day;
INSERT INTO review_same_day (review_id, card_id, time_ms, young, failed)
    SELECT coalesce(m.new_id, s.review_id), s.card_id, s.time_ms, s.young, s.failed
    FROM temp.same_day_v15 s LEFT JOIN temp.review_ids m ON m.old_id = s.review_id;
DROP TABLE temp.same_day_v15;
DROP TABLE temp.review_ids;
DROP TABLE revlog;
ALTER TABLE revlog_v16 RENAME TO revlog;
CREATE INDEX revlog_card ON revlog (card_id);
)sql";

constexpr int64_t kChunk = 100'000;

Status CopyInChunks(Db& db) {
    auto total = QueryInt(db, "SELECT count(*) FROM temp.review_ids");
    if (!total) {
        return Fail(total.error());
    }
    auto copy = Statement::Prepare(db, kCopyChunk);
    if (!copy) {
        return Fail(copy.error());
    }
    for (int64_t first = 1; first <= *total; first += kChunk) {
        const int64_t last = std::min(first + kChunk - 1, *total);
        copy->Reset();
        if (auto done = copy->BindAll(first, last).Run(); !done) {
            return done;
        }
        if (db.migration_progress) {
            db.migration_progress(last, *total);
        }
    }
    return {};
}

}  // namespace

Status MigrateToReviewIdsByTime(Db& db) {
    if (auto created = Exec(db, kNewTable); !created) {
        return created;
    }
    if (auto copied = CopyInChunks(db); !copied) {
        return copied;
    }
    return Exec(db, kRenumberAndSwap + ReviewSummaryTriggers());
}

}  // namespace summit::storage
