// Studying a deck tree: a parent's counts, queue and quiz include its subdecks' cards, capped
// by the parent's limits; each card is answered with its own deck's settings.
#include <gtest/gtest.h>

#include "app/decks/deck_settings_store.h"
#include "app/study/answering.h"
#include "app/study/deck_counts.h"
#include "app/study/queue.h"
#include "app/study/quiz.h"
#include "tests/support/memory_collection.h"

namespace summit::study {
namespace {

constexpr int64_t kNow = 1'714'554'000'000;  // 2024-05-01 09:00 UTC

// Lang::French 3 cards, Lang::French::Verbs 4, Lang::Spanish 5, LangX 6; Lang holds none.
class DeckTreeStudyTest : public summit::testing::MemoryCollectionTest {
  protected:
    void SetUp() override {
        ASSERT_NO_FATAL_FAILURE(MemoryCollectionTest::SetUp());
        for (const auto& [id, deck, count] :
             {std::tuple{"fr", "Lang::French", 3}, std::tuple{"verbs", "Lang::French::Verbs", 4},
              std::tuple{"es", "Lang::Spanish", 5}, std::tuple{"x", "LangX", 6}}) {
            ASSERT_TRUE(collection_->ImportBank(summit::testing::FlashcardBank(id, count),
                                                std::string(deck)));
        }
    }
    storage::DeckId Deck(const char* name) {
        return summit::testing::DeckNamed(*collection_, name);
    }
    TodayCounts Today(std::optional<storage::DeckId> deck) {
        auto counts = CountToday(*collection_, deck, kNow);
        EXPECT_TRUE(counts.has_value());
        return counts.value_or(TodayCounts{});
    }
    int QueueNew(const char* deck) {
        auto queue = FetchQueue(*collection_, {Deck(deck), {}}, kNow);
        EXPECT_TRUE(queue.has_value());
        return queue ? queue->fresh : -1;
    }
};

TEST_F(DeckTreeStudyTest, TheDeckListIsATreeWhoseParentsCountTheirSubdecks) {
    auto decks = ListDecksForToday(*collection_, kNow);
    ASSERT_TRUE(decks.has_value());
    std::vector<std::pair<std::string, int>> rows;
    for (const auto& deck : *decks) {
        rows.emplace_back(deck.name, deck.new_count);
    }
    EXPECT_EQ(rows, (std::vector<std::pair<std::string, int>>{{"Lang", 12},
                                                              {"Lang::French", 7},
                                                              {"Lang::French::Verbs", 4},
                                                              {"Lang::Spanish", 5},
                                                              {"LangX", 6}}));
}

TEST_F(DeckTreeStudyTest, CountTodayOfEveryDeckCountsEachCardOnce) {
    EXPECT_EQ(Today(std::nullopt).fresh, 3 + 4 + 5 + 6);
    EXPECT_EQ(Today(Deck("Lang")).fresh, 12);
    EXPECT_EQ(Today(Deck("Lang::French")).fresh, 7);
    EXPECT_EQ(Today(Deck("LangX")).fresh, 6);
}

TEST_F(DeckTreeStudyTest, TheQueueOfAParentHoldsItsSubdecksCardsAndMatchesItsCount) {
    EXPECT_EQ(QueueNew("Lang"), 12);
    EXPECT_EQ(QueueNew("Lang::French"), 7);
    EXPECT_EQ(QueueNew("Lang::French::Verbs"), 4);
    EXPECT_EQ(QueueNew("LangX"), 6);
}

TEST_F(DeckTreeStudyTest, AParentsLimitsCapItsWholeTree) {
    DeckSettings settings;
    settings.new_per_day = 8;
    ASSERT_TRUE(SaveDeckSettings(*collection_, Deck("Lang"), settings));
    EXPECT_EQ(Today(Deck("Lang")).fresh, 8);
    EXPECT_EQ(QueueNew("Lang"), 8);
    EXPECT_EQ(Today(Deck("Lang::French")).fresh, 7) << "a subdeck studied alone has its own";
}

TEST_F(DeckTreeStudyTest, AnAnswerInAParentSessionUsesTheCardsOwnDeckSettings) {
    DeckSettings verbs;
    verbs.learning_steps = "7m";
    ASSERT_TRUE(SaveDeckSettings(*collection_, Deck("Lang::French::Verbs"), verbs));
    auto cards = collection_->LoadCards(storage::CardQuery::All(Deck("Lang::French::Verbs")));
    ASSERT_TRUE(cards.has_value());
    auto outcome = AnswerCard(*collection_, cards->front().id, Rating::kAgain, kNow, {});
    ASSERT_TRUE(outcome.has_value());
    EXPECT_EQ(outcome->after.due_ms, kNow + 7 * 60'000);
    // The answer counts against the parent's day too.
    EXPECT_EQ(Today(Deck("Lang")).fresh, 11);
    EXPECT_EQ(Today(Deck("Lang")).learning, 1);
    EXPECT_EQ(Today(Deck("LangX")).learning, 0);
}

TEST_F(DeckTreeStudyTest, AQuizOnAParentDrawsFromItsSubdecksOnly) {
    QuizSetup setup;
    setup.decks = {"Lang::French"};
    setup.question_count = 50;
    auto quiz = Quiz::Start(*collection_, setup, 7, [] { return kNow; });
    ASSERT_TRUE(quiz.has_value()) << quiz.error().ToString();
    EXPECT_EQ(quiz->Count(), 7);
    setup.decks = {"Lang", "Lang::French"};
    auto both = Quiz::Start(*collection_, setup, 7, [] { return kNow; });
    ASSERT_TRUE(both.has_value()) << both.error().ToString();
    EXPECT_EQ(both->Count(), 12) << "a subdeck named beside its parent is drawn once";
}

}  // namespace
}  // namespace summit::study
