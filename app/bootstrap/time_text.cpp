// ISO 8601 times for --now and for output.
#include "app/bootstrap/time_text.h"

#include <chrono>
#include <cstdio>
#include <ctime>

namespace summit::bootstrap {
namespace {

bool ReadDigits(std::string_view text, size_t& pos, int count, int& value) {
    value = 0;
    for (int i = 0; i < count; ++i, ++pos) {
        if (pos >= text.size() || text[pos] < '0' || text[pos] > '9') {
            return false;
        }
        value = value * 10 + (text[pos] - '0');
    }
    return true;
}

// Days in `month` (1..12) of the proleptic Gregorian `year`.
int DaysInMonth(int year, int month) {
    constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    return month == 2 && leap ? 29 : kDays[month - 1];
}

bool Expect(std::string_view text, size_t& pos, char c) {
    if (pos < text.size() && text[pos] == c) {
        ++pos;
        return true;
    }
    return false;
}

}  // namespace

Result<int64_t> ParseIsoTime(std::string_view text) {
    auto bad = [&] {
        return Fail(
            ErrorCode::kInvalidArgument,
            "'" + std::string(text) + "' is not an ISO 8601 time (e.g. 2024-05-01T10:00:00Z)");
    };
    std::tm tm{};
    size_t pos = 0;
    int year, month, day, hour = 0, minute = 0, second = 0, millis = 0;
    if (!ReadDigits(text, pos, 4, year) || !Expect(text, pos, '-') ||
        !ReadDigits(text, pos, 2, month) || !Expect(text, pos, '-') ||
        !ReadDigits(text, pos, 2, day)) {
        return bad();
    }
    if (pos < text.size()) {
        if (text[pos] != 'T' && text[pos] != ' ') {
            return bad();
        }
        ++pos;
        if (!ReadDigits(text, pos, 2, hour) || !Expect(text, pos, ':') ||
            !ReadDigits(text, pos, 2, minute)) {
            return bad();
        }
        const bool has_seconds = Expect(text, pos, ':');
        if (has_seconds && !ReadDigits(text, pos, 2, second)) {
            return bad();
        }
        // A fraction belongs to the seconds: "10:00.5" would be half a minute, not 500 ms.
        if (has_seconds && Expect(text, pos, '.')) {
            int scale = 100;
            size_t start = pos;
            while (pos < text.size() && text[pos] >= '0' && text[pos] <= '9') {
                millis += (text[pos++] - '0') * scale;
                scale /= 10;
            }
            if (pos == start) {
                return bad();
            }
        }
    }
    // mktime and timegm would quietly move 2023-02-29 to March 1st.
    if (month < 1 || month > 12 || day < 1 || day > DaysInMonth(year, month) || hour > 23 ||
        minute > 59 || second > 60) {
        return bad();
    }
    tm.tm_year = year - 1900;
    tm.tm_mon = month - 1;
    tm.tm_mday = day;
    tm.tm_hour = hour;
    tm.tm_min = minute;
    tm.tm_sec = second;

    int64_t seconds;
    if (pos == text.size()) {
        tm.tm_isdst = -1;  // local time: let the time zone decide
        seconds = std::mktime(&tm);
    } else {
        int offset_minutes = 0;
        if (text[pos] == 'Z' && pos + 1 == text.size()) {
            ++pos;
        } else if (text[pos] == '+' || text[pos] == '-') {
            int sign = text[pos++] == '-' ? -1 : 1;
            int oh, om = 0;
            if (!ReadDigits(text, pos, 2, oh)) {
                return bad();
            }
            Expect(text, pos, ':');
            if (pos < text.size() && !ReadDigits(text, pos, 2, om)) {
                return bad();
            }
            offset_minutes = sign * (oh * 60 + om);
        }
        if (pos != text.size()) {
            return bad();
        }
        seconds = timegm(&tm) - offset_minutes * 60;
    }
    return seconds * 1000 + millis;
}

std::string FormatIsoTimeUtc(int64_t ms) {
    std::time_t seconds = static_cast<std::time_t>(ms / 1000 - (ms % 1000 < 0 ? 1 : 0));
    std::tm tm{};
    gmtime_r(&seconds, &tm);
    // strftime's %Y does not pad years before 1000, and ParseIsoTime needs four digits.
    char buffer[64];
    std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02dT%02d:%02d:%02dZ", tm.tm_year + 1900,
                  tm.tm_mon + 1, tm.tm_mday, tm.tm_hour, tm.tm_min, tm.tm_sec);
    return buffer;
}

}  // namespace summit::bootstrap
