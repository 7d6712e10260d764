// Where one study day ends and the next begins. Elapsed days between reviews are counted in
// these days, so the rule decides whether two reviews are "the same day" for the scheduler.
#pragma once

#include <cstdint>

namespace summit::study {

struct DayRule {
    enum Kind { kUtc, kLocal };
    Kind kind = kUtc;       // kUtc: UTC calendar dates (ts-fsrs parity); kLocal: system time zone
    int rollover_hour = 4;  // kLocal only: local hour, 0..23, at which a new day starts; default 4
};

// The index of the study day containing `ms` (ms since the Unix epoch). For kUtc this is
// floor(ms / 86'400'000); for kLocal it is the number of days from 1970-01-01 to the local
// calendar date, where times before the rollover hour belong to the previous date. Local time
// comes from localtime_r alone (no mktime), so it follows DST and the TZ environment variable as
// of the last tzset(); neither function re-reads the time zone per call.
int64_t DayNumber(int64_t ms, const DayRule& rule);

// Whole study days from `from_ms` to `to_ms` (negative when to_ms is on an earlier day).
int64_t ElapsedDays(int64_t from_ms, int64_t to_ms, const DayRule& rule);

// The first instant (ms) of the study day after the one containing `now_ms`. For kLocal this
// is the rollover hour of the next local date; when DST makes that hour not exist, the first
// existing instant after it.
int64_t NextDayStartMs(int64_t now_ms, const DayRule& rule);

// A date of the proleptic Gregorian calendar.
struct CivilDate {
    int64_t year = 1970;
    int month = 1;  // 1..12
    int day = 1;    // 1..31
};

// Days since 1970-01-01 of a calendar date, and the date of such a day number. Exact for any
// day a timestamp can name, before 1970 too; statistics use them to label study days.
int64_t DaysFromCivil(int64_t year, int month, int day);
CivilDate CivilFromDays(int64_t day);

}  // namespace summit::study
