// Line-by-line readers of the two review-log files; strict, so a wrong file is named, not fitted.
#include "app/optimizer/revlog_files.h"

#include <algorithm>
#include <charconv>
#include <cstdint>
#include <string>

#include "app/scheduler/day_rule.h"

namespace summit::optimizer {
namespace {

Error ParseError(size_t line, const std::string& message) {
    return Error{ErrorCode::kParse, message, {}, static_cast<int>(line), 0};
}

// The next line of `text` from `pos` (without "\n" or "\r\n"); false at the end.
bool NextLine(std::string_view text, size_t& pos, std::string_view& line) {
    if (pos >= text.size()) {
        return false;
    }
    size_t end = text.find('\n', pos);
    if (end == std::string_view::npos) {
        end = text.size();
    }
    line = text.substr(pos, end - pos);
    if (!line.empty() && line.back() == '\r') {
        line.remove_suffix(1);
    }
    pos = end + 1;
    return true;
}

std::vector<std::string_view> Split(std::string_view text, char separator) {
    std::vector<std::string_view> parts;
    size_t start = 0;
    while (true) {
        const size_t at = text.find(separator, start);
        parts.push_back(
            text.substr(start, at == std::string_view::npos ? std::string_view::npos : at - start));
        if (at == std::string_view::npos) {
            return parts;
        }
        start = at + 1;
    }
}

template <class Int>
bool ParseInt(std::string_view text, Int& out) {
    const char* end = text.data() + text.size();
    auto [ptr, ec] = std::from_chars(text.data(), end, out);
    return ec == std::errc() && ptr == end && !text.empty();
}

// "YYYY-MM-DDTHH:MM:SS[.fraction](Z|+HH:MM|-HH:MM)" -> ms since the epoch.
bool ParseTimeWithOffset(std::string_view text, int64_t& ms) {
    int64_t year = 0;
    int month = 0, day = 0, hour = 0, minute = 0, second = 0;
    if (text.size() < 20 || text[4] != '-' || text[7] != '-' ||
        (text[10] != 'T' && text[10] != ' ') || text[13] != ':' || text[16] != ':' ||
        !ParseInt(text.substr(0, 4), year) || !ParseInt(text.substr(5, 2), month) ||
        !ParseInt(text.substr(8, 2), day) || !ParseInt(text.substr(11, 2), hour) ||
        !ParseInt(text.substr(14, 2), minute) || !ParseInt(text.substr(17, 2), second) ||
        month < 1 || month > 12 || day < 1 || day > 31 || hour > 23 || minute > 59 || second > 60) {
        return false;
    }
    size_t pos = 19;
    int64_t fraction_ms = 0;
    if (pos < text.size() && text[pos] == '.') {
        ++pos;
        int digits = 0;
        while (pos < text.size() && text[pos] >= '0' && text[pos] <= '9') {
            if (digits < 3) {
                fraction_ms = fraction_ms * 10 + (text[pos] - '0');
            }
            ++digits;
            ++pos;
        }
        if (digits == 0) {
            return false;
        }
        for (int d = digits; d < 3; ++d) {
            fraction_ms *= 10;
        }
    }
    int64_t offset_minutes = 0;
    const std::string_view zone = text.substr(pos);
    if (zone == "Z") {
        offset_minutes = 0;
    } else if (zone.size() == 6 && (zone[0] == '+' || zone[0] == '-') && zone[3] == ':') {
        int oh = 0, om = 0;
        if (!ParseInt(zone.substr(1, 2), oh) || !ParseInt(zone.substr(4, 2), om)) {
            return false;
        }
        offset_minutes = (zone[0] == '-' ? -1 : 1) * (oh * 60 + om);
    } else {
        return false;
    }
    const int64_t days = study::DaysFromCivil(year, month, day);
    const int64_t seconds = days * 86400 + hour * 3600 + minute * 60 + second - offset_minutes * 60;
    ms = seconds * 1000 + fraction_ms;
    return true;
}

std::string_view FirstLine(std::string_view text) {
    size_t pos = 0;
    std::string_view line;
    if (text.starts_with("\xEF\xBB\xBF")) {
        pos = 3;  // a UTF-8 byte order mark
    }
    return NextLine(text, pos, line) ? line : std::string_view();
}

bool ParseList(std::string_view text, std::vector<int>& out) {
    out.clear();
    for (std::string_view part : Split(text, ',')) {
        int value = 0;
        if (!ParseInt(part, value)) {
            return false;
        }
        out.push_back(value);
    }
    return true;
}

constexpr std::string_view kCsvHeader = "card_id,review_rating,review_time,review_duration";
constexpr std::string_view kTsvHeader = "t_history\tr_history\tdelta_ts\tys";

}  // namespace

Result<RevlogFormat> DetectRevlogFormat(std::string_view text) {
    const std::string_view header = FirstLine(text);
    if (header == kCsvHeader) {
        return RevlogFormat::kAnswerCsv;
    }
    if (header == kTsvHeader) {
        return RevlogFormat::kDayLevelTsv;
    }
    return Fail(ParseError(1, "the first line must be \"" + std::string(kCsvHeader) +
                                  "\" (answers) or the day-level header \"t_history, r_history, "
                                  "delta_ts, ys\" separated by tabs"));
}

Result<std::vector<ReviewEvent>> ReadAnswerCsv(std::string_view text) {
    if (auto format = DetectRevlogFormat(text); !format || *format != RevlogFormat::kAnswerCsv) {
        return Fail(ParseError(1, "the first line must be \"" + std::string(kCsvHeader) + "\""));
    }
    std::vector<ReviewEvent> events;
    size_t pos = text.find('\n') + 1;
    std::string_view line;
    size_t number = 1;
    while (NextLine(text, pos, line)) {
        ++number;
        if (line.empty()) {
            continue;
        }
        const auto fields = Split(line, ',');
        ReviewEvent event;
        if (fields.size() != 4 || !ParseInt(fields[0], event.card_id) ||
            !ParseInt(fields[1], event.grade) || !ParseTimeWithOffset(fields[2], event.time_ms)) {
            return Fail(ParseError(number,
                                   "expected card id, rating 1-4, an ISO-8601 time with "
                                   "its offset and a duration, separated by commas"));
        }
        if (event.grade < 1 || event.grade > 4) {
            return Fail(ParseError(
                number, "rating " + std::to_string(event.grade) + " is not 1 (Again) to 4 (Easy)"));
        }
        events.push_back(event);
    }
    // Without review states, a card's first answer is its first learning answer.
    std::vector<size_t> order(events.size());
    for (size_t i = 0; i < order.size(); ++i) {
        order[i] = i;
    }
    std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) {
        return events[a].card_id != events[b].card_id ? events[a].card_id < events[b].card_id
                                                      : events[a].time_ms < events[b].time_ms;
    });
    for (size_t i = 0; i < order.size(); ++i) {
        events[order[i]].card_was_new =
            i == 0 || events[order[i - 1]].card_id != events[order[i]].card_id;
    }
    return events;
}

Result<TrainingSet> ReadDayLevelTsv(std::string_view text) {
    if (auto format = DetectRevlogFormat(text); !format || *format != RevlogFormat::kDayLevelTsv) {
        return Fail(ParseError(1, "the first line must be the day-level header"));
    }
    TrainingSet set;
    size_t pos = text.find('\n') + 1;
    std::string_view line;
    size_t number = 1;
    std::vector<int> columns[4];
    while (NextLine(text, pos, line)) {
        ++number;
        if (line.empty()) {
            continue;
        }
        const auto fields = Split(line, '\t');
        bool ok = fields.size() == 4;
        for (size_t c = 0; ok && c < 4; ++c) {
            ok = ParseList(fields[c], columns[c]);
        }
        if (!ok) {
            return Fail(ParseError(number, "expected four tab-separated lists of whole numbers"));
        }
        if (auto added = AppendDayLevelCard(set, columns[0], columns[1], columns[2], columns[3]);
            !added) {
            return Fail(ParseError(number, added.error().message));
        }
    }
    return set;
}

}  // namespace summit::optimizer
