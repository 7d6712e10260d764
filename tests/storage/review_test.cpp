// The review log: recording reviews, exact multi-step undo, and reads for statistics.

#include "test_support.h"

namespace summit::storage::test {
namespace {

class ReviewTest : public CollectionTest {
  protected:
    void SetUp() override {
        Must(collection_.ImportBank(SolarBank()));
        cards_ = Must(collection_.LoadCards(CardQuery::All()));
    }

    // A state as a scheduler might produce it, with doubles that need all 17 digits.
    static CardState Next(const CardState& from, int64_t now_ms) {
        CardState next = from;
        next.phase = CardPhase::kReview;
        next.stability = from.stability + 1.0 / 3.0;
        next.difficulty = 5.123456789012345;
        next.ease = 2.5;
        next.step = 0;
        next.last_review_ms = now_ms;
        next.due_ms = now_ms + 86'400'000;
        next.scheduled_days = from.scheduled_days + 1;
        next.reps = from.reps + 1;
        return next;
    }

    std::vector<StudyCard> cards_;
};

TEST_F(ReviewTest, RecordingAReviewLogsItAndStoresTheNewState) {
    const CardState next = Next(cards_[0].state, 1'000);
    const ReviewId id = Must(collection_.RecordReview(
        cards_[0].id, next, {1'000, Rating::kHard, "a star", true, 4'200}));
    EXPECT_EQ(Must(collection_.GetCard(cards_[0].id)).state, next);

    const auto log = Must(collection_.ReadReviewLog());
    ASSERT_EQ(log.size(), 1u);
    EXPECT_EQ(log[0].id, id);
    EXPECT_EQ(log[0].card_id, cards_[0].id);
    EXPECT_EQ(log[0].question_id, cards_[0].question_id);
    EXPECT_EQ(log[0].deck_id, cards_[0].deck_id);
    EXPECT_EQ(log[0].time_ms, 1'000);
    EXPECT_EQ(log[0].rating, Rating::kHard);
    EXPECT_TRUE(log[0].correct);
    EXPECT_EQ(log[0].duration_ms, 4'200);
    EXPECT_EQ(log[0].phase_before, CardPhase::kNew);
    EXPECT_EQ(log[0].phase_after, CardPhase::kReview);
}

TEST_F(ReviewTest, UndoRestoresEveryStepExactlyInReverseOrder) {
    // Three reviews of card 0 interleaved with two of card 2.
    std::vector<std::pair<CardId, CardState>> before;
    int64_t now = 10'000;
    for (int i : {0, 2, 0, 2, 0}) {
        const CardState current = Must(collection_.GetCard(cards_[i].id)).state;
        before.emplace_back(cards_[i].id, current);
        Must(collection_.RecordReview(cards_[i].id, Next(current, now),
                                      {now, Rating::kGood, "", true, 900}));
        now += 60'000;
    }
    ASSERT_EQ(Must(collection_.ReadReviewLog()).size(), 5u);
    for (auto step = before.rbegin(); step != before.rend(); ++step) {
        const UndoneReview undone = Must(collection_.UndoLastReview());
        EXPECT_EQ(undone.card_id, step->first);
        EXPECT_EQ(undone.restored, step->second);
        EXPECT_EQ(Must(collection_.GetCard(step->first)).state, step->second);
    }
    EXPECT_TRUE(Must(collection_.ReadReviewLog()).empty());
    EXPECT_EQ(Must(collection_.GetCard(cards_[0].id)).state, cards_[0].state);

    auto nothing = collection_.UndoLastReview();
    ASSERT_FALSE(nothing);
    EXPECT_EQ(nothing.error().code, ErrorCode::kConflict);
    EXPECT_EQ(nothing.error().message, "there is no review to undo");
}

TEST_F(ReviewTest, UndoRestoresSuspensionAndBuryingToo) {
    Must(collection_.BuryUntil(cards_[0].id, 777));
    Must(collection_.RecordReview(cards_[0].id, Next(cards_[0].state, 1),
                                  {1, Rating::kGood, "", true, 1}));
    Must(collection_.BuryUntil(cards_[0].id, 999));
    Must(collection_.SetSuspended(cards_[0].id, true));
    Must(collection_.UndoLastReview());
    const StudyCard card = Must(collection_.GetCard(cards_[0].id));
    EXPECT_EQ(card.buried_until_ms, 777);
    EXPECT_FALSE(card.suspended);
}

TEST_F(ReviewTest, UndoByIdOnlyForTheCardsLatestReview) {
    const ReviewId first = Must(collection_.RecordReview(cards_[0].id, Next(cards_[0].state, 1),
                                                         {1, Rating::kGood, "", true, 1}));
    const ReviewId other = Must(collection_.RecordReview(cards_[1].id, Next(cards_[1].state, 2),
                                                         {2, Rating::kGood, "", true, 1}));
    const CardState after_first = Must(collection_.GetCard(cards_[0].id)).state;
    Must(collection_.RecordReview(cards_[0].id, Next(after_first, 3),
                                  {3, Rating::kAgain, "", false, 1}));

    auto blocked = collection_.UndoReview(first);
    ASSERT_FALSE(blocked);
    EXPECT_EQ(blocked.error().code, ErrorCode::kConflict);
    EXPECT_EQ(Must(collection_.ReadReviewLog()).size(), 3u);

    // Another card's review can be undone out of order.
    const UndoneReview undone = Must(collection_.UndoReview(other));
    EXPECT_EQ(undone.restored, cards_[1].state);
    EXPECT_EQ(Must(collection_.GetCard(cards_[1].id)).state, cards_[1].state);

    auto missing = collection_.UndoReview(ReviewId{999});
    ASSERT_FALSE(missing);
    EXPECT_EQ(missing.error().code, ErrorCode::kNotFound);
}

TEST_F(ReviewTest, ReviewsOfUnknownCardsOrBadRatingsAreRefused) {
    auto unknown = collection_.RecordReview(CardId{12345}, {}, {});
    ASSERT_FALSE(unknown);
    EXPECT_EQ(unknown.error().code, ErrorCode::kNotFound);
    auto bad =
        collection_.RecordReview(cards_[0].id, {}, {0, static_cast<Rating>(7), "", false, 0});
    ASSERT_FALSE(bad);
    EXPECT_EQ(bad.error().code, ErrorCode::kInvalidArgument);
    EXPECT_TRUE(Must(collection_.ReadReviewLog()).empty());
}

TEST_F(ReviewTest, ReviewLogFiltersByDeckAndIsOrderedByTime) {
    Must(collection_.ImportBank(LargeBank("other", 1)));
    const auto other =
        Must(collection_.LoadCards(CardQuery::All(DeckNamed(collection_, "Large other"))));
    ASSERT_EQ(other.size(), 1u);
    Must(collection_.RecordReview(cards_[0].id, Next(cards_[0].state, 300),
                                  {300, Rating::kGood, "", true, 1}));
    Must(collection_.RecordReview(other[0].id, Next(other[0].state, 100),
                                  {100, Rating::kGood, "", true, 1}));
    Must(collection_.RecordReview(cards_[2].id, Next(cards_[2].state, 200),
                                  {200, Rating::kGood, "", true, 1}));
    const auto all = Must(collection_.ReadReviewLog());
    ASSERT_EQ(all.size(), 3u);
    EXPECT_EQ(all[0].time_ms, 100);
    EXPECT_EQ(all[2].time_ms, 300);
    const auto solar = Must(collection_.ReadReviewLog(DeckNamed(collection_, "Solar system")));
    ASSERT_EQ(solar.size(), 2u);
    EXPECT_EQ(solar[0].time_ms, 200);
    auto unknown = summit::testing::WithDeckNamed(
        collection_, "Nope", [&](DeckId deck) { return collection_.ReadReviewLog(deck); });
    ASSERT_FALSE(unknown);
    EXPECT_EQ(unknown.error().code, ErrorCode::kNotFound);
}

}  // namespace
}  // namespace summit::storage::test
