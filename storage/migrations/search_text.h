// Internal: the SQL expression that derives a question row's searchable text from its JSON.
// Frozen: the search_text triggers (schema v8, v9) store it and the contentless index deletes
// by it, so the import's one-pass indexing (storage/deferred_search_index.h) must use this
// very expression. Changing it breaks deleting rows indexed before the change.
#pragma once

#include <string>

namespace summit::storage {

// Every string leaf of `row`.data but ids, type names, the text format, the topic id, tags
// (tag: searches those) and source references, joined by spaces. `row` is "new", "old" or a
// table alias.
std::string SearchTextOf(const char* row);

}  // namespace summit::storage
