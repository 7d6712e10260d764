// Internal: the rows an import writes, gathered in a TEMP table and applied to questions and
// cards a few statements at a time. A statement per question would cost more than its row:
// inside the import's transaction SQLite journals every page a statement changes (foreign
// keys and the search_text triggers need a statement journal), and FTS5 writes its pending
// index data at the end of every statement, so a statement per changed question would write
// the search_text index through the update trigger 100,000 times for a large bank. New
// questions are indexed in one statement at the import's end (deferred_search_index.h).
#pragma once

#include <cstdint>
#include <optional>
#include <string>

#include "storage/records.h"
#include "storage/sqlite_db.h"

namespace summit::storage {

// One question as the import will store it. `existing` is the stored question it updates,
// nullopt for a new one.
struct StagedQuestion {
    std::optional<int64_t> existing;
    int64_t position = 0;
    std::string guid;
    int64_t deck_id = 0;
    const char* type = "";
    std::string_view prompt;
    std::string data;
    std::string_view topic;
    std::string tags;
    int64_t difficulty = 0;
    int64_t paragraph = -1;  // -1: not given, stored as NULL
    int64_t source_key = 0;
    int64_t card_count = 1;
};

// Lives inside one transaction (Collection::Transact): Open creates temp.import_staging and
// Close drops it, so a rollback leaves nothing behind either way.
class ImportStaging {
  public:
    [[nodiscard]] static Result<ImportStaging> Open(Db& db);

    [[nodiscard]] Status Add(const StagedQuestion& question);
    std::size_t staged() const { return staged_; }

    // Updates the staged existing questions (and their cards' keys and decks, suspending the
    // second card of one that is no longer reversible), inserts the new ones in position
    // order, adds every missing card (counted in `report.cards_added`) and empties the table.
    [[nodiscard]] Status Apply(int64_t now_ms, ImportReport& report);
    // Drops the table; nothing staged since the last Apply is written.
    [[nodiscard]] Status Close();

  private:
    ImportStaging(Db& db, Statement insert) : db_(&db), insert_(std::move(insert)) {}

    Db* db_;
    std::optional<Statement> insert_;  // finalized before the table is dropped
    std::size_t staged_ = 0;           // rows since the last Apply
};

}  // namespace summit::storage
