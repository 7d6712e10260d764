// DayIndex must agree with the scheduler's DayNumber everywhere, including DST and rollover.
#include "app/stats/day_index.h"

#include <gtest/gtest.h>

#include "stats_test_util.h"

namespace summit::stats {
namespace {

using testing::LocalMs;
using testing::TzGuard;

constexpr study::DayRule kLocal4{study::DayRule::kLocal, 4};

TEST(DayIndexTest, MatchesDayNumberAcrossDstInNewYork) {
    TzGuard tz("America/New_York");
    const int64_t now = LocalMs(2026, 11, 29, 12);
    const DayIndex days = ReportDayIndex(kLocal4, now);
    // Every 7 minutes over 430 days crosses both DST changes of 2026 at many offsets.
    for (int64_t ms = now - 410 * testing::kDayMs; ms < now + 45 * testing::kDayMs;
         ms += 7 * 60'000) {
        ASSERT_EQ(days.Day(ms), study::DayNumber(ms, kLocal4)) << "at ms " << ms;
    }
}

TEST(DayIndexTest, RolloverHourStartsTheDayInKolkata) {
    TzGuard tz("Asia/Kolkata");
    const int64_t now = LocalMs(2026, 11, 29, 12);
    const DayIndex days = ReportDayIndex(kLocal4, now);
    EXPECT_EQ(DateString(days.Day(LocalMs(2026, 11, 29, 3, 59))), "2026-11-28");
    EXPECT_EQ(DateString(days.Day(LocalMs(2026, 11, 29, 4, 0))), "2026-11-29");
    EXPECT_EQ(DateString(days.Day(LocalMs(2026, 11, 30, 3, 59))), "2026-11-29");
    EXPECT_EQ(days.StartMs(days.Day(now)), LocalMs(2026, 11, 29, 4, 0));
}

TEST(DayIndexTest, StartMsOutsideTheCacheIsTheRolloverInstant) {
    TzGuard tz("America/New_York");
    const DayIndex days = ReportDayIndex(kLocal4, LocalMs(2026, 11, 29, 12));
    const int64_t old_day = study::DayNumber(LocalMs(2020, 3, 8, 12), kLocal4);
    // 2020-03-08 is a DST change in New York; 4 am exists (the jump is at 2 am).
    EXPECT_EQ(days.StartMs(old_day), LocalMs(2020, 3, 8, 4, 0));
    EXPECT_EQ(days.Day(LocalMs(2020, 3, 8, 3, 59)), old_day - 1);
}

TEST(DayIndexTest, UtcRuleUsesUtcMidnight) {
    const study::DayRule utc{study::DayRule::kUtc, 0};
    const DayIndex days = ReportDayIndex(utc, 20'786 * testing::kDayMs + 5);
    EXPECT_EQ(days.Day(20'786 * testing::kDayMs), 20'786);
    EXPECT_EQ(days.Day(20'786 * testing::kDayMs - 1), 20'785);
    EXPECT_EQ(days.StartMs(20'787), 20'787 * testing::kDayMs);
}

TEST(DayIndexTest, DateStringAndWeekday) {
    EXPECT_EQ(DateString(0), "1970-01-01");
    EXPECT_EQ(DateString(11'016), "2000-02-29");
    EXPECT_EQ(DateString(20'786), "2026-11-29");
    EXPECT_EQ(DateString(-1), "1969-12-31");
    EXPECT_EQ(Weekday(0), 4);       // Thursday
    EXPECT_EQ(Weekday(20'786), 0);  // 2026-11-29 is a Sunday
    EXPECT_EQ(Weekday(-1), 3);
}

}  // namespace
}  // namespace summit::stats
