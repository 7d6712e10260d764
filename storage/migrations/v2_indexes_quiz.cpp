// Schema version 2: quiz attempts, and the indexes the queue, the home counts and the
// statistics read through. Frozen once released.
#include "storage/migrations/migrations.h"

namespace summit::storage {

namespace {

constexpr const char* kV2Changes = R"sql(
CREATE TABLE quiz_attempts (
    id           INTEGER PRIMARY KEY,
    started_ms   INTEGER NOT NULL,
    finished_ms  INTEGER NOT NULL DEFAULT 0,
    settings     TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(settings)),
    score        REAL NOT NULL DEFAULT 0,
    max_score    REAL NOT NULL DEFAULT 0,
    results      TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(results))
);
CREATE INDEX quiz_attempts_started ON quiz_attempts (started_ms);
CREATE INDEX cards_queue ON cards (suspended, phase, due_ms);
CREATE INDEX questions_deck ON questions (deck_id, position);
CREATE INDEX revlog_card ON revlog (card_id, time_ms);
CREATE INDEX revlog_time ON revlog (time_ms);
)sql";

}  // namespace

Status MigrateToV2(Db& db) {
    return Exec(db, kV2Changes);
}

}  // namespace summit::storage
