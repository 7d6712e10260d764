// Cached study-day boundaries and civil-date formatting for statistics.
#include "app/stats/day_index.h"

#include <cassert>
#include <cstdio>

namespace summit::stats {
namespace {

constexpr int64_t kMsPerDay = 86'400'000;
constexpr int64_t kMsPerHour = 3'600'000;

int64_t FloorDiv(int64_t a, int64_t b) {
    int64_t q = a / b;
    if ((a % b != 0) && ((a < 0) != (b < 0))) {
        --q;
    }
    return q;
}

}  // namespace

DayIndex::DayIndex(const study::DayRule& rule, int64_t from_ms, int64_t to_ms) : rule_(rule) {
    assert(from_ms <= to_ms);
    // The first boundary after from_ms starts the cache; the boundary after to_ms ends it, so
    // every cached day is complete.
    int64_t start = study::NextDayStartMs(from_ms, rule_);
    starts_.reserve(static_cast<size_t>((to_ms - from_ms) / kMsPerDay + 3));
    days_.reserve(starts_.capacity());
    while (true) {
        starts_.push_back(start);
        days_.push_back(study::DayNumber(start, rule_));
        if (start > to_ms) {
            break;
        }
        start = study::NextDayStartMs(start, rule_);
    }
}

int64_t DayIndex::Day(int64_t ms) const {
    if (starts_.size() < 2 || ms < starts_.front() || ms >= starts_.back()) {
        return study::DayNumber(ms, rule_);
    }
    // Days are 23 to 25 hours long, so the estimate is at most one day off.
    const size_t last = starts_.size() - 2;
    size_t i = static_cast<size_t>((ms - starts_.front()) / kMsPerDay);
    if (i > last) {
        i = last;
    }
    while (i > 0 && ms < starts_[i]) {
        --i;
    }
    while (i < last && ms >= starts_[i + 1]) {
        ++i;
    }
    return days_[i];
}

int64_t DayIndex::StartMs(int64_t day) const {
    if (!days_.empty() && day >= days_.front() && day <= days_.back()) {
        size_t i = static_cast<size_t>(day - days_.front());
        if (i < days_.size() && days_[i] == day) {
            return starts_[i];
        }
        for (size_t j = 0; j < days_.size(); ++j) {
            if (days_[j] >= day) {
                return starts_[j];
            }
        }
    }
    // Outside the cache: walk from noon UTC of that date to an instant of the day before, whose
    // next boundary is the start wanted.
    int64_t t = day * kMsPerDay + 12 * kMsPerHour;
    while (study::DayNumber(t, rule_) >= day) {
        t -= 6 * kMsPerHour;
    }
    while (study::DayNumber(t + 6 * kMsPerHour, rule_) < day) {
        t += 6 * kMsPerHour;
    }
    return study::NextDayStartMs(t, rule_);
}

DayIndex ReportDayIndex(const study::DayRule& rule, int64_t now_ms) {
    return DayIndex(rule, now_ms - 400 * kMsPerDay, now_ms + 40 * kMsPerDay);
}

std::string DateString(int64_t day) {
    // Civil date from days since 1970-01-01 (Howard Hinnant's algorithm).
    const int64_t z = day + 719468;
    const int64_t era = FloorDiv(z, 146097);
    const int64_t doe = z - era * 146097;
    const int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const int64_t mp = (5 * doy + 2) / 153;
    const int64_t d = doy - (153 * mp + 2) / 5 + 1;
    const int64_t m = mp < 10 ? mp + 3 : mp - 9;
    const int64_t y = yoe + era * 400 + (m <= 2 ? 1 : 0);
    char buffer[64];
    std::snprintf(buffer, sizeof buffer, "%04lld-%02lld-%02lld", static_cast<long long>(y),
                  static_cast<long long>(m), static_cast<long long>(d));
    return buffer;
}

int Weekday(int64_t day) {
    // 1970-01-01 was a Thursday.
    return static_cast<int>(((day % 7) + 7 + 4) % 7);
}

}  // namespace summit::stats
