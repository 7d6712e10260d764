// Schema version 7: the review log stores the card state before each review as typed columns
// instead of JSON text, and keeps one index. A row shrinks from ~230 bytes (with four indexes)
// to ~80 with its index, so a million reviews fit in a third of the space. Frozen once released.
//
// Each value is stored once: the snapshot's phase and interval are the phase_before and
// scheduled_days_before columns statistics already read; the review's deck is its card's
// (cards never change deck), so the v4 copy in the log is gone. due_before_ms is NULL when it
// is last_review_before_ms plus the interval in whole days (every review-phase card the
// schedulers leave), so the common row spends nothing on it; review_row.h reads it back.
//
// One index, on time_ms, finds today's reviews for the counts the queue's limits subtract
// (a short range; each row and, for a deck tree, its card are looked up). The per-card index is
// gone: undo asks only for reviews after a given id (a rowid range), and Check Collection's
// per-card questions read the log once with a window function.
#include <cstdint>

#include "storage/codec/json_codec.h"
#include "storage/codec/review_row.h"
#include "storage/migrations/migrations.h"

namespace summit::storage {

namespace {

constexpr const char* kNewTable = R"sql(
ALTER TABLE revlog RENAME TO revlog_v6;
CREATE TABLE revlog (
    id                      INTEGER PRIMARY KEY,
    card_id                 INTEGER NOT NULL REFERENCES cards (id),
    time_ms                 INTEGER NOT NULL,
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
)sql";

constexpr const char* kIndexes = R"sql(
DROP TABLE revlog_v6;
CREATE INDEX revlog_time ON revlog (time_ms);
)sql";

constexpr int64_t kProgressEvery = 50'000;

// Decodes each stored snapshot in C++ (the JSON module that wrote it), so every double comes
// back bit for bit; SQLite's own text-to-double conversion does not promise that.
Status CopyRows(Db& db) {
    auto total = QueryInt(db, "SELECT count(*) FROM revlog_v6");
    if (!total) {
        return Fail(total.error());
    }
    auto read = Statement::Prepare(db, R"sql(
        SELECT id, card_id, time_ms, rating, correct, duration_ms, answer, shuffle_seed,
               phase_after, phase_before, scheduled_days_before, state_before
        FROM revlog_v6 ORDER BY id)sql");
    if (!read) {
        return Fail(read.error());
    }
    auto write = Statement::Prepare(db, InsertReviewSql(ReviewTimeColumn::kTimeMs));
    if (!write) {
        return Fail(write.error());
    }
    int64_t done = 0;
    while (true) {
        auto row = read->Step();
        if (!row) {
            return Fail(row.error());
        }
        if (!*row) {
            break;
        }
        auto snapshot = DecodeCardSnapshot(read->Text(11));
        if (!snapshot) {
            Error error = snapshot.error();
            error.message = "review " + std::to_string(read->Int(0)) + ": " + error.message;
            return Fail(std::move(error));
        }
        // The row's own columns win over the snapshot's copies of them: statistics read those.
        snapshot->state.phase = static_cast<CardPhase>(read->Int(9));  // CHECKed 0..3
        snapshot->state.scheduled_days = static_cast<int>(read->Int(10));
        StoredReview review;
        review.id = read->Int(0);
        review.card_id = read->Int(1);
        review.time_ms = read->Int(2);
        review.rating = static_cast<int>(read->Int(3));
        review.correct = read->Int(4) != 0;
        review.duration_ms = read->Int(5);
        review.answer = read->Text(6);
        if (!read->IsNull(7)) {
            review.shuffle_seed = read->Int(7);
        }
        review.phase_after = static_cast<int>(read->Int(8));
        review.before = *snapshot;
        write->Reset();
        BindStoredReview(*write, review, ReviewTimeColumn::kTimeMs);
        if (auto inserted = write->Run(); !inserted) {
            return inserted;
        }
        if (++done % kProgressEvery == 0 && db.migration_progress) {
            db.migration_progress(done, *total);
        }
    }
    if (db.migration_progress && *total > 0) {
        db.migration_progress(*total, *total);
    }
    return {};
}

}  // namespace

Status MigrateToV7(Db& db) {
    if (auto created = Exec(db, kNewTable); !created) {
        return created;
    }
    if (auto copied = CopyRows(db); !copied) {
        return copied;
    }
    return Exec(db, kIndexes);
}

}  // namespace summit::storage
