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

Result<std::string> DeckNameOf(Db& db, DeckId id) {
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
        return Fail(NoDeckWithId(db, id));
    }
    return stmt->Text(0);
}

Status RequireDeckId(Db& db, DeckId id) {
    if (auto name = DeckNameOf(db, id); !name) {
        return Fail(name.error());
    }
    return {};
}

Result<std::optional<int64_t>> DeckIdOrAll(Db& db, std::optional<DeckId> deck) {
    if (!deck) {
        return std::optional<int64_t>();
    }
    if (auto exists = RequireDeckId(db, *deck); !exists) {
        return Fail(exists.error());
    }
    return std::optional<int64_t>(deck->value);
}

Error NoDeckNamed(const Db& db, const std::string& name) {
    return Error{ErrorCode::kNotFound, "no deck named '" + name + "'", db.path, 0, 0};
}

Error NoDeckWithId(const Db& db, DeckId id) {
    return Error{ErrorCode::kNotFound, "no deck with id " + std::to_string(id.value), db.path, 0,
                 0};
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

Error FileError(const std::filesystem::path& path, const std::string& what,
                const std::error_code& ec) {
    return Error{ErrorCode::kIo, what + " " + path.string() + ": " + ec.message(), path.string(), 0,
                 0};
}

}  // namespace summit::storage
