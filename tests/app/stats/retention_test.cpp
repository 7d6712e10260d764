// True retention: review-phase cards only, first answer per card and study day, Again = fail.
#include <gtest/gtest.h>

#include "app/stats/charts.h"
#include "stats_test_util.h"

namespace summit::stats {
namespace {

using testing::kDayMs;
using testing::LocalMs;
using testing::Review;
using testing::TzGuard;

constexpr int64_t kToday = 20'786;
constexpr int64_t kHourMs = 3'600'000;

int64_t UtcAt(int64_t days_ago, int hour) {
    return (kToday - days_ago) * kDayMs + hour * kHourMs;
}

void ExpectCell(const RetentionCell& cell, int passed, int failed) {
    EXPECT_EQ(cell.passed, passed);
    EXPECT_EQ(cell.failed, failed);
}

TEST(RetentionTest, FirstReviewPerDayYoungMatureAndPeriods) {
    StatsInput input;
    input.now_ms = UtcAt(0, 12);
    input.day_rule = {study::DayRule::kUtc, 0};
    const CardPhase review = CardPhase::kReview;
    input.reviews = {
        // Card 1, today: Again at 08:00 then Good at 09:00, listed out of order. Only the
        // Again counts.
        Review(1, UtcAt(0, 9), Rating::kGood, review, 3),
        Review(1, UtcAt(0, 8), Rating::kAgain, review, 3),
        Review(1, UtcAt(1, 8), Rating::kGood, review, 3),
        Review(2, UtcAt(0, 10), Rating::kGood, review, 30),    // mature, today
        Review(3, UtcAt(3, 10), Rating::kHard, review, 20),    // young: 20 < 21
        Review(4, UtcAt(20, 10), Rating::kAgain, review, 21),  // mature: 21 >= 21
        Review(5, UtcAt(100, 10), Rating::kGood, review, 5),
        Review(6, UtcAt(0, 11), Rating::kAgain, CardPhase::kLearning, 0),    // not review
        Review(7, UtcAt(0, 11), Rating::kAgain, CardPhase::kRelearning, 0),  // not review
        Review(8, UtcAt(400, 10), Rating::kAgain, review, 5),                // over a year
    };
    const DayIndex days = ReportDayIndex(input.day_rule, input.now_ms);
    const RetentionTable table = ComputeRetention(input, days);

    ExpectCell(table.young[kPeriodToday], 0, 1);
    ExpectCell(table.mature[kPeriodToday], 1, 0);
    ExpectCell(table.young[kPeriodWeek], 2, 1);
    ExpectCell(table.mature[kPeriodWeek], 1, 0);
    ExpectCell(table.young[kPeriodMonth], 2, 1);
    ExpectCell(table.mature[kPeriodMonth], 1, 1);
    ExpectCell(table.young[kPeriodYear], 3, 1);
    ExpectCell(table.mature[kPeriodYear], 1, 1);
    ExpectCell(table.all[kPeriodYear], 4, 2);
    ASSERT_TRUE(table.all[kPeriodYear].Rate().has_value());
    EXPECT_DOUBLE_EQ(*table.all[kPeriodYear].Rate(), 4.0 / 6.0);
}

TEST(RetentionTest, EmptyCellHasNoRate) {
    StatsInput input;
    input.now_ms = UtcAt(0, 12);
    input.day_rule = {study::DayRule::kUtc, 0};
    const DayIndex days = ReportDayIndex(input.day_rule, input.now_ms);
    const RetentionTable table = ComputeRetention(input, days);
    ExpectCell(table.all[kPeriodYear], 0, 0);
    EXPECT_FALSE(table.all[kPeriodYear].Rate().has_value());
}

TEST(RetentionTest, StudyDaysFollowTheLocalRollover) {
    TzGuard tz("Asia/Kolkata");
    StatsInput input;
    input.now_ms = LocalMs(2026, 11, 29, 23, 30);
    input.day_rule = {study::DayRule::kLocal, 4};
    input.reviews = {
        // 03:30 belongs to the 28th, so the 04:30 answer is the first of the 29th.
        Review(1, LocalMs(2026, 11, 29, 3, 30), Rating::kAgain),
        Review(1, LocalMs(2026, 11, 29, 4, 30), Rating::kGood),
        // Same study day: only the 04:30 Again counts, not the 23:00 Good.
        Review(2, LocalMs(2026, 11, 29, 4, 30), Rating::kAgain),
        Review(2, LocalMs(2026, 11, 29, 23, 0), Rating::kGood),
    };
    const DayIndex days = ReportDayIndex(input.day_rule, input.now_ms);
    const RetentionTable table = ComputeRetention(input, days);
    ExpectCell(table.young[kPeriodToday], 1, 1);
    ExpectCell(table.young[kPeriodWeek], 1, 2);
}

}  // namespace
}  // namespace summit::stats
