// Time-zone control for tests of local study days: a scoped TZ and local wall-clock instants.
// Header-only so any test binary can use it without linking the support library.
#pragma once

#include <cstdint>
#include <cstdlib>
#include <ctime>
#include <optional>
#include <string>

namespace summit::testing {

// Sets TZ for the lifetime of the guard and restores the previous value (or its absence)
// afterwards. Not thread-safe: TZ is process-wide, so tests using it must not run in parallel
// threads of one process (CTest runs each test in its own process).
class ScopedTimeZone {
  public:
    explicit ScopedTimeZone(const char* zone) {
        if (const char* old = std::getenv("TZ")) {
            old_ = old;
        }
        setenv("TZ", zone, 1);
        tzset();
    }
    ~ScopedTimeZone() {
        if (old_) {
            setenv("TZ", old_->c_str(), 1);
        } else {
            unsetenv("TZ");
        }
        tzset();
    }
    ScopedTimeZone(const ScopedTimeZone&) = delete;
    ScopedTimeZone& operator=(const ScopedTimeZone&) = delete;

  private:
    std::optional<std::string> old_;
};

// ms since the epoch of a local wall-clock time in the current TZ; mktime picks DST itself.
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

}  // namespace summit::testing
