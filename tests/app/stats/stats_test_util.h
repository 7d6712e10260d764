// Small builders for statistics tests: a time-zone guard, local timestamps and row makers.
#pragma once

#include <cstdint>
#include <cstdlib>
#include <ctime>
#include <optional>
#include <string>
#include <utility>

#include "app/stats/rows.h"

namespace summit::stats::testing {

// Sets TZ for the lifetime of the guard and restores the previous value afterwards.
class TzGuard {
  public:
    explicit TzGuard(const char* tz) {
        if (const char* old = std::getenv("TZ")) {
            old_ = old;
        }
        setenv("TZ", tz, 1);
        tzset();
    }
    ~TzGuard() {
        if (old_) {
            setenv("TZ", old_->c_str(), 1);
        } else {
            unsetenv("TZ");
        }
        tzset();
    }
    TzGuard(const TzGuard&) = delete;
    TzGuard& operator=(const TzGuard&) = delete;

  private:
    std::optional<std::string> old_;
};

// ms since the epoch of a local wall-clock time in the current TZ.
inline int64_t LocalMs(int year, int month, int day, int hour, int minute = 0) {
    std::tm tm{};
    tm.tm_year = year - 1900;
    tm.tm_mon = month - 1;
    tm.tm_mday = day;
    tm.tm_hour = hour;
    tm.tm_min = minute;
    tm.tm_isdst = -1;
    return static_cast<int64_t>(std::mktime(&tm)) * 1000;
}

inline constexpr int64_t kDayMs = 86'400'000;

inline ReviewRow Review(int64_t card_id, int64_t time_ms, Rating rating,
                        CardPhase phase_before = CardPhase::kReview, int interval_before = 5) {
    ReviewRow row;
    row.card_id = card_id;
    row.question_id = card_id;
    row.time_ms = time_ms;
    row.rating = rating;
    row.correct = rating != Rating::kAgain;
    row.duration_ms = 10'000;
    row.phase_before = phase_before;
    row.interval_before_days = interval_before;
    return row;
}

inline CardRow Card(int64_t card_id, CardPhase phase, std::string topic = "") {
    CardRow row;
    row.card_id = card_id;
    row.question_id = card_id;
    row.topic = std::move(topic);
    row.phase = phase;
    return row;
}

}  // namespace summit::stats::testing
