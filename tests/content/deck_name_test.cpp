// Deck names as a tree: valid names, parts, ancestors, subtree membership and list order.
#include "content/model/deck_name.h"

#include <algorithm>
#include <string>
#include <vector>

#include <gtest/gtest.h>

namespace summit::content {
namespace {

TEST(DeckNameTest, NamesWithAnEmptyPartAreRefusedWithTheName) {
    for (const char* good : {"A", "A::B", "A::B::C", "A:B", "A :: B", "Ünïcode::日本"}) {
        EXPECT_TRUE(CheckDeckName(good)) << good;
    }
    for (const char* bad : {"", "::", "A::", "::A", "A::::B", "A::B::"}) {
        auto checked = CheckDeckName(bad);
        ASSERT_FALSE(checked) << bad;
        EXPECT_EQ(checked.error().code, ErrorCode::kInvalidArgument) << bad;
    }
    EXPECT_NE(CheckDeckName("A::::B").error().message.find("'A::::B' has an empty part"),
              std::string::npos);
}

TEST(DeckNameTest, PartsAncestorsLeafAndDepth) {
    EXPECT_EQ(DeckNameParts("A::B::C"), (std::vector<std::string>{"A", "B", "C"}));
    EXPECT_EQ(DeckAncestors("A::B::C"), (std::vector<std::string>{"A", "A::B"}));
    EXPECT_TRUE(DeckAncestors("A").empty());
    EXPECT_EQ(DeckLeafName("A::B::C"), "C");
    EXPECT_EQ(DeckLeafName("A"), "A");
    EXPECT_EQ(DeckDepth("A::B::C"), 2);
    EXPECT_EQ(DeckDepth("A:B"), 0);
}

TEST(DeckNameTest, ATreeHoldsItsDescendantsAndNoNeighbour) {
    EXPECT_TRUE(IsDeckInTree("A::B", "A::B"));
    EXPECT_TRUE(IsDeckInTree("A::B::C", "A::B"));
    EXPECT_TRUE(IsDeckInTree("A::B::C", "A"));
    EXPECT_FALSE(IsDeckInTree("A::Bx", "A::B"));
    EXPECT_FALSE(IsDeckInTree("AB", "A"));
    EXPECT_FALSE(IsDeckInTree("A", "A::B"));
    EXPECT_FALSE(IsDeckInTree("A:B", "A"));
}

TEST(DeckNameTest, TheListOrderPutsEachDeckUnderItsParent) {
    std::vector<std::string> names = {"b", "A B", "A::b", "a", "A::B::C", "A", "A::a", "AB"};
    std::sort(names.begin(), names.end(), DeckTreeLess);
    // Case is ignored first ("a" and "A" together, "A" first as SQLite's binary tiebreak), and
    // "A::..." comes before "A B" although ' ' sorts before ':'.
    EXPECT_EQ(names,
              (std::vector<std::string>{"A", "a", "A::a", "A::b", "A::B::C", "A B", "AB", "b"}));
}

}  // namespace
}  // namespace summit::content
