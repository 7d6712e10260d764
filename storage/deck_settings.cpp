// Per-deck settings: the scheduler kind (a column) and the study options (JSON kept under
// "options" in the deck's config, beside the bank metadata under "bank").
#include "content/model/deck_name.h"
#include "storage/collection.h"
#include "storage/deck_tree.h"
#include "storage/lookups.h"
#include "storage/sqlite_db.h"

namespace summit::storage {

Status Collection::SetDeckScheduler(DeckId deck, SchedulerKind scheduler) {
    return Transact([&]() -> Status {
        Db& db = *db_;
        if (auto exists = RequireDeckId(db, deck); !exists) {
            return exists;
        }
        auto stmt = Statement::Prepare(db, "UPDATE decks SET scheduler = ? WHERE id = ?");
        if (!stmt) {
            return Fail(stmt.error());
        }
        return stmt->BindAll(scheduler == SchedulerKind::kSm2 ? "sm2" : "fsrs", deck.value).Run();
    });
}

Result<std::string> Collection::GetDeckName(DeckId id) const {
    return DeckNameOf(*db_, id);
}

Result<DeckId> Collection::FindDeck(std::string_view name) const {
    return RequireDeck(*db_, std::string(name));
}

Status Collection::RenameDeck(DeckId deck, std::string_view name) {
    if (auto valid = content::CheckDeckName(name); !valid) {
        return valid;
    }
    return Transact([&]() -> Status { return RenameDeckTree(*db_, deck, std::string(name)); });
}

Result<std::string> Collection::GetDeckOptions(DeckId deck) const {
    Db& db = *db_;
    auto stmt = Statement::Prepare(
        db, "SELECT coalesce(json_extract(config, '$.options'), '{}') FROM decks WHERE id = ?");
    if (!stmt) {
        return Fail(stmt.error());
    }
    stmt->Bind(1, deck.value);
    auto row = stmt->Step();
    if (!row) {
        return Fail(row.error());
    }
    if (!*row) {
        return Fail(NoDeckWithId(db, deck));
    }
    return stmt->Text(0);
}

Status Collection::SetDeckOptions(DeckId deck, const std::string& json) {
    Db& db = *db_;
    // The messages name the deck for people; its name is read first (kNotFound when unknown).
    auto name = GetDeckName(deck);
    if (!name) {
        return Fail(name.error());
    }
    if (auto valid = CheckJson(db, json, "the options of deck '" + *name + "'"); !valid) {
        return valid;
    }
    if (json.find_first_not_of(" \t\r\n") == std::string::npos ||
        json[json.find_first_not_of(" \t\r\n")] != '{') {
        return Fail(ErrorCode::kInvalidArgument,
                    "the options of deck '" + *name + "' must be a JSON object");
    }
    return Transact([&]() -> Status {
        auto stmt = Statement::Prepare(
            db, "UPDATE decks SET config = json_set(config, '$.options', json(?)) WHERE id = ?");
        if (!stmt) {
            return Fail(stmt.error());
        }
        return stmt->BindAll(json, deck.value).Run();
    });
}

}  // namespace summit::storage
