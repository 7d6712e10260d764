// The bulk review path (AppendReviews) writes what RecordReview writes, all or nothing.
#include "test_support.h"

namespace summit::storage::test {
namespace {

CardState Reviewed(int64_t due_ms, double stability) {
    CardState state;
    state.phase = CardPhase::kReview;
    state.stability = stability;
    state.due_ms = due_ms;
    state.last_review_ms = due_ms - 86'400'000;
    state.scheduled_days = 1;
    state.reps = 1;
    return state;
}

TEST(AppendReviewsTest, WritesTheSameLogAndCardsAsRecordReview) {
    auto one = Must(Collection::OpenInMemory());
    auto bulk = Must(Collection::OpenInMemory());
    for (Collection* c : {&one, &bulk}) {
        Must(c->ImportBank(SolarBank()));
    }
    const auto cards = Must(one.LoadCards(CardQuery::All()));
    std::vector<ReviewAppend> reviews = {
        {cards[0].id, Reviewed(5'000'000, 2.0), {1'000, Rating::kGood, "a", true, 10}},
        {cards[2].id, Reviewed(6'000'000, 3.0), {2'000, Rating::kAgain, "", false, 20}},
        {cards[0].id, Reviewed(7'000'000, 4.0), {3'000, Rating::kEasy, "b", true, 30}},
    };
    for (const ReviewAppend& r : reviews) {
        Must(one.RecordReview(r.card, r.new_state, r.review));
    }
    EXPECT_EQ(Must(bulk.AppendReviews(reviews)), 3);

    const auto log_one = Must(one.ReadReviewLog());
    const auto log_bulk = Must(bulk.ReadReviewLog());
    ASSERT_EQ(log_bulk.size(), 3u);
    for (size_t i = 0; i < log_one.size(); ++i) {
        EXPECT_EQ(log_bulk[i].card_id, log_one[i].card_id);
        EXPECT_EQ(log_bulk[i].rating, log_one[i].rating);
        EXPECT_EQ(log_bulk[i].phase_before, log_one[i].phase_before);
        EXPECT_EQ(log_bulk[i].phase_after, log_one[i].phase_after);
        EXPECT_EQ(log_bulk[i].scheduled_days_before, log_one[i].scheduled_days_before);
        EXPECT_EQ(log_bulk[i].duration_ms, log_one[i].duration_ms);
    }
    EXPECT_EQ(Must(bulk.GetCard(cards[0].id)).state, Must(one.GetCard(cards[0].id)).state);
    EXPECT_EQ(
        Must(bulk.CountReviewsSince(DeckNamed(bulk, "Solar system"), 0)).Count(CardPhase::kReview),
        1);
    // Undo restores the snapshot the bulk path stored.
    EXPECT_EQ(Must(bulk.UndoLastReview()).restored, Reviewed(5'000'000, 2.0));
}

TEST(AppendReviewsTest, AnUnknownCardOrBadRatingWritesNothing) {
    auto collection = Must(Collection::OpenInMemory());
    Must(collection.ImportBank(SolarBank()));
    const auto cards = Must(collection.LoadCards(CardQuery::All()));
    std::vector<ReviewAppend> reviews = {
        {cards[0].id, Reviewed(5'000'000, 2.0), {1'000, Rating::kGood, "", true, 1}},
        {CardId{999}, Reviewed(5'000'000, 2.0), {1'000, Rating::kGood, "", true, 1}},
    };
    auto missing = collection.AppendReviews(reviews);
    ASSERT_FALSE(missing);
    EXPECT_EQ(missing.error().code, ErrorCode::kNotFound);
    reviews[1] = {
        cards[1].id, Reviewed(5'000'000, 2.0), {1'000, static_cast<Rating>(7), "", true, 1}};
    auto bad = collection.AppendReviews(reviews);
    ASSERT_FALSE(bad);
    EXPECT_EQ(bad.error().code, ErrorCode::kInvalidArgument);
    EXPECT_TRUE(Must(collection.ReadReviewLog()).empty());
    EXPECT_EQ(Must(collection.GetCard(cards[0].id)).state, CardState{});
}

}  // namespace
}  // namespace summit::storage::test
