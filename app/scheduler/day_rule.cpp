// Study-day arithmetic for UTC and for local days with a rollover hour.
#include "app/scheduler/day_rule.h"

#include <algorithm>
#include <cassert>
#include <ctime>

namespace summit::study {
namespace {

constexpr int64_t kMsPerDay = 86'400'000;

int64_t FloorDiv(int64_t a, int64_t b) {
    int64_t q = a / b;
    if ((a % b != 0) && ((a < 0) != (b < 0))) {
        --q;
    }
    return q;
}

constexpr int64_t kSecondsPerDay = 86'400;

// Local wall-clock seconds (seconds since 1970-01-01 00:00 of the local calendar) of an instant.
// Only localtime_r: unlike mktime it does not call tzset, which with TZ unset stats (and may
// re-read) /etc/localtime on every call; an import replaying 300,000 reviews spent seconds there.
int64_t LocalWallSeconds(int64_t seconds) {
    const std::time_t t = static_cast<std::time_t>(seconds);
    std::tm local{};
    localtime_r(&t, &local);
    return seconds + static_cast<int64_t>(local.tm_gmtoff);
}

int64_t UtcOffsetSeconds(int64_t seconds) {
    return LocalWallSeconds(seconds) - seconds;
}

// The first instant (seconds) whose local wall clock reads `wall` or later: the earlier of the
// two when DST repeats that reading, the end of the gap when DST skips it. A zone's offset lies
// within -12..+14 hours, so the instant lies within a day of `wall` read as UTC, and its offset is
// the one a day before or a day after: since 1970 no zone of the tz database has changed its
// offset twice within a week (the closest pair, zdump over every zone, is 166 hours apart).
int64_t FirstInstantAtWall(int64_t wall) {
    const int64_t before = UtcOffsetSeconds(wall - kSecondsPerDay);
    const int64_t after = UtcOffsetSeconds(wall + kSecondsPerDay);
    const int64_t at_before = wall - before;
    const int64_t at_after = wall - after;
    const bool before_reads_wall = UtcOffsetSeconds(at_before) == before;
    const bool after_reads_wall = UtcOffsetSeconds(at_after) == after;
    if (before_reads_wall && after_reads_wall) {
        return std::min(at_before, at_after);
    }
    if (before_reads_wall || after_reads_wall) {
        return before_reads_wall ? at_before : at_after;
    }
    // A gap: the clock jumps from before `wall` to after it at one instant between the two
    // candidates; find it by bisection (the wall clock only rises across a forward jump).
    int64_t lo = std::min(at_before, at_after);  // reads earlier than `wall`
    int64_t hi = std::max(at_before, at_after);  // reads `wall` or later
    while (hi - lo > 1) {
        const int64_t mid = lo + (hi - lo) / 2;
        (LocalWallSeconds(mid) >= wall ? hi : lo) = mid;
    }
    return hi;
}

}  // namespace

int64_t DayNumber(int64_t ms, const DayRule& rule) {
    if (rule.kind == DayRule::kUtc) {
        return FloorDiv(ms, kMsPerDay);
    }
    assert(rule.rollover_hour >= 0 && rule.rollover_hour < 24);
    // Times before the rollover hour belong to the previous date: shifting the wall clock back
    // by the rollover hour names the study day's date directly.
    const int64_t wall = LocalWallSeconds(FloorDiv(ms, 1000));
    return FloorDiv(wall - int64_t{rule.rollover_hour} * 3600, kSecondsPerDay);
}

// Both directions are Howard Hinnant's civil-date algorithms: 400-year eras of 146,097 days
// starting on March 1, so the leap day falls at the end of each era-year.
int64_t DaysFromCivil(int64_t year, int month, int day) {
    year -= month <= 2 ? 1 : 0;
    const int64_t era = FloorDiv(year, 400);
    const int64_t yoe = year - era * 400;
    const int64_t doy = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1;
    const int64_t doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

CivilDate CivilFromDays(int64_t day) {
    const int64_t z = day + 719468;
    const int64_t era = FloorDiv(z, 146097);
    const int64_t doe = z - era * 146097;
    const int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const int64_t mp = (5 * doy + 2) / 153;
    const int d = static_cast<int>(doy - (153 * mp + 2) / 5 + 1);
    const int m = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
    return {yoe + era * 400 + (m <= 2 ? 1 : 0), m, d};
}

int64_t ElapsedDays(int64_t from_ms, int64_t to_ms, const DayRule& rule) {
    return DayNumber(to_ms, rule) - DayNumber(from_ms, rule);
}

int64_t NextDayStartMs(int64_t now_ms, const DayRule& rule) {
    if (rule.kind == DayRule::kUtc) {
        return (FloorDiv(now_ms, kMsPerDay) + 1) * kMsPerDay;
    }
    const int64_t next_wall =
        (DayNumber(now_ms, rule) + 1) * kSecondsPerDay + int64_t{rule.rollover_hour} * 3600;
    return FirstInstantAtWall(next_wall) * 1000;
}

}  // namespace summit::study
