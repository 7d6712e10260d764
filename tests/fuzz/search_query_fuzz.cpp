// Fuzz target for the browser's search language (docs/search.md): a query is refused with a
// message pointing inside it, or compiles to SQL whose every user value is a bound parameter
// and which SQLite runs against a real (empty, in-memory) collection, or refuses with a
// message (a query nested past SQLite's expression depth, say).
#include <algorithm>
#include <cstdint>
#include <string>
#include <utility>

#include "storage/collection.h"
#include "storage/search/search_query.h"
#include "storage/search/search_sql.h"
#include "tests/fuzz/fuzz_check.h"

namespace {

using namespace summit;

// Every node's children match its kind, and columns stay inside the query.
void CheckTree(const storage::SearchNode& node, size_t query_size) {
    using Kind = storage::SearchNode::Kind;
    SUMMIT_FUZZ_CHECK(node.column >= 1 && static_cast<size_t>(node.column) <= query_size + 1);
    switch (node.kind) {
        case Kind::kAll:
        case Kind::kTerm:
            SUMMIT_FUZZ_CHECK(node.children.empty());
            break;
        case Kind::kNot:
            SUMMIT_FUZZ_CHECK(node.children.size() == 1);
            break;
        case Kind::kAnd:
        case Kind::kOr:
            SUMMIT_FUZZ_CHECK(node.children.size() >= 2);
            break;
    }
    for (const auto& child : node.children) {
        SUMMIT_FUZZ_CHECK(child != nullptr);
        CheckTree(*child, query_size);
    }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const std::string_view query = fuzz::AsText(data, size);
    auto tree = storage::ParseSearch(query);
    if (!tree) {
        SUMMIT_FUZZ_CHECK(fuzz::HasMessage(tree.error()));
        return 0;
    }
    SUMMIT_FUZZ_CHECK(*tree != nullptr);
    CheckTree(**tree, query.size());
    const storage::SearchClock clock{};
    const storage::SqlCondition condition = storage::CompileSearch(**tree, clock);
    const auto placeholders = std::count(condition.sql.begin(), condition.sql.end(), '?');
    SUMMIT_FUZZ_CHECK(static_cast<size_t>(placeholders) == condition.params.size());

    static storage::Collection collection = [] {
        auto opened = storage::Collection::OpenInMemory();
        SUMMIT_FUZZ_CHECK(opened.has_value());
        return std::move(*opened);
    }();
    storage::BrowseQuery browse;
    browse.search = std::string(query);
    auto cards = collection.SearchCards(browse);
    if (!cards)
        SUMMIT_FUZZ_CHECK(fuzz::HasMessage(cards.error()));
    return 0;
}
