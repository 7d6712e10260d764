// Decks made and removed from the deck tree: a new deck comes with its ancestors, and a deleted
// deck takes its subdecks, their questions, cards and reviews, and nothing of its neighbours.
#include <algorithm>
#include <string>
#include <vector>

#include "storage/testing.h"
#include "test_support.h"

namespace summit::storage::test {
namespace {

class DeckChangesTest : public CollectionTest {
  protected:
    void SetUp() override {
        Must(collection_.ImportBank(LargeBank("b", 2), "A::B"));
        Must(collection_.ImportBank(LargeBank("c", 3), "A::B::C"));
        Must(collection_.ImportBank(LargeBank("bx", 4), "A::Bx"));
    }
    void ReviewFirstCardOf(const std::string& deck) {
        auto cards = Must(collection_.LoadCards(CardQuery::All(DeckNamed(collection_, deck))));
        ASSERT_FALSE(cards.empty());
        CardState state;
        state.phase = CardPhase::kReview;
        state.scheduled_days = 1;
        state.stability = 1;
        state.difficulty = 5;
        state.reps = 1;
        ReviewRecord review;
        review.time_ms = 1'000;
        Must(collection_.RecordReview(cards.front().id, state, review));
    }
    int64_t Count(const std::string& table) {
        return Must(
            QueryInt(CollectionTestPeer::Connection(collection_), "SELECT count(*) FROM " + table));
    }
};

TEST_F(DeckChangesTest, ANewDeckIsEmptyAndComesWithItsAncestors) {
    const DeckId made = Must(collection_.CreateDeck("X::Y"));
    EXPECT_EQ(DeckNamed(collection_, "X::Y"), made);
    EXPECT_EQ(DeckNames(collection_),
              (std::vector<std::string>{"A", "A::B", "A::B::C", "A::Bx", "X", "X::Y"}));
    EXPECT_TRUE(Must(collection_.ExportDeck(made)).questions.empty());
}

TEST_F(DeckChangesTest, ATakenOrInvalidNameMakesNoDeck) {
    auto taken = collection_.CreateDeck("A::B");
    ASSERT_FALSE(taken);
    EXPECT_EQ(taken.error().code, ErrorCode::kConflict);
    EXPECT_NE(taken.error().message.find("'A::B' already exists"), std::string::npos)
        << taken.error().message;
    for (const char* bad : {"", "P::::Q", "::P", "P::"}) {
        auto refused = collection_.CreateDeck(bad);
        ASSERT_FALSE(refused) << bad;
        EXPECT_EQ(refused.error().code, ErrorCode::kInvalidArgument) << bad;
    }
    EXPECT_EQ(DeckNames(collection_).size(), 4u) << "no deck and no ancestor was left behind";
}

TEST_F(DeckChangesTest, DeletingADeckTakesItsTreeAndLeavesItsNeighbours) {
    ASSERT_NO_FATAL_FAILURE(ReviewFirstCardOf("A::B::C"));
    ASSERT_NO_FATAL_FAILURE(ReviewFirstCardOf("A::Bx"));
    const DeckDeletion deleted = Must(collection_.DeleteDeck(DeckNamed(collection_, "A::B")));
    EXPECT_EQ(deleted.name, "A::B");
    EXPECT_EQ(deleted.decks, 2);
    EXPECT_EQ(deleted.questions, 2 + 3);
    EXPECT_EQ(deleted.reviews, 1);
    EXPECT_EQ(DeckNames(collection_), (std::vector<std::string>{"A", "A::Bx"}))
        << "\"A::Bx\" shares a prefix but is not a subdeck";
    EXPECT_EQ(Count("questions"), 4);
    EXPECT_EQ(Count("cards"), 4);
    // The log is append-only: both answers stay as history, but only the neighbour's still
    // belongs to a deck.
    EXPECT_EQ(Count("revlog"), 2);
    EXPECT_EQ(Must(collection_.ReadReviewLog()).size(), 1u);
}

TEST_F(DeckChangesTest, DeletingAnUnknownDeckChangesNothing) {
    auto missing = collection_.DeleteDeck(DeckId{9999});
    ASSERT_FALSE(missing);
    EXPECT_EQ(missing.error().code, ErrorCode::kNotFound);
    EXPECT_EQ(DeckNames(collection_).size(), 4u);
    EXPECT_EQ(Count("questions"), 9);
}

TEST_F(DeckChangesTest, DeletingADeckEndsTheBulkUndoHistory) {
    auto cards = Must(collection_.LoadCards(CardQuery::All(DeckNamed(collection_, "A::Bx"))));
    const std::vector<CardId> first{cards.front().id};
    Must(collection_.ApplyBulk({BulkKind::kSuspend, {}, "", 0}, first));
    ASSERT_EQ(collection_.BulkUndoDepth(), 1);
    Must(collection_.DeleteDeck(DeckNamed(collection_, "A::B")));
    EXPECT_EQ(collection_.BulkUndoDepth(), 0);
}

}  // namespace
}  // namespace summit::storage::test
