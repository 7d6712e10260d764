// Collection::ImportCardHistories and ListCardsByGuidPrefix: history from another program is
// appended once however often it is imported, and never replaces what was studied since.
#include <utility>
#include <vector>

#include <gtest/gtest.h>

#include "tests/support/memory_collection.h"

namespace summit::storage {
namespace {

class HistoryImportTest : public testing::MemoryCollectionTest {
  protected:
    void SetUp() override {
        ASSERT_NO_FATAL_FAILURE(MemoryCollectionTest::SetUp());
        ASSERT_TRUE(collection_->ImportBank(testing::FlashcardBank("hist", 2)).has_value());
        ASSERT_TRUE(collection_->ImportBank(testing::FlashcardBank("other", 1)).has_value());
        auto cards = collection_->ListCardsByGuidPrefix("hist/");
        ASSERT_TRUE(cards.has_value());
        ASSERT_EQ(cards->size(), 2u);
        card_ = cards->front().id;
    }

    // Two reviews a day apart, the card in review afterwards.
    ImportedCardHistory History() const {
        ImportedCardHistory history;
        history.card = card_;
        CardState learning;
        learning.phase = CardPhase::kLearning;
        CardState review;
        review.phase = CardPhase::kReview;
        history.reviews.push_back({card_, learning, {1'000'000, Rating::kAgain, "", false, 5000}});
        history.reviews.push_back({card_, review, {87'400'000, Rating::kGood, "", true, 3000}});
        history.state = review;
        history.state.stability = 3.5;
        history.state.difficulty = 6;
        history.state.reps = 2;
        history.state.due_ms = 400'000'000;
        history.suspended = true;
        return history;
    }

    int64_t Reviews() const { return collection_->Counts().value().reviews; }

    CardId card_;
};

TEST_F(HistoryImportTest, CardsAreFoundByTheirQuestionsGuidPrefix) {
    auto cards = collection_->ListCardsByGuidPrefix("hist/");
    ASSERT_TRUE(cards.has_value());
    EXPECT_EQ((*cards)[0].guid.substr(0, 5), "hist/");
    EXPECT_EQ((*cards)[1].guid.substr(0, 5), "hist/");
    EXPECT_NE((*cards)[0].guid, (*cards)[1].guid);
    EXPECT_TRUE(collection_->ListCardsByGuidPrefix("nothing/").value().empty());
}

TEST_F(HistoryImportTest, AppendsOnceAndSetsTheState) {
    const ImportedCardHistory history = History();
    auto first = collection_->ImportCardHistories({&history, 1});
    ASSERT_TRUE(first.has_value()) << first.error().ToString();
    EXPECT_EQ(first->reviews_added, 2);
    EXPECT_EQ(first->cards_updated, 1);
    auto card = collection_->GetCard(card_);
    ASSERT_TRUE(card.has_value());
    EXPECT_EQ(card->state, history.state);
    EXPECT_TRUE(card->suspended);
    auto log = collection_->ReadReviewLog();
    ASSERT_TRUE(log.has_value());
    ASSERT_EQ(log->size(), 2u);
    EXPECT_EQ((*log)[0].phase_before, CardPhase::kNew);
    EXPECT_EQ((*log)[1].phase_before, CardPhase::kLearning);
    EXPECT_EQ((*log)[1].phase_after, CardPhase::kReview);
    EXPECT_EQ((*log)[1].duration_ms, 3000);

    auto again = collection_->ImportCardHistories({&history, 1});
    ASSERT_TRUE(again.has_value());
    EXPECT_EQ(again->reviews_added, 0);
    EXPECT_EQ(again->reviews_present, 2);
    EXPECT_EQ(Reviews(), 2);
}

TEST_F(HistoryImportTest, AReviewGivenSinceKeepsTheCardAsItIs) {
    const ImportedCardHistory history = History();
    ASSERT_TRUE(collection_->ImportCardHistories({&history, 1}).has_value());
    CardState studied = history.state;
    studied.reps = 3;
    ASSERT_TRUE(
        collection_->RecordReview(card_, studied, {90'000'000, Rating::kEasy, "", true, 1}));
    ImportedCardHistory longer = History();
    longer.reviews.push_back({card_, history.state, {88'000'000, Rating::kHard, "", true, 1}});
    auto report = collection_->ImportCardHistories({&longer, 1});
    ASSERT_TRUE(report.has_value());
    EXPECT_EQ(report->cards_kept, 1);
    EXPECT_EQ(report->reviews_added, 0);
    EXPECT_EQ(collection_->GetCard(card_).value().state, studied);
    EXPECT_EQ(Reviews(), 3);
}

TEST_F(HistoryImportTest, AnUnknownCardWritesNothing) {
    ImportedCardHistory good = History();
    ImportedCardHistory bad = History();
    bad.card = CardId{999999};
    for (ReviewAppend& review : bad.reviews) {
        review.card = bad.card;
    }
    const std::vector<ImportedCardHistory> both{good, bad};
    auto report = collection_->ImportCardHistories(both);
    ASSERT_FALSE(report.has_value());
    EXPECT_EQ(report.error().code, ErrorCode::kNotFound);
    EXPECT_EQ(Reviews(), 0);
    EXPECT_EQ(collection_->GetCard(card_).value().state, CardState{});
}

TEST_F(HistoryImportTest, ReportsProgressEveryThousandCardsAndAtTheEnd) {
    ASSERT_TRUE(collection_->ImportBank(testing::FlashcardBank("many", 2500)).has_value());
    auto cards = collection_->ListCardsByGuidPrefix("many/");
    ASSERT_TRUE(cards.has_value());
    ASSERT_EQ(cards->size(), 2500u);
    std::vector<ImportedCardHistory> histories;
    for (const GuidCard& card : *cards) {
        ImportedCardHistory history;
        history.card = card.id;
        history.state.phase = CardPhase::kReview;
        history.reviews.push_back({card.id, history.state, {5'000, Rating::kGood, "", true, 1}});
        histories.push_back(history);
    }
    std::vector<std::pair<std::size_t, std::size_t>> calls;
    auto report = collection_->ImportCardHistories(
        histories, [&](std::size_t done, std::size_t total) { calls.emplace_back(done, total); });
    ASSERT_TRUE(report.has_value()) << report.error().ToString();
    EXPECT_EQ(report->reviews_added, 2500);
    EXPECT_EQ(Reviews(), 2500);
    const std::vector<std::pair<std::size_t, std::size_t>> expected{
        {1000, 2500}, {2000, 2500}, {2500, 2500}};
    EXPECT_EQ(calls, expected);
}

TEST_F(HistoryImportTest, ARatingOutsideOneToFourWritesNothing) {
    ImportedCardHistory history = History();
    history.reviews[1].review.rating = static_cast<Rating>(5);
    auto report = collection_->ImportCardHistories({&history, 1});
    ASSERT_FALSE(report.has_value());
    EXPECT_EQ(report.error().code, ErrorCode::kInvalidArgument);
    EXPECT_EQ(Reviews(), 0);
}

}  // namespace
}  // namespace summit::storage
