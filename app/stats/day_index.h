// Fast study-day lookup for statistics. Local day numbers come from localtime_r, which is far
// too slow to call a million times per report; this caches the day boundaries of a range once.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "app/scheduler/day_rule.h"

namespace summit::stats {

// Maps instants to study days under one DayRule, identically to study::DayNumber. Days between
// `from_ms` and `to_ms` (given at construction) take O(1); anything outside falls back to
// study::DayNumber. Reads the time zone (TZ) at construction: build a new index after changing
// it. Immutable after construction, so it may be shared between threads.
class DayIndex {
  public:
    DayIndex(const study::DayRule& rule, int64_t from_ms, int64_t to_ms);

    // The index of the study day containing `ms` (days since 1970-01-01 of its date).
    int64_t Day(int64_t ms) const;

    // The first instant (ms) of study day `day`.
    int64_t StartMs(int64_t day) const;

    const study::DayRule& rule() const { return rule_; }

  private:
    study::DayRule rule_;
    std::vector<int64_t> starts_;  // starts_[i] is the first ms of study day days_[i]
    std::vector<int64_t> days_;    // strictly increasing; normally consecutive
};

// The index covering everything a report looks at for `now_ms`: the 400 days before it and the
// 40 days after.
DayIndex ReportDayIndex(const study::DayRule& rule, int64_t now_ms);

// "YYYY-MM-DD" of a day number (days since 1970-01-01).
std::string DateString(int64_t day);

// Day of the week of a day number: 0 = Sunday .. 6 = Saturday.
int Weekday(int64_t day);

}  // namespace summit::stats
