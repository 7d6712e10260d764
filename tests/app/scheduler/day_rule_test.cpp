// Study-day numbering for UTC and for local days with a rollover hour, including DST changes
// (the time zone is set through TZ for each case).
#include "app/scheduler/day_rule.h"

#include <ctime>

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

// Instants as a UTC day number (days since 1970-01-01) and a time of that UTC day.
int64_t Utc(int64_t day, int hour, int minute = 0) {
    return day * kDay + hour * kHour + int64_t{minute} * 60'000;
}

// Study days as the calendar and mktime define them, the way day_rule.cpp computed them before it
// stopped calling mktime: the reference the faster path must agree with.
int64_t ReferenceDayNumber(int64_t ms, int rollover_hour) {
    std::time_t seconds = static_cast<std::time_t>(ms >= 0 ? ms / 1000 : (ms - 999) / 1000);
    std::tm local{};
    localtime_r(&seconds, &local);
    if (local.tm_hour < rollover_hour) {
        local.tm_mday -= 1;
        local.tm_hour = 12;
        local.tm_isdst = -1;
        seconds = std::mktime(&local);
        localtime_r(&seconds, &local);
    }
    return DaysFromCivil(local.tm_year + 1900, local.tm_mon + 1, local.tm_mday);
}

TEST(DayRule, LocalDaysAgreeWithTheCalendarThroughAYearOfEveryKindOfZone) {
    // DST both ways in each hemisphere, half-hour offsets with and without DST, a half-hour DST
    // change (Lord Howe) and no DST: every 37 minutes of 2024, under three rollover hours.
    for (const char* zone : {"America/New_York", "Europe/Berlin", "America/Santiago",
                             "Australia/Adelaide", "Australia/Lord_Howe", "Asia/Kolkata", "UTC"}) {
        ScopedTimeZone tz(zone);
        for (const int rollover : {0, 2, 4}) {
            const DayRule local{DayRule::kLocal, rollover};
            for (int64_t t = Utc(19'723, 0); t < Utc(20'089, 0); t += 37 * 60'000) {
                const int64_t day = DayNumber(t, local);
                ASSERT_EQ(day, ReferenceDayNumber(t, rollover)) << zone << " at " << t;
                const int64_t next = NextDayStartMs(t, local);
                ASSERT_GT(next, t) << zone << " at " << t;
                ASSERT_LE(next - t, 26 * kHour) << zone << " at " << t;
                ASSERT_EQ(DayNumber(next, local), day + 1) << zone << " at " << t;
                ASSERT_EQ(DayNumber(next - 1, local), day) << zone << " at " << t;
            }
        }
    }
}

TEST(DayRule, HalfHourZoneDaysFollowBothDaylightSavingChanges) {
    ScopedTimeZone tz("Australia/Adelaide");  // UTC+9:30, +10:30 in summer
    const DayRule local{DayRule::kLocal, 4};
    // Summer ends on 2024-04-07 (03:00 back to 02:00): 04:00 on the 6th is 17:30 UTC on the 5th,
    // 04:00 on the 7th is 18:30 UTC on the 6th, a 25-hour study day.
    EXPECT_EQ(NextDayStartMs(Utc(19'818, 12), local), Utc(19'818, 17, 30));
    EXPECT_EQ(NextDayStartMs(Utc(19'818, 17, 30), local), Utc(19'819, 18, 30));
    EXPECT_EQ(DayNumber(Utc(19'819, 18, 30) - 1, local), 19'819);
    EXPECT_EQ(DayNumber(Utc(19'819, 18, 30), local), 19'820);
    // Summer starts on 2024-10-06 (02:00 forward to 03:00): a 23-hour day from 18:30 UTC on the
    // 4th to 17:30 UTC on the 5th.
    EXPECT_EQ(NextDayStartMs(Utc(20'000, 18, 30), local), Utc(20'001, 17, 30));
    EXPECT_EQ(ElapsedDays(Utc(20'000, 18, 30), Utc(20'001, 17, 29), local), 0);
    EXPECT_EQ(ElapsedDays(Utc(20'000, 18, 30), Utc(20'001, 17, 30), local), 1);
}

TEST(DayRule, HalfHourDaylightSavingChangeMovesTheDayStartByHalfAnHour) {
    ScopedTimeZone tz("Australia/Lord_Howe");  // UTC+10:30, +11:00 in summer
    const DayRule local{DayRule::kLocal, 4};
    // 2024-04-07: 02:00 back to 01:30, so the 6th lasts 24.5 hours.
    EXPECT_EQ(NextDayStartMs(Utc(19'818, 12), local), Utc(19'818, 17));
    EXPECT_EQ(NextDayStartMs(Utc(19'818, 17), local), Utc(19'819, 17, 30));
    // 2024-10-06: 02:00 forward to 02:30, so the 5th lasts 23.5 hours.
    EXPECT_EQ(NextDayStartMs(Utc(20'000, 17, 30), local), Utc(20'001, 17));
    // With a 2 am rollover the day starts when the clock jumps from 01:59:59 to 02:30.
    const DayRule two_am{DayRule::kLocal, 2};
    EXPECT_EQ(NextDayStartMs(Utc(20'001, 3), two_am), Utc(20'001, 15, 30));
    EXPECT_EQ(DayNumber(Utc(20'001, 15, 30) - 1, two_am), 20'001);
}

TEST(DayRule, RolloverHourThatRepeatsStartsTheDayAtItsFirstOccurrence) {
    ScopedTimeZone tz("America/New_York");
    const DayRule one_am{DayRule::kLocal, 1};  // 01:00 happens twice on 2024-11-03
    // 01:00 EDT is 05:00 UTC; 01:00 EST an hour later would leave 01:00-02:00 EDT in no day.
    EXPECT_EQ(NextDayStartMs(Utc(20'029, 12), one_am), Utc(20'030, 5));
    EXPECT_EQ(DayNumber(Utc(20'030, 5), one_am), 20'030);
    EXPECT_EQ(DayNumber(Utc(20'030, 5) - 1, one_am), 20'029);
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
