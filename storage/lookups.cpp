// Deck lookups by name and the clock for row stamps.
#include "storage/lookups.h"

namespace summit::storage {

Result<std::optional<DeckId>> FindDeck(Db& db, const std::string& name) {
    auto stmt = Statement::Prepare(db, "SELECT id FROM decks WHERE name = ?");
    if (!stmt) {
        return Fail(stmt.error());
    }
    stmt->Bind(1, name);
    auto row = stmt->Step();
    if (!row) {
        return Fail(row.error());
    }
    if (!*row) {
        return std::optional<DeckId>();
    }
    return std::optional<DeckId>(DeckId{stmt->Int(0)});
}

Result<DeckId> RequireDeck(Db& db, const std::string& name) {
    auto found = FindDeck(db, name);
    if (!found) {
        return Fail(found.error());
    }
    if (!*found) {
        return Fail(NoDeckNamed(db, name));
    }
    return **found;
}

Result<std::optional<int64_t>> DeckIdOrAll(Db& db, const std::optional<std::string>& deck) {
    if (!deck) {
        return std::optional<int64_t>();
    }
    auto id = RequireDeck(db, *deck);
    if (!id) {
        return Fail(id.error());
    }
    return std::optional<int64_t>(id->value);
}

Error NoDeckNamed(const Db& db, const std::string& name) {
    return Error{ErrorCode::kNotFound, "no deck named '" + name + "'", db.path, 0, 0};
}

Status CheckJson(Db& db, const std::string& json, const std::string& what) {
    auto stmt = Statement::Prepare(db, "SELECT json_valid(?)");
    if (!stmt) {
        return Fail(stmt.error());
    }
    stmt->Bind(1, json);
    auto row = stmt->Step();
    if (!row) {
        return Fail(row.error());
    }
    if (!*row || stmt->Int(0) == 0) {
        return Fail(ErrorCode::kInvalidArgument, what + " is not valid JSON");
    }
    return {};
}

}  // namespace summit::storage
