// Schema version 1: the base tables. Frozen: tests/data/storage/v1.sql is a dump of it.
#include "storage/migrations/migrations.h"

namespace summit::storage {

namespace {

constexpr const char* kV1Schema = R"sql(
CREATE TABLE decks (
    id          INTEGER PRIMARY KEY,
    name        TEXT NOT NULL UNIQUE,
    bank_id     TEXT NOT NULL DEFAULT '',
    scheduler   TEXT NOT NULL DEFAULT 'fsrs' CHECK (scheduler IN ('fsrs', 'sm2')),
    config      TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(config)),
    created_ms  INTEGER NOT NULL
);
CREATE TABLE questions (
    id                INTEGER PRIMARY KEY,
    guid              TEXT NOT NULL UNIQUE,
    deck_id           INTEGER NOT NULL REFERENCES decks (id),
    position          INTEGER NOT NULL DEFAULT 0,
    type              TEXT NOT NULL,
    prompt            TEXT NOT NULL,
    data              TEXT NOT NULL CHECK (json_valid(data)),
    topic             TEXT NOT NULL DEFAULT '',
    tags              TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(tags)),
    difficulty        INTEGER NOT NULL DEFAULT 0,
    source_paragraph  INTEGER,
    created_ms        INTEGER NOT NULL,
    modified_ms       INTEGER NOT NULL
);
CREATE TABLE cards (
    id               INTEGER PRIMARY KEY,
    question_id      INTEGER NOT NULL REFERENCES questions (id),
    ordinal          INTEGER NOT NULL CHECK (ordinal IN (0, 1)),
    phase            INTEGER NOT NULL DEFAULT 0 CHECK (phase BETWEEN 0 AND 3),
    stability        REAL NOT NULL DEFAULT 0,
    difficulty       REAL NOT NULL DEFAULT 0,
    ease             REAL NOT NULL DEFAULT 0,
    step             INTEGER NOT NULL DEFAULT 0,
    due_ms           INTEGER NOT NULL DEFAULT 0,
    last_review_ms   INTEGER NOT NULL DEFAULT 0,
    scheduled_days   INTEGER NOT NULL DEFAULT 0,
    reps             INTEGER NOT NULL DEFAULT 0,
    lapses           INTEGER NOT NULL DEFAULT 0,
    suspended        INTEGER NOT NULL DEFAULT 0 CHECK (suspended IN (0, 1)),
    buried_until_ms  INTEGER NOT NULL DEFAULT 0,
    UNIQUE (question_id, ordinal)
);
CREATE TABLE revlog (
    id            INTEGER PRIMARY KEY,
    card_id       INTEGER NOT NULL REFERENCES cards (id),
    time_ms       INTEGER NOT NULL,
    rating        INTEGER NOT NULL CHECK (rating BETWEEN 1 AND 4),
    answer        TEXT NOT NULL DEFAULT '',
    correct       INTEGER NOT NULL CHECK (correct IN (0, 1)),
    duration_ms   INTEGER NOT NULL DEFAULT 0,
    phase_before  INTEGER NOT NULL CHECK (phase_before BETWEEN 0 AND 3),
    phase_after   INTEGER NOT NULL CHECK (phase_after BETWEEN 0 AND 3),
    state_before  TEXT NOT NULL CHECK (json_valid(state_before))
);
CREATE TABLE config (
    key    TEXT PRIMARY KEY,
    value  TEXT NOT NULL CHECK (json_valid(value))
) WITHOUT ROWID;
)sql";

}  // namespace

Status MigrateToV1(Db& db) {
    return Exec(db, kV1Schema);
}

}  // namespace summit::storage
