// Study-day numbering for UTC and for local days with a rollover hour, including DST changes
// (the time zone is set through TZ for each case).
#include "app/scheduler/day_rule.h"

#include <gtest/gtest.h>

#include "tests/support/time_zone.h"

namespace summit::study {
namespace {

constexpr int64_t kHour = 3'600'000;
constexpr int64_t kDay = 24 * kHour;

using summit::testing::ScopedTimeZone;

TEST(DayRule, UtcDaysAreCalendarDates) {
    const DayRule utc{DayRule::kUtc, 4};
    const int64_t midnight = 19'884 * kDay;  // 2024-06-10 00:00 UTC
    EXPECT_EQ(DayNumber(midnight, utc), 19'884);
    EXPECT_EQ(DayNumber(midnight - 1, utc), 19'883);
    EXPECT_EQ(ElapsedDays(midnight - 60'000, midnight + 60'000, utc), 1);
    EXPECT_EQ(ElapsedDays(midnight + 60'000, midnight + kDay - 60'000, utc), 0);
    EXPECT_EQ(NextDayStartMs(midnight + 5 * kHour, utc), midnight + kDay);
    EXPECT_EQ(NextDayStartMs(midnight, utc), midnight + kDay);
    EXPECT_EQ(DayNumber(-1, utc), -1);
}

TEST(DayRule, LocalDaysRollOverAtTheConfiguredHour) {
    ScopedTimeZone tz("Europe/Berlin");
    const DayRule local{DayRule::kLocal, 4};
    // 2024-06-10 in Berlin is UTC+2: local 04:00 = 02:00 UTC.
    const int64_t rollover = 19'884 * kDay + 2 * kHour;
    EXPECT_EQ(DayNumber(rollover, local), 19'884);
    EXPECT_EQ(DayNumber(rollover - 1, local), 19'883);  // 03:59:59.999 still yesterday
    EXPECT_EQ(NextDayStartMs(rollover - 1, local), rollover);
    EXPECT_EQ(NextDayStartMs(rollover, local), rollover + kDay);
    // Local midnight does not start a new day with a 4 am rollover.
    EXPECT_EQ(ElapsedDays(rollover - 5 * kHour, rollover - 1 * kHour, local), 0);
    const DayRule midnight_rule{DayRule::kLocal, 0};
    EXPECT_EQ(ElapsedDays(rollover - 5 * kHour, rollover - 1 * kHour, midnight_rule), 1);
}

TEST(DayRule, LocalDaysFollowDaylightSavingChanges) {
    ScopedTimeZone tz("America/New_York");
    const DayRule local{DayRule::kLocal, 4};
    // Spring forward on 2024-03-10: 04:00 EST on the 9th is 09:00 UTC, 04:00 EDT on the 10th
    // is 08:00 UTC, so that study day lasts 23 hours.
    const int64_t mar9_start = 19'791 * kDay + 9 * kHour;
    const int64_t mar10_start = 19'792 * kDay + 8 * kHour;
    EXPECT_EQ(NextDayStartMs(mar9_start + kHour, local), mar10_start);
    EXPECT_EQ(DayNumber(mar10_start - 1, local), 19'791);
    EXPECT_EQ(DayNumber(mar10_start, local), 19'792);
    // Fall back on 2024-11-03: 04:00 EDT on the 2nd is 08:00 UTC, 04:00 EST on the 3rd is
    // 09:00 UTC, a 25-hour study day.
    const int64_t nov2_start = 20'029 * kDay + 8 * kHour;
    const int64_t nov3_start = 20'030 * kDay + 9 * kHour;
    EXPECT_EQ(NextDayStartMs(nov2_start, local), nov3_start);
    EXPECT_EQ(DayNumber(nov3_start - 1, local), 20'029);
    EXPECT_EQ(ElapsedDays(nov2_start, nov3_start, local), 1);
}

TEST(DayRule, RolloverHourInsideTheSpringGapStartsAtTheFirstValidInstant) {
    ScopedTimeZone tz("America/New_York");
    const DayRule local{DayRule::kLocal, 2};  // 02:00 does not exist on 2024-03-10
    const int64_t mar9_noon = 19'791 * kDay + 17 * kHour;
    const int64_t next = NextDayStartMs(mar9_noon, local);
    EXPECT_EQ(next, 19'792 * kDay + 7 * kHour);  // 03:00 EDT = 07:00 UTC
    EXPECT_EQ(DayNumber(next, local), 19'792);
}

}  // namespace
}  // namespace summit::study
