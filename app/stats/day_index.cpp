// Cached study-day boundaries and civil-date formatting for statistics.
#include "app/stats/day_index.h"

#include <cassert>
#include <cstdio>

namespace summit::stats {
namespace {

constexpr int64_t kMsPerDay = 86'400'000;
constexpr int64_t kMsPerHour = 3'600'000;

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
    const study::CivilDate date = study::CivilFromDays(day);
    char buffer[64];
    std::snprintf(buffer, sizeof buffer, "%04lld-%02d-%02d", static_cast<long long>(date.year),
                  date.month, date.day);
    return buffer;
}

int Weekday(int64_t day) {
    // 1970-01-01 was a Thursday.
    return static_cast<int>(((day % 7) + 7 + 4) % 7);
}

}  // namespace summit::stats
