// Per-deck settings: the scheduler kind (a column) and the study options (JSON kept under
// "options" in the deck's config, beside the bank metadata under "bank").
#include "storage/collection.h"
#include "storage/lookups.h"
#include "storage/sqlite_db.h"

namespace summit::storage {

Status Collection::SetDeckScheduler(const std::string& deck, SchedulerKind scheduler) {
    return Transact([&]() -> Status {
        Db& db = *db_;
        auto id = RequireDeck(db, deck);
        if (!id) {
            return Fail(id.error());
        }
        auto stmt = Statement::Prepare(db, "UPDATE decks SET scheduler = ? WHERE id = ?");
        if (!stmt) {
            return Fail(stmt.error());
        }
        return stmt->BindAll(scheduler == SchedulerKind::kSm2 ? "sm2" : "fsrs", id->value).Run();
    });
}

Result<std::string> Collection::GetDeckName(DeckId id) const {
    Db& db = *db_;
    auto stmt = Statement::Prepare(db, "SELECT name FROM decks WHERE id = ?");
    if (!stmt) {
        return Fail(stmt.error());
    }
    stmt->Bind(1, id.value);
    auto row = stmt->Step();
    if (!row) {
        return Fail(row.error());
    }
    if (!*row) {
        return Fail(Error{ErrorCode::kNotFound, "no deck with id " + std::to_string(id.value),
                          db.path, 0, 0});
    }
    return stmt->Text(0);
}

Result<std::string> Collection::GetDeckOptions(const std::string& deck) const {
    Db& db = *db_;
    auto stmt = Statement::Prepare(
        db, "SELECT coalesce(json_extract(config, '$.options'), '{}') FROM decks WHERE name = ?");
    if (!stmt) {
        return Fail(stmt.error());
    }
    stmt->Bind(1, deck);
    auto row = stmt->Step();
    if (!row) {
        return Fail(row.error());
    }
    if (!*row) {
        return Fail(NoDeckNamed(db, deck));
    }
    return stmt->Text(0);
}

Status Collection::SetDeckOptions(const std::string& deck, const std::string& json) {
    Db& db = *db_;
    if (auto valid = CheckJson(db, json, "the options of deck '" + deck + "'"); !valid) {
        return valid;
    }
    if (json.find_first_not_of(" \t\r\n") == std::string::npos ||
        json[json.find_first_not_of(" \t\r\n")] != '{') {
        return Fail(ErrorCode::kInvalidArgument,
                    "the options of deck '" + deck + "' must be a JSON object");
    }
    return Transact([&]() -> Status {
        auto id = RequireDeck(db, deck);
        if (!id) {
            return Fail(id.error());
        }
        auto stmt = Statement::Prepare(
            db, "UPDATE decks SET config = json_set(config, '$.options', json(?)) WHERE id = ?");
        if (!stmt) {
            return Fail(stmt.error());
        }
        return stmt->BindAll(json, id->value).Run();
    });
}

}  // namespace summit::storage
