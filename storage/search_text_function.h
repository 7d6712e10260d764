// Internal: the search text of a question's data computed in C++, for the import's one-pass
// indexing (deferred_search_index.h). The frozen SQL expression (migrations/search_text.h)
// walks the data with json_tree, which is most of an import's indexing cost; this function
// walks it once with the JSON module's event parser and yields the same bytes, so the
// contentless index later deletes exactly what was indexed.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "storage/sqlite_db.h"

namespace summit::storage {

// What SearchTextOf derives from `data`: every string leaf in document order, joined by single
// spaces, but those under a key json_tree's filter leaves out and those nested below a root
// member whose name starts with "tags" or "source" (the LIKE is ASCII case-insensitive).
// nullopt when the text holds a \u escape (SQLite 3.40's json decodes some of those its own
// way), is not a JSON object, or does not parse: the caller falls back to the SQL expression.
std::optional<std::string> NativeSearchText(std::string_view data);

// The name of the one-argument SQL function RegisterSearchTextFunction adds: NULL where
// NativeSearchText gives nullopt.
inline constexpr const char* kSearchTextFunction = "summit_search_text";

// Adds kSearchTextFunction to `db` once per connection (later calls do nothing).
[[nodiscard]] Status RegisterSearchTextFunction(Db& db);

// SearchTextOf(`row`) computed by kSearchTextFunction where it can, by the SQL expression
// where it gives NULL: the same text, at a fraction of json_tree's cost. Needs
// RegisterSearchTextFunction on the connection.
std::string FastSearchTextOf(const char* row);

}  // namespace summit::storage
