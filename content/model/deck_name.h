// Deck names form a tree: "Parent::Child::Grandchild". The rules every layer shares, pure.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "content/model/error.h"

namespace summit::content {

// The separator between the components of a deck name.
inline constexpr std::string_view kDeckSeparator = "::";

// OK for a non-empty name whose components are all non-empty; otherwise kInvalidArgument
// naming the fault ("A::::B", a leading or trailing "::").
[[nodiscard]] Status CheckDeckName(std::string_view name);

// The components of a valid name: "A::B" -> {"A", "B"}.
std::vector<std::string> DeckNameParts(std::string_view name);

// The names of every ancestor, outermost first: "A::B::C" -> {"A", "A::B"}; none for "A".
std::vector<std::string> DeckAncestors(std::string_view name);

// The last component: "A::B::C" -> "C".
std::string_view DeckLeafName(std::string_view name);

// How many ancestors the name has: 0 for "A", 2 for "A::B::C".
int DeckDepth(std::string_view name);

// True when `name` is `root` or one of its descendants ("A::B" and "A::B::C" are under "A::B";
// "A::Bx" and "AB" are not).
bool IsDeckInTree(std::string_view name, std::string_view root);

// The order of the deck list: part by part, so every deck comes right after its parent and
// before its parent's next sibling ("A", "A::B", "A B"), each part compared ignoring ASCII
// case first, then exactly (SQLite's "COLLATE NOCASE, name" for names without "::").
bool DeckTreeLess(std::string_view a, std::string_view b);

}  // namespace summit::content
