// Study-day arithmetic for UTC and for local days with a rollover hour.
#include "app/scheduler/day_rule.h"

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

// The local calendar date that the study day containing `ms` is named after.
std::tm LocalStudyDate(int64_t ms, int rollover_hour) {
    const std::time_t seconds = static_cast<std::time_t>(FloorDiv(ms, 1000));
    std::tm local{};
    localtime_r(&seconds, &local);
    if (local.tm_hour < rollover_hour) {
        // Step back one calendar date; mktime normalises day 0 into the previous month.
        local.tm_mday -= 1;
        local.tm_hour = 12;
        local.tm_isdst = -1;
        std::time_t noon = std::mktime(&local);
        localtime_r(&noon, &local);
    }
    return local;
}

}  // namespace

int64_t DayNumber(int64_t ms, const DayRule& rule) {
    if (rule.kind == DayRule::kUtc) {
        return FloorDiv(ms, kMsPerDay);
    }
    assert(rule.rollover_hour >= 0 && rule.rollover_hour < 24);
    const std::tm date = LocalStudyDate(ms, rule.rollover_hour);
    return DaysFromCivil(date.tm_year + 1900, date.tm_mon + 1, date.tm_mday);
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
    std::tm next = LocalStudyDate(now_ms, rule.rollover_hour);
    next.tm_mday += 1;
    next.tm_hour = rule.rollover_hour;
    next.tm_min = 0;
    next.tm_sec = 0;
    next.tm_isdst = -1;
    const std::time_t start = std::mktime(&next);
    return static_cast<int64_t>(start) * 1000;
}

}  // namespace summit::study
