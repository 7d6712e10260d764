// study::ReadDeckWorkload takes the simulator's answer times from the deck's own log, and
// reviews whose time was never recorded do not pull the means toward zero.
#include "app/study/deck_fit.h"

#include <gtest/gtest.h>

#include "tests/support/memory_collection.h"
#include "tests/support/review_history.h"

namespace summit::study {
namespace {

constexpr int64_t kStart = 1'700'000'000'000;
constexpr int64_t kLater = kStart + 400LL * 86'400'000;

class DeckWorkloadTest : public ::testing::Test {
  protected:
    void SetUp() override {
        auto opened = storage::Collection::OpenInMemory();
        ASSERT_TRUE(opened);
        collection_.emplace(std::move(*opened));
        ASSERT_TRUE(collection_->ImportBank(summit::testing::FlashcardBank("words", 20)));
        deck_ = summit::testing::DeckNamed(*collection_, "words");
    }
    optimizer::WorkloadOptions Read() {
        auto options = ReadDeckWorkload(*collection_, deck_, DeckSettings{}, kLater);
        EXPECT_TRUE(options) << options.error().ToString();
        return options ? *options : optimizer::WorkloadOptions{};
    }

    std::optional<storage::Collection> collection_;
    storage::DeckId deck_;
};

TEST_F(DeckWorkloadTest, AnswerTimesAreTheLogsMeans) {
    ASSERT_NO_FATAL_FAILURE(summit::testing::AddReviewHistory(*collection_, 6, kStart,
                                                              storage::CardQuery::All(), 7000));
    const optimizer::WorkloadOptions options = Read();
    EXPECT_DOUBLE_EQ(options.seconds_recalled, 7.0);
    EXPECT_DOUBLE_EQ(options.seconds_forgotten, 7.0);
    EXPECT_EQ(options.new_cards, 0);
}

TEST_F(DeckWorkloadTest, ReviewsWithoutARecordedTimeAreLeftOut) {
    ASSERT_NO_FATAL_FAILURE(summit::testing::AddReviewHistory(*collection_, 6, kStart,
                                                              storage::CardQuery::All(), 7000));
    ASSERT_NO_FATAL_FAILURE(
        summit::testing::AddReviewHistory(*collection_, 6, kLater, storage::CardQuery::All(), 0));
    const optimizer::WorkloadOptions options = Read();
    EXPECT_DOUBLE_EQ(options.seconds_recalled, 7.0);
    EXPECT_DOUBLE_EQ(options.seconds_forgotten, 7.0);
}

TEST_F(DeckWorkloadTest, ALogWithoutTimesKeepsTheDefaults) {
    ASSERT_NO_FATAL_FAILURE(
        summit::testing::AddReviewHistory(*collection_, 6, kStart, storage::CardQuery::All(), 0));
    const optimizer::WorkloadOptions defaults;
    const optimizer::WorkloadOptions options = Read();
    EXPECT_DOUBLE_EQ(options.seconds_new, defaults.seconds_new);
    EXPECT_DOUBLE_EQ(options.seconds_recalled, defaults.seconds_recalled);
    EXPECT_DOUBLE_EQ(options.seconds_forgotten, defaults.seconds_forgotten);
}

}  // namespace
}  // namespace summit::study
