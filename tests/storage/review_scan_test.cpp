// The review log's bulk reads: the join-free scan statistics use, the interval before each
// review, and today's counts by phase the queue uses.
#include "test_support.h"

namespace summit::storage::test {
namespace {

constexpr int64_t kDayMs = 86'400'000;

class ReviewScanTest : public CollectionTest {
  protected:
    void SetUp() override {
        Must(collection_.ImportBank(SolarBank()));          // 4 cards
        Must(collection_.ImportBank(LargeBank("big", 2)));  // 2 cards in deck "Large big"
        solar_ =
            Must(collection_.LoadCards(CardQuery::All(DeckNamed(collection_, "Solar system"))));
        big_ = Must(collection_.LoadCards(CardQuery::All(DeckNamed(collection_, "Large big"))));
    }

    // Reviews `card` at `time_ms`, leaving it in `phase` with an interval of `days`.
    void Review(const StudyCard& card, int64_t time_ms, CardPhase phase, int days,
                Rating rating = Rating::kGood) {
        CardState next = Must(collection_.GetCard(card.id)).state;
        next.phase = phase;
        next.scheduled_days = days;
        next.last_review_ms = time_ms;
        next.due_ms = time_ms + days * kDayMs;
        Must(collection_.RecordReview(card.id, next,
                                      {time_ms, rating, "", rating != Rating::kAgain, 1'500}));
    }

    std::vector<StudyCard> solar_;
    std::vector<StudyCard> big_;
};

TEST_F(ReviewScanTest, EachReviewKeepsTheIntervalTheCardHadBeforeIt) {
    Review(solar_[0], 1 * kDayMs, CardPhase::kReview, 10);
    // Thirty days later, not ten: the stored interval is still the scheduled one.
    Review(solar_[0], 31 * kDayMs, CardPhase::kReview, 25, Rating::kHard);
    Review(solar_[0], 56 * kDayMs, CardPhase::kRelearning, 0, Rating::kAgain);

    const auto log = Must(collection_.ReadReviewLog());
    ASSERT_EQ(log.size(), 3u);
    EXPECT_EQ(log[0].scheduled_days_before, 0);
    EXPECT_EQ(log[1].scheduled_days_before, 10);
    EXPECT_EQ(log[2].scheduled_days_before, 25);

    const auto scan = Must(collection_.ScanReviewLog());
    ASSERT_EQ(scan.size(), 3u);
    EXPECT_EQ(scan[1].scheduled_days_before, 10);
    EXPECT_EQ(scan[2].scheduled_days_before, 25);
    EXPECT_EQ(scan[2].phase_before, CardPhase::kReview);
    EXPECT_EQ(scan[2].phase_after, CardPhase::kRelearning);
    EXPECT_EQ(scan[2].rating, Rating::kAgain);
    EXPECT_FALSE(scan[2].correct);
    EXPECT_EQ(scan[2].duration_ms, 1'500);
    EXPECT_EQ(scan[2].card_id, solar_[0].id);
}

// The scan reads the log in id order, which is answer time order (schema 16), whatever order
// the reviews were recorded in.
TEST_F(ReviewScanTest, ScanReturnsEveryDeckInTimeOrderAndSkipsUndoneReviews) {
    Review(solar_[0], 300, CardPhase::kLearning, 0);
    Review(big_[0], 100, CardPhase::kLearning, 0);  // recorded later, answered earlier
    Review(solar_[2], 200, CardPhase::kLearning, 0);
    Must(collection_.UndoReview(Must(collection_.ReadReviewLog())[1].id));  // solar_[2]'s

    const auto scan = Must(collection_.ScanReviewLog());
    ASSERT_EQ(scan.size(), 2u);
    EXPECT_EQ(scan[0].card_id, big_[0].id);
    EXPECT_EQ(scan[0].time_ms, 100);
    EXPECT_EQ(scan[1].card_id, solar_[0].id);
    EXPECT_EQ(scan[1].time_ms, 300);
    EXPECT_EQ(Must(collection_.ReadReviewLog())[0].time_ms, 100);
}

TEST_F(ReviewScanTest, EmptyLogScansToNothing) {
    EXPECT_TRUE(Must(collection_.ScanReviewLog()).empty());
    const ReviewCounts counts = Must(collection_.CountReviewsSince(std::nullopt, 0));
    for (int phase = 0; phase < 4; ++phase) {
        EXPECT_EQ(counts.by_phase_before[phase], 0);
    }
}

TEST_F(ReviewScanTest, CountsSinceATimeByPhaseBeforeAndDeck) {
    Review(solar_[0], 1'000, CardPhase::kLearning, 0);  // before the range
    Review(solar_[0], 5'000, CardPhase::kReview, 3);    // learning -> review
    Review(solar_[2], 6'000, CardPhase::kLearning, 0);  // new
    Review(solar_[2], 7'000, CardPhase::kReview, 1);    // learning
    Review(solar_[0], 8'000, CardPhase::kReview, 7);    // review
    Review(big_[0], 9'000, CardPhase::kLearning, 0);    // new, other deck
    Review(big_[1], 20'000, CardPhase::kLearning, 0);   // after the range

    const ReviewCounts all = Must(collection_.CountReviewsSince(std::nullopt, 5'000, 10'000));
    EXPECT_EQ(all.Count(CardPhase::kNew), 2);
    EXPECT_EQ(all.Count(CardPhase::kLearning), 2);
    EXPECT_EQ(all.Count(CardPhase::kReview), 1);
    EXPECT_EQ(all.Count(CardPhase::kRelearning), 0);

    const ReviewCounts solar =
        Must(collection_.CountReviewsSince(DeckNamed(collection_, "Solar system"), 5'000, 10'000));
    EXPECT_EQ(solar.Count(CardPhase::kNew), 1);
    EXPECT_EQ(solar.Count(CardPhase::kLearning), 2);
    EXPECT_EQ(solar.Count(CardPhase::kReview), 1);

    // Without an upper bound everything from the start on counts; bounds are inclusive.
    const ReviewCounts open = Must(collection_.CountReviewsSince(std::nullopt, 9'000));
    EXPECT_EQ(open.Count(CardPhase::kNew), 2);

    auto unknown = summit::testing::WithDeckNamed(
        collection_, "Nope", [&](DeckId deck) { return collection_.CountReviewsSince(deck, 0); });
    ASSERT_FALSE(unknown);
    EXPECT_EQ(unknown.error().code, ErrorCode::kNotFound);
}

// What the daily limits subtract: answers to new and review cards, counted until the limit;
// answers to learning cards, outside the period or, for a deck, outside its tree are not.
TEST_F(ReviewScanTest, CountsTowardALimitStopAtTheLimit) {
    Review(solar_[2], 1'000, CardPhase::kReview, 3);    // new, before the period
    Review(solar_[0], 5'000, CardPhase::kLearning, 0);  // new
    Review(solar_[1], 6'000, CardPhase::kLearning, 0);  // new
    Review(solar_[0], 7'000, CardPhase::kReview, 2);    // learning
    Review(solar_[2], 8'000, CardPhase::kReview, 7);    // review
    Review(big_[0], 9'000, CardPhase::kLearning, 0);    // new, other deck
    Review(big_[1], 20'000, CardPhase::kLearning, 0);   // new, after the period
    const DeckId solar = DeckNamed(collection_, "Solar system");

    const ReviewCounts all =
        Must(collection_.CountReviewsTowardLimit(std::nullopt, 5'000, 10'000, 100));
    const ReviewCounts exact = Must(collection_.CountReviewsSince(std::nullopt, 5'000, 10'000));
    EXPECT_EQ(all.Count(CardPhase::kNew), 3);
    EXPECT_EQ(all.Count(CardPhase::kReview), 1);
    EXPECT_EQ(all.Count(CardPhase::kNew), exact.Count(CardPhase::kNew));
    EXPECT_EQ(all.Count(CardPhase::kReview), exact.Count(CardPhase::kReview));
    EXPECT_EQ(all.Count(CardPhase::kLearning), 0);
    EXPECT_EQ(all.Count(CardPhase::kRelearning), 0);

    const ReviewCounts tree = Must(collection_.CountReviewsTowardLimit(solar, 5'000, 10'000, 3));
    EXPECT_EQ(tree.Count(CardPhase::kNew), 2);  // exactly the limit: still exact
    EXPECT_EQ(tree.Count(CardPhase::kReview), 1);

    // Past the limit the two add up to it.
    for (int limit : {0, 1, 2, 3}) {
        const ReviewCounts capped =
            Must(collection_.CountReviewsTowardLimit(std::nullopt, 5'000, 10'000, limit));
        EXPECT_EQ(capped.Count(CardPhase::kNew) + capped.Count(CardPhase::kReview), limit);
        EXPECT_LE(capped.Count(CardPhase::kNew), 3);
        EXPECT_LE(capped.Count(CardPhase::kReview), 1);
    }

    auto unknown = summit::testing::WithDeckNamed(collection_, "Nope", [&](DeckId deck) {
        return collection_.CountReviewsTowardLimit(deck, 0, 10'000, 100);
    });
    ASSERT_FALSE(unknown);
    EXPECT_EQ(unknown.error().code, ErrorCode::kNotFound);
}

TEST_F(ReviewScanTest, DeckNamesAreFoundById) {
    EXPECT_EQ(Must(collection_.GetDeckName(solar_[0].deck_id)), "Solar system");
    EXPECT_EQ(Must(collection_.GetDeckName(big_[0].deck_id)), "Large big");
    auto unknown = collection_.GetDeckName(DeckId{4242});
    ASSERT_FALSE(unknown);
    EXPECT_EQ(unknown.error().code, ErrorCode::kNotFound);
    EXPECT_EQ(unknown.error().message, "no deck with id 4242");
}

}  // namespace
}  // namespace summit::storage::test
