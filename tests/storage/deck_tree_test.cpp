// The deck tree: "A::B" names make a tree whose parents read their descendants' cards, created
// with their ancestors, renamed with their subtree, and never mixed with "AB" or "A::Bx".
#include <algorithm>
#include <string>
#include <vector>

#include <sqlite3.h>

#include "storage/testing.h"
#include "test_support.h"

namespace summit::storage::test {
namespace {

// Cards per deck, imported under these names: A::B 2, A::B::C 3, A::Bx 4, AB 5, A 0 (created
// as an ancestor).
class DeckTreeTest : public CollectionTest {
  protected:
    void SetUp() override {
        Must(collection_.ImportBank(LargeBank("b", 2), "A::B"));
        Must(collection_.ImportBank(LargeBank("c", 3), "A::B::C"));
        Must(collection_.ImportBank(LargeBank("bx", 4), "A::Bx"));
        Must(collection_.ImportBank(LargeBank("ab", 5), "AB"));
    }
    int CardsIn(const std::string& deck) {
        return static_cast<int>(
            Must(collection_.LoadCards(CardQuery::All(DeckNamed(collection_, deck)))).size());
    }
    int QueueNewIn(const std::string& deck) {
        QueueRowQuery query;
        query.deck = DeckNamed(collection_, deck);
        return static_cast<int>(Must(collection_.LoadQueueRows(query)).rows.size());
    }
};

TEST_F(DeckTreeTest, ImportCreatesMissingAncestorsAsEmptyDecks) {
    EXPECT_EQ(DeckNames(collection_),
              (std::vector<std::string>{"A", "A::B", "A::B::C", "A::Bx", "AB"}));
    const auto questions = Must(collection_.ExportDeck(DeckNamed(collection_, "A"))).questions;
    EXPECT_TRUE(questions.empty());
}

TEST_F(DeckTreeTest, ImportFailingAfterTheAncestorsLeavesNoAncestorBehind) {
    content::Bank bank = LargeBank("dup", 2);
    bank.questions[1].id = bank.questions[0].id;  // refused: the same question id twice
    EXPECT_FALSE(collection_.ImportBank(bank, "X::Y::Z"));
    EXPECT_EQ(DeckNames(collection_).size(), 5u);
}

TEST_F(DeckTreeTest, ACardReadOfAParentIncludesEveryDescendantAndNoNeighbour) {
    EXPECT_EQ(CardsIn("A"), 2 + 3 + 4);
    EXPECT_EQ(CardsIn("A::B"), 2 + 3);
    EXPECT_EQ(CardsIn("A::B::C"), 3);
    EXPECT_EQ(CardsIn("A::Bx"), 4);
    EXPECT_EQ(CardsIn("AB"), 5);
}

TEST_F(DeckTreeTest, TheQueueOfAParentReadsItsDescendantsCards) {
    EXPECT_EQ(QueueNewIn("A"), 9);
    EXPECT_EQ(QueueNewIn("A::B"), 5);
    EXPECT_EQ(QueueNewIn("A::Bx"), 4);
    EXPECT_EQ(QueueNewIn("AB"), 5);
}

TEST_F(DeckTreeTest, QuestionsAndReviewsOfAParentIncludeDescendants) {
    EXPECT_EQ(Must(collection_.ListQuestions(DeckNamed(collection_, "A::B"))).size(), 5u);
    const auto card =
        Must(collection_.LoadCards(CardQuery::All(DeckNamed(collection_, "A::B::C")))).front();
    CardState next = card.state;
    next.phase = CardPhase::kLearning;
    Must(collection_.RecordReview(card.id, next, {1'000, Rating::kGood, "", true, 2'000}));
    for (const char* deck : {"A", "A::B", "A::B::C"}) {
        EXPECT_EQ(Must(collection_.ReadReviewLog(DeckNamed(collection_, deck))).size(), 1u) << deck;
        EXPECT_EQ(Must(collection_.CountReviewsSince(DeckNamed(collection_, deck), 0))
                      .Count(CardPhase::kNew),
                  1)
            << deck;
    }
    for (const char* deck : {"A::Bx", "AB"}) {
        EXPECT_TRUE(Must(collection_.ReadReviewLog(DeckNamed(collection_, deck))).empty()) << deck;
        EXPECT_EQ(Must(collection_.CountReviewsSince(DeckNamed(collection_, deck), 0))
                      .Count(CardPhase::kNew),
                  0)
            << deck;
    }
}

TEST_F(DeckTreeTest, RenamingAParentRenamesItsDescendantsOnly) {
    const DeckId c = DeckNamed(collection_, "A::B::C");
    Must(collection_.RenameDeck(DeckNamed(collection_, "A::B"), "A::D"));
    EXPECT_EQ(DeckNames(collection_),
              (std::vector<std::string>{"A", "A::Bx", "A::D", "A::D::C", "AB"}));
    EXPECT_EQ(Must(collection_.GetDeckName(c)), "A::D::C");
    EXPECT_EQ(CardsIn("A::D"), 5);
}

TEST_F(DeckTreeTest, RenamingUnderANewParentCreatesIt) {
    Must(collection_.RenameDeck(DeckNamed(collection_, "AB"), "New::Home::AB"));
    EXPECT_EQ(DeckNames(collection_),
              (std::vector<std::string>{"A", "A::B", "A::B::C", "A::Bx", "New", "New::Home",
                                        "New::Home::AB"}));
    EXPECT_EQ(CardsIn("New"), 5);
}

TEST_F(DeckTreeTest, RenameRefusesEmptyPartsAMoveInsideItselfAndTakenNames) {
    const DeckId b = DeckNamed(collection_, "A::B");
    for (const char* bad : {"A::::B", "::A", "A::", "::", ""}) {
        auto renamed = collection_.RenameDeck(b, bad);
        ASSERT_FALSE(renamed) << bad;
        EXPECT_EQ(renamed.error().code, ErrorCode::kInvalidArgument) << bad;
    }
    auto inside = collection_.RenameDeck(b, "A::B::C::D");
    ASSERT_FALSE(inside);
    EXPECT_EQ(inside.error().code, ErrorCode::kInvalidArgument);
    EXPECT_NE(inside.error().message.find("inside itself"), std::string::npos);
    Must(collection_.ImportBank(LargeBank("z", 1), "Z::C"));
    auto taken = collection_.RenameDeck(b, "Z");
    ASSERT_FALSE(taken);
    EXPECT_EQ(taken.error().code, ErrorCode::kConflict);
    EXPECT_NE(taken.error().message.find("'Z'"), std::string::npos) << taken.error().message;
    auto child_taken = collection_.RenameDeck(DeckNamed(collection_, "Z"), "A::B");
    ASSERT_FALSE(child_taken);
    EXPECT_NE(child_taken.error().message.find("'A::B'"), std::string::npos);
    EXPECT_EQ(DeckNames(collection_).size(), 7u);
}

TEST_F(DeckTreeTest, RenameConflictOnADescendantChangesNothing) {
    // "Q::C" without a "Q", as an older Summit could leave it: "Q" is free, "Q::C" is not.
    Must(collection_.ImportBank(LargeBank("q", 1), "Q::C"));
    ASSERT_EQ(sqlite3_exec(CollectionTestPeer::Handle(collection_),
                           "DELETE FROM decks WHERE name = 'Q'", nullptr, nullptr, nullptr),
              SQLITE_OK);
    const auto before = DeckNames(collection_);
    auto renamed = collection_.RenameDeck(DeckNamed(collection_, "A::B"), "Q");
    ASSERT_FALSE(renamed);
    EXPECT_EQ(renamed.error().code, ErrorCode::kConflict);
    EXPECT_NE(renamed.error().message.find("'Q::C'"), std::string::npos) << renamed.error().message;
    EXPECT_EQ(DeckNames(collection_), before);
}

TEST_F(DeckTreeTest, ImportRefusesADeckNameWithAnEmptyPart) {
    for (const char* bad : {"A::::B", "::A", "A::"}) {
        auto imported = collection_.ImportBank(LargeBank("bad", 1), bad);
        ASSERT_FALSE(imported) << bad;
        EXPECT_EQ(imported.error().code, ErrorCode::kInvalidArgument) << bad;
        EXPECT_NE(imported.error().message.find("empty part"), std::string::npos) << bad;
    }
}

TEST_F(DeckTreeTest, AnAncestorImportedLaterKeepsItsId) {
    const DeckId a = DeckNamed(collection_, "A");
    Must(collection_.ImportBank(LargeBank("a", 1), "A"));
    EXPECT_EQ(DeckNamed(collection_, "A"), a);
    EXPECT_EQ(CardsIn("A"), 10);
}

}  // namespace
}  // namespace summit::storage::test
