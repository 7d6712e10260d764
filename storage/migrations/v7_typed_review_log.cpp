// Schema version 7: the review log stores the card state before each review as typed columns
// instead of JSON text, and keeps one index. A row shrinks from ~230 to ~85 bytes with its
// index, so a million reviews fit in a file a third the size. Frozen once released.
//
// Each column is stored once: the snapshot's phase and interval are the phase_before and
// scheduled_days_before columns statistics already read. due_before_ms is NULL when it is
// last_review_before_ms plus the interval in whole days (every review-phase card the
// schedulers leave), so the common row spends nothing on it; card_row.h reads it back.
//
// One index, (time_ms, deck_id, phase_before), answers today's counts for every deck tree
// and for the whole collection (a short time range, filtered inside the index). The per-card
// index is gone: undo asks only for reviews after a given id (a rowid range), and Check
// Collection's per-card questions read the log once with a window function.
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
    deck_id                 INTEGER NOT NULL DEFAULT 0,
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
CREATE INDEX revlog_time_deck ON revlog (time_ms, deck_id, phase_before);
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
        SELECT id, card_id, deck_id, time_ms, rating, correct, duration_ms, answer, shuffle_seed,
               phase_after, phase_before, scheduled_days_before, state_before
        FROM revlog_v6 ORDER BY id)sql");
    if (!read) {
        return Fail(read.error());
    }
    auto write = Statement::Prepare(db, InsertReviewSql(/*with_id=*/true));
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
        auto snapshot = DecodeCardSnapshot(read->Text(12));
        if (!snapshot) {
            Error error = snapshot.error();
            error.message = "review " + std::to_string(read->Int(0)) + ": " + error.message;
            return Fail(std::move(error));
        }
        // The row's own columns win over the snapshot's copies of them: statistics read those.
        snapshot->state.phase = static_cast<CardPhase>(read->Int(10));  // CHECKed 0..3
        snapshot->state.scheduled_days = static_cast<int>(read->Int(11));
        StoredReview review;
        review.id = read->Int(0);
        review.card_id = read->Int(1);
        review.deck_id = read->Int(2);
        review.time_ms = read->Int(3);
        review.rating = static_cast<int>(read->Int(4));
        review.correct = read->Int(5) != 0;
        review.duration_ms = read->Int(6);
        review.answer = read->Text(7);
        if (!read->IsNull(8)) {
            review.shuffle_seed = read->Int(8);
        }
        review.phase_after = static_cast<int>(read->Int(9));
        review.before = *snapshot;
        write->Reset();
        BindStoredReview(*write, review, /*with_id=*/true);
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
