// Card states, answer buttons, forecast, retrievability and estimated knowledge.
#include <cmath>

#include <gtest/gtest.h>

#include "app/stats/charts.h"
#include "stats_test_util.h"

namespace summit::stats {
namespace {

using testing::Card;
using testing::kDayMs;
using testing::LocalMs;
using testing::Review;
using testing::TzGuard;

constexpr int64_t kToday = 20'786;
constexpr int64_t kNoonUtc = kToday * kDayMs + 12 * 3'600'000;

TEST(CardStatesTest, SuspendedCountedOnlyAsSuspended) {
    StatsInput input;
    input.cards = {Card(1, CardPhase::kNew),      Card(2, CardPhase::kNew),
                   Card(3, CardPhase::kLearning), Card(4, CardPhase::kReview),
                   Card(5, CardPhase::kReview),   Card(6, CardPhase::kRelearning),
                   Card(7, CardPhase::kReview)};
    input.cards[6].suspended = true;
    const CardStates states = ComputeCardStates(input);
    EXPECT_EQ(states.new_cards, 2);
    EXPECT_EQ(states.learning, 1);
    EXPECT_EQ(states.review, 2);
    EXPECT_EQ(states.relearning, 1);
    EXPECT_EQ(states.suspended, 1);
    EXPECT_EQ(states.Total(), 7);
}

TEST(ForecastTest, OverdueCountsTodayAndDaysFollowRollover) {
    TzGuard tz("America/New_York");
    StatsInput input;
    input.now_ms = LocalMs(2026, 11, 29, 12);
    input.day_rule = {study::DayRule::kLocal, 4};
    auto due = [](int64_t id, CardPhase phase, int64_t due_ms) {
        CardRow card = Card(id, phase);
        card.due_ms = due_ms;
        return card;
    };
    input.cards = {
        due(1, CardPhase::kReview, LocalMs(2026, 11, 20, 10)),     // overdue
        due(2, CardPhase::kLearning, LocalMs(2026, 11, 29, 18)),   // later today
        due(3, CardPhase::kReview, LocalMs(2026, 11, 30, 3)),      // before rollover: today
        due(4, CardPhase::kRelearning, LocalMs(2026, 11, 30, 5)),  // tomorrow
        due(5, CardPhase::kReview, LocalMs(2026, 12, 1, 10)),      // in two days
        due(6, CardPhase::kReview, LocalMs(2026, 12, 2, 10)),      // past the window
        due(7, CardPhase::kNew, LocalMs(2026, 11, 20, 10)),        // new: not forecast
        due(8, CardPhase::kReview, LocalMs(2026, 11, 20, 10)),     // suspended below
    };
    input.cards[7].suspended = true;
    const DayIndex days = ReportDayIndex(input.day_rule, input.now_ms);
    const Forecast forecast = ComputeForecast(input, days, 3);
    ASSERT_EQ(forecast.days.size(), 3u);
    EXPECT_EQ(DateString(forecast.days[0].day), "2026-11-29");
    EXPECT_EQ(forecast.days[0].due, 3);
    EXPECT_EQ(forecast.days[1].due, 1);
    EXPECT_EQ(DateString(forecast.days[2].day), "2026-12-01");
    EXPECT_EQ(forecast.days[2].due, 1);
    EXPECT_EQ(forecast.overdue, 1);
}

TEST(AnswerButtonsTest, GroupsByPhaseAndIntervalWithinWindow) {
    StatsInput input;
    input.now_ms = kNoonUtc;
    input.day_rule = {study::DayRule::kUtc, 0};
    input.reviews = {
        Review(1, kNoonUtc - 1000, Rating::kAgain, CardPhase::kNew, 0),
        Review(2, kNoonUtc - 1000, Rating::kHard, CardPhase::kRelearning, 0),
        Review(3, kNoonUtc - 1000, Rating::kGood, CardPhase::kReview, 20),
        Review(4, kNoonUtc - 2 * kDayMs, Rating::kEasy, CardPhase::kReview, 21),
        Review(5, kNoonUtc - 6 * kDayMs, Rating::kAgain, CardPhase::kReview, 100),
        Review(6, kNoonUtc - 7 * kDayMs, Rating::kAgain, CardPhase::kReview, 100),  // outside
    };
    const DayIndex days = ReportDayIndex(input.day_rule, input.now_ms);
    const AnswerButtons buttons = ComputeAnswerButtons(input, days, 7);
    using Row = std::array<int, 4>;
    EXPECT_EQ(buttons.counts[kGroupLearning], (Row{1, 1, 0, 0}));
    EXPECT_EQ(buttons.counts[kGroupYoung], (Row{0, 0, 1, 0}));
    EXPECT_EQ(buttons.counts[kGroupMature], (Row{1, 0, 0, 1}));
}

CardRow Studied(int64_t id, double stability, int64_t last_review_ms) {
    CardRow card = Card(id, CardPhase::kReview);
    card.stability = stability;
    card.last_review_ms = last_review_ms;
    return card;
}

TEST(RetrievabilityTest, FsrsCurveIsNinetyPercentAtStability) {
    const double decay = 0.1542;
    EXPECT_NEAR(FsrsRetrievability(Studied(1, 10, kNoonUtc - 10 * kDayMs), kNoonUtc, decay), 0.9,
                1e-12);
    EXPECT_DOUBLE_EQ(FsrsRetrievability(Studied(1, 10, kNoonUtc), kNoonUtc, decay), 1.0);
    const double factor = std::pow(0.9, -1.0 / decay) - 1.0;
    EXPECT_NEAR(FsrsRetrievability(Studied(1, 5, kNoonUtc - 20 * kDayMs), kNoonUtc, decay),
                std::pow(1.0 + factor * 4.0, -decay), 1e-12);
    EXPECT_EQ(FsrsRetrievability(Card(2, CardPhase::kNew), kNoonUtc, decay), 0.0);
}

TEST(KnowledgeTest, SumsRetrievabilityOfStudiedCards) {
    StatsInput input;
    input.now_ms = kNoonUtc;
    input.cards = {Studied(1, 10, kNoonUtc - 10 * kDayMs), Studied(2, 3, kNoonUtc),
                   Card(3, CardPhase::kNew)};
    const Knowledge knowledge = ComputeKnowledge(input);
    EXPECT_EQ(knowledge.studied_cards, 2);
    EXPECT_NEAR(knowledge.estimated_known, 1.9, 1e-12);

    input.retrievability = [](const CardRow& card, int64_t) { return card.card_id * 0.25; };
    EXPECT_NEAR(ComputeKnowledge(input).estimated_known, 0.75, 1e-12);
}

}  // namespace
}  // namespace summit::stats
