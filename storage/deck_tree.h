// Internal: the deck tree in SQL. A deck's descendants are the decks whose name starts with its
// name + "::"; no parent id is stored, so a rename is one UPDATE of name prefixes. Under the
// name column's BINARY collation, "A::..." sorts in ["A::", "A:;") (';' follows ':'), a range
// the UNIQUE index on decks.name answers without a scan.
#pragma once

#include <string>
#include <string_view>

#include "content/model/error.h"
#include "storage/ids.h"
#include "storage/sqlite_db.h"

namespace summit::storage {

// An SQL condition true when `column` (a deck id) is the deck bound at `param` (e.g. "?1") or
// one of its descendants. False when the parameter is NULL.
std::string DeckTreeCondition(std::string_view column, std::string_view param);

// True when some deck is a descendant of `deck` (one range of the name index).
[[nodiscard]] Result<bool> HasSubdecks(Db& db, DeckId deck);

// Creates each missing ancestor of `name` ("A" and "A::B" for "A::B::C") as an empty deck.
// Must run inside the caller's transaction.
[[nodiscard]] Status CreateMissingAncestors(Db& db, const std::string& name);

// Renames `deck` and every descendant's prefix ("A::x" -> "B::x"), creating missing ancestors
// of the new name. Must run inside the caller's transaction. kInvalidArgument for an invalid
// name or one inside the deck's own tree; kConflict when a renamed deck's name is taken.
[[nodiscard]] Status RenameDeckTree(Db& db, DeckId deck, const std::string& name);

}  // namespace summit::storage
