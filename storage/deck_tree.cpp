// The deck tree: subtree filters, ancestors created on demand, renames that carry the subtree.
#include "storage/deck_tree.h"

#include "content/model/deck_name.h"
#include "storage/lookups.h"

namespace summit::storage {

namespace {

// The descendants of the deck whose id is bound at `param`, as `sub` rows: one range of the
// name index.
std::string SubdecksOf(std::string_view param) {
    return " FROM decks root JOIN decks sub"
           " ON sub.name >= (root.name || '::') AND sub.name < (root.name || ':;')"
           " WHERE root.id = " +
           std::string(param);
}

}  // namespace

std::string DeckTreeCondition(std::string_view column, std::string_view param) {
    return std::string(column) + " IN (SELECT id FROM decks WHERE id = " + std::string(param) +
           " UNION ALL SELECT sub.id" + SubdecksOf(param) + ")";
}

Result<bool> HasSubdecks(Db& db, DeckId deck) {
    auto exists = QueryInt(db, "SELECT EXISTS (SELECT 1" + SubdecksOf("?1") + ")", deck.value);
    if (!exists) {
        return Fail(exists.error());
    }
    return *exists != 0;
}

Status CreateMissingAncestors(Db& db, const std::string& name) {
    for (const std::string& ancestor : content::DeckAncestors(name)) {
        auto insert =
            Statement::Prepare(db, "INSERT OR IGNORE INTO decks (name, created_ms) VALUES (?, ?)");
        if (!insert) {
            return Fail(insert.error());
        }
        if (auto done = insert->BindAll(ancestor, db.StampMs()).Run(); !done) {
            return done;
        }
    }
    return {};
}

namespace {

// The first name the rename would give that another deck already has, or "" when none.
Result<std::string> FirstTakenName(Db& db, DeckId deck, const std::string& old_name,
                                   const std::string& name) {
    auto stmt = Statement::Prepare(db,
                                   "SELECT ?2 || substr(name, length(?3) + 1) AS target "
                                   "FROM decks WHERE " +
                                       DeckTreeCondition("id", "?1") +
                                       " AND target IN (SELECT name FROM decks WHERE NOT " +
                                       DeckTreeCondition("id", "?1") + ") ORDER BY target LIMIT 1");
    if (!stmt) {
        return Fail(stmt.error());
    }
    stmt->BindAll(deck.value, name, old_name);
    auto row = stmt->Step();
    if (!row) {
        return Fail(row.error());
    }
    return *row ? stmt->Text(0) : std::string();
}

}  // namespace

Status RenameDeckTree(Db& db, DeckId deck, const std::string& name) {
    if (auto valid = content::CheckDeckName(name); !valid) {
        return valid;
    }
    auto old_name = DeckNameOf(db, deck);
    if (!old_name) {
        return Fail(old_name.error());
    }
    if (*old_name == name) {
        return {};
    }
    if (content::IsDeckInTree(name, *old_name)) {
        return Fail(ErrorCode::kInvalidArgument,
                    "deck '" + *old_name + "' cannot move inside itself ('" + name + "')");
    }
    auto taken = FirstTakenName(db, deck, *old_name, name);
    if (!taken) {
        return Fail(taken.error());
    }
    if (!taken->empty()) {
        return Fail(ErrorCode::kConflict, "a deck named '" + *taken + "' already exists");
    }
    if (auto created = CreateMissingAncestors(db, name); !created) {
        return created;
    }
    // substr is 1-based: the old name's characters are replaced, the "::rest" kept.
    auto update = Statement::Prepare(db,
                                     "UPDATE decks SET name = ?2 || substr(name, length(?3) + 1) "
                                     "WHERE " +
                                         DeckTreeCondition("id", "?1"));
    if (!update) {
        return Fail(update.error());
    }
    return update->BindAll(deck.value, name, *old_name).Run();
}

}  // namespace summit::storage
