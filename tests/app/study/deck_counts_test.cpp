// Deck counts as the learner sees them: capped by the daily limits and today's answers.
#include "app/study/deck_counts.h"

#include <gtest/gtest.h>

#include "app/decks/deck_settings_store.h"
#include "app/study/answering.h"
#include "tests/support/memory_collection.h"

namespace summit::study {
namespace {

constexpr int64_t kNow = 1'714'554'000'000;  // 2024-05-01 09:00 UTC

content::Bank FlashcardBank(int count) {
    content::Bank bank;
    bank.id = "counts";
    bank.title = "Counts";
    for (int i = 0; i < count; ++i) {
        content::Question question;
        question.id = "q" + std::to_string(i);
        question.prompt = "front " + std::to_string(i);
        question.back = "back " + std::to_string(i);
        bank.questions.push_back(question);
    }
    return bank;
}

class DeckCountsTest : public summit::testing::MemoryCollectionTest {
  protected:
    void SetUp() override {
        ASSERT_NO_FATAL_FAILURE(MemoryCollectionTest::SetUp());
        ASSERT_TRUE(collection_->ImportBank(FlashcardBank(30)).has_value());
    }

    storage::DeckSummary Counts() {
        auto decks = ListDecksForToday(*collection_, kNow);
        EXPECT_TRUE(decks.has_value());
        EXPECT_EQ(decks->size(), 1u);
        return decks->front();
    }
};

TEST_F(DeckCountsTest, NewCardsAreCappedByTheDailyLimit) {
    storage::DeckSummary deck = Counts();
    EXPECT_EQ(deck.card_count, 30);
    EXPECT_EQ(deck.new_count, 20);
    EXPECT_EQ(deck.learning_count, 0);
}

TEST_F(DeckCountsTest, AnsweringANewCardUsesUpTodaysRoom) {
    storage::CardQuery query;
    query.selection = storage::CardSelection::kNew;
    auto cards = collection_->LoadCards(query);
    ASSERT_TRUE(cards.has_value());
    ASSERT_TRUE(AnswerCard(*collection_, cards->front().id, Rating::kGood, kNow - 60'000, {}));
    storage::DeckSummary deck = Counts();
    EXPECT_EQ(deck.new_count, 19);
    EXPECT_EQ(deck.learning_count, 1);
}

TEST_F(DeckCountsTest, TheDecksOwnLimitsApply) {
    DeckSettings settings;
    settings.new_per_day = 5;
    ASSERT_TRUE(
        SaveDeckSettings(*collection_, summit::testing::DeckNamed(*collection_, "Counts"), settings)
            .has_value());
    EXPECT_EQ(Counts().new_count, 5);
    settings.new_per_day = 50;
    settings.reviews_per_day = 3;
    ASSERT_TRUE(
        SaveDeckSettings(*collection_, summit::testing::DeckNamed(*collection_, "Counts"), settings)
            .has_value());
    EXPECT_EQ(Counts().new_count, 3) << "new cards also fit inside the review limit";
}

}  // namespace
}  // namespace summit::study
