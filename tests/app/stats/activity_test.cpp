// Today, streak and answers-per-day on hand-built review logs, across time zones and rollover.
#include <limits>

#include <gtest/gtest.h>

#include "app/stats/charts.h"
#include "stats_test_util.h"

namespace summit::stats {
namespace {

using testing::kDayMs;
using testing::LocalMs;
using testing::Review;
using testing::TzGuard;

StatsInput InputAt(int64_t now_ms) {
    StatsInput input;
    input.now_ms = now_ms;
    input.day_rule = {study::DayRule::kLocal, 4};
    return input;
}

TEST(TodayTest, CountsOnlyTodaysStudyDayInNewYork) {
    TzGuard tz("America/New_York");
    StatsInput input = InputAt(LocalMs(2026, 11, 29, 12));
    input.reviews = {
        Review(1, LocalMs(2026, 11, 29, 3, 59), Rating::kGood),  // still yesterday
        Review(2, LocalMs(2026, 11, 29, 4, 0), Rating::kGood),
        Review(3, LocalMs(2026, 11, 29, 11, 30), Rating::kAgain),
        Review(4, LocalMs(2026, 11, 28, 12), Rating::kEasy),
    };
    input.reviews[2].duration_ms = 50'000;
    const DayIndex days = ReportDayIndex(input.day_rule, input.now_ms);
    const TodayStats today = ComputeToday(input, days);
    EXPECT_EQ(DateString(today.day), "2026-11-29");
    EXPECT_EQ(today.reviews, 2);
    EXPECT_EQ(today.correct, 1);
    EXPECT_EQ(today.time_ms, 60'000);
    EXPECT_TRUE(today.studied_today);
    EXPECT_EQ(today.streak_days, 2);
}

TEST(TodayTest, JustBeforeRolloverIsStillYesterdayInKolkata) {
    TzGuard tz("Asia/Kolkata");
    // At 03:30 on the 29th the study day is the 28th.
    StatsInput input = InputAt(LocalMs(2026, 11, 29, 3, 30));
    input.reviews = {Review(1, LocalMs(2026, 11, 28, 22), Rating::kGood),
                     Review(2, LocalMs(2026, 11, 29, 3, 10), Rating::kHard)};
    const DayIndex days = ReportDayIndex(input.day_rule, input.now_ms);
    const TodayStats today = ComputeToday(input, days);
    EXPECT_EQ(DateString(today.day), "2026-11-28");
    EXPECT_EQ(today.reviews, 2);
}

TEST(StreakTest, StopsAtAGap) {
    TzGuard tz("America/New_York");
    StatsInput input = InputAt(LocalMs(2026, 11, 29, 12));
    for (int day : {29, 28, 27, 25, 24}) {  // nothing on the 26th
        input.reviews.push_back(Review(day, LocalMs(2026, 11, day, 9), Rating::kGood));
    }
    const DayIndex days = ReportDayIndex(input.day_rule, input.now_ms);
    EXPECT_EQ(ComputeStreak(input, days), 3);
}

TEST(StreakTest, SurvivesUntilTodayEndsWithoutAReviewYet) {
    TzGuard tz("America/New_York");
    StatsInput input = InputAt(LocalMs(2026, 11, 29, 12));
    input.reviews = {Review(1, LocalMs(2026, 11, 28, 9), Rating::kGood),
                     Review(2, LocalMs(2026, 11, 27, 9), Rating::kGood)};
    const DayIndex days = ReportDayIndex(input.day_rule, input.now_ms);
    EXPECT_EQ(ComputeStreak(input, days), 2);

    // A review at 02:00 on the 29th belongs to the 28th; two days without study break it.
    input.now_ms = LocalMs(2026, 11, 30, 12);
    input.reviews = {Review(1, LocalMs(2026, 11, 29, 2), Rating::kGood)};
    const DayIndex later = ReportDayIndex(input.day_rule, input.now_ms);
    EXPECT_EQ(ComputeStreak(input, later), 0);
}

TEST(StreakTest, ReachesBeyondOneYear) {
    const study::DayRule utc{study::DayRule::kUtc, 0};
    StatsInput input = InputAt(20'786 * kDayMs + 3'600'000);
    input.day_rule = utc;
    for (int64_t d = 0; d < 500; ++d) {
        input.reviews.push_back(Review(d, (20'786 - d) * kDayMs + 60'000, Rating::kGood));
    }
    const DayIndex days = ReportDayIndex(input.day_rule, input.now_ms);
    EXPECT_EQ(ComputeStreak(input, days), 500);
}

TEST(StreakTest, ABogusAncientReviewDoesNotBlowUpTheIndex) {
    const study::DayRule utc{study::DayRule::kUtc, 0};
    StatsInput input = InputAt(20'786 * kDayMs + 3'600'000);
    input.day_rule = utc;
    for (int64_t d = 0; d < 400; ++d) {
        input.reviews.push_back(Review(d, (20'786 - d) * kDayMs + 60'000, Rating::kGood));
    }
    input.reviews.push_back(Review(999, std::numeric_limits<int64_t>::min() / 2, Rating::kGood));
    const DayIndex days = ReportDayIndex(input.day_rule, input.now_ms);
    EXPECT_EQ(ComputeStreak(input, days), 400);
}

TEST(ReviewsPerDayTest, StacksByPhaseWithZeroDays) {
    TzGuard tz("Asia/Kolkata");
    StatsInput input = InputAt(LocalMs(2026, 11, 29, 12));
    input.reviews = {
        Review(1, LocalMs(2026, 11, 29, 5), Rating::kGood, CardPhase::kNew),
        Review(2, LocalMs(2026, 11, 29, 6), Rating::kGood, CardPhase::kLearning),
        Review(3, LocalMs(2026, 11, 29, 3, 59), Rating::kAgain, CardPhase::kReview),  // 28th
        Review(4, LocalMs(2026, 11, 27, 23), Rating::kGood, CardPhase::kRelearning),
        Review(5, LocalMs(2026, 11, 26, 23), Rating::kGood, CardPhase::kReview),  // outside
    };
    const DayIndex days = ReportDayIndex(input.day_rule, input.now_ms);
    const std::vector<DayCount> counts = ComputeReviewsPerDay(input, days, 3);
    ASSERT_EQ(counts.size(), 3u);
    EXPECT_EQ(DateString(counts[0].day), "2026-11-27");
    EXPECT_EQ(counts[0].relearning, 1);
    EXPECT_EQ(counts[0].Total(), 1);
    EXPECT_EQ(DateString(counts[1].day), "2026-11-28");
    EXPECT_EQ(counts[1].review, 1);
    EXPECT_EQ(counts[1].Total(), 1);
    EXPECT_EQ(DateString(counts[2].day), "2026-11-29");
    EXPECT_EQ(counts[2].new_cards, 1);
    EXPECT_EQ(counts[2].learning, 1);
    EXPECT_EQ(counts[2].time_ms, 20'000);
}

TEST(ReviewsPerDayTest, EmptyWindowGivesNoDays) {
    StatsInput input = InputAt(20'786 * kDayMs);
    const DayIndex days = ReportDayIndex(input.day_rule, input.now_ms);
    EXPECT_TRUE(ComputeReviewsPerDay(input, days, 0).empty());
    EXPECT_EQ(ComputeReviewsPerDay(input, days, 365).size(), 365u);
}

}  // namespace
}  // namespace summit::stats
