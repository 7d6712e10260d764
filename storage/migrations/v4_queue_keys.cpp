// Schema version 4: each card carries its deck and its source-point key, and partial indexes
// cover the queue's three reads (due reviews by deck and due time, learning cards, new cards),
// so building the queue reads no question rows. Each review carries its card's deck, so
// today's counts come from an index alone. Frozen once released.
#include "storage/lookups.h"
#include "storage/migrations/migrations.h"

namespace summit::storage {

namespace {

// The review and learning indexes hold every column the queue reads — phase and suspended too,
// which SQLite needs in the index even though the partial WHERE fixes them — so ranking
// ~40,000 due reviews and reading thousands of learning cards never touches the table.
constexpr const char* kV4Changes = R"sql(
ALTER TABLE cards ADD COLUMN deck_id INTEGER NOT NULL DEFAULT 0;
ALTER TABLE cards ADD COLUMN source_key INTEGER NOT NULL DEFAULT 0;
UPDATE cards SET deck_id = (SELECT q.deck_id FROM questions q WHERE q.id = cards.question_id);
CREATE INDEX cards_queue_review ON cards (deck_id, due_ms, last_review_ms, stability,
    scheduled_days, buried_until_ms, question_id, source_key, phase, suspended)
    WHERE phase = 2 AND suspended = 0;
CREATE INDEX cards_queue_learning ON cards (deck_id, due_ms, scheduled_days, phase,
    last_review_ms, stability, buried_until_ms, question_id, source_key, suspended)
    WHERE phase IN (1, 3) AND suspended = 0;
CREATE INDEX cards_queue_new ON cards (deck_id, id) WHERE phase = 0 AND suspended = 0;
ALTER TABLE revlog ADD COLUMN deck_id INTEGER NOT NULL DEFAULT 0;
UPDATE revlog SET deck_id = (SELECT c.deck_id FROM cards c WHERE c.id = revlog.card_id);
CREATE INDEX revlog_deck_day ON revlog (deck_id, time_ms, phase_before);
CREATE INDEX revlog_day ON revlog (time_ms, phase_before);
)sql";

}  // namespace

Status MigrateToV4(Db& db) {
    if (auto changed = Exec(db, kV4Changes); !changed) {
        return changed;
    }
    // The key is a hash computed in C++ (SQLite has none that is stable).
    return RefreshSourceKeys(db, "");
}

}  // namespace summit::storage
