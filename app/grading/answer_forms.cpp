// Equivalent answer forms (possessives and plurals, dates, country names) and the
// word-by-word near-miss test.
#include "app/grading/answer_forms.h"

#include <algorithm>
#include <array>
#include <optional>
#include <string>
#include <vector>

#include "app/grading/answer_text.h"
#include "app/grading/answer_unicode.h"

namespace summit::study {
namespace {

using Words = std::vector<std::u32string_view>;

Words SplitWords(std::u32string_view text) {
    Words words;
    size_t start = 0;
    while (start < text.size()) {
        size_t end = text.find(U' ', start);
        if (end == std::u32string_view::npos) {
            end = text.size();
        }
        if (end > start) {
            words.push_back(text.substr(start, end - start));
        }
        start = end + 1;
    }
    return words;
}

bool HasDigit(std::u32string_view word) {
    return std::ranges::any_of(word, [](char32_t c) { return IsDigit(c); });
}

bool EndsWith(std::u32string_view word, std::u32string_view tail) {
    return word.size() >= tail.size() && word.substr(word.size() - tail.size()) == tail;
}

// "mao" -> "maos" (also "mao's", whose apostrophe normalization dropped), "box" -> "boxes",
// "city" -> "cities". Numbers are left alone: "1990s" is a decade, not 1990.
bool IsPossessiveOrPlural(std::u32string_view given, std::u32string_view expected) {
    if (expected.size() < 2 || HasDigit(expected) || given.size() <= expected.size()) {
        return false;
    }
    const std::u32string_view tail = given.substr(expected.size());
    if (given.starts_with(expected) && (tail == U"s" || tail == U"es")) {
        return true;
    }
    return EndsWith(expected, U"y") && given.size() == expected.size() + 2 &&
           given.starts_with(expected.substr(0, expected.size() - 1)) && EndsWith(given, U"ies");
}

bool LastWordInflected(std::u32string_view given, std::u32string_view expected) {
    const Words g = SplitWords(given);
    const Words e = SplitWords(expected);
    if (g.empty() || g.size() != e.size() || !std::equal(g.begin(), g.end() - 1, e.begin())) {
        return false;
    }
    return IsPossessiveOrPlural(g.back(), e.back());
}

// ---- Dates ----

struct Date {
    int year = 0;
    int month = 0;
    int day = 0;
    bool operator==(const Date&) const = default;
};

std::optional<int> Number(std::u32string_view word) {
    // "12th", "1st", "2nd", "3rd": an ordinal day.
    for (const std::u32string_view suffix : {U"st", U"nd", U"rd", U"th"}) {
        if (word.size() > 2 && EndsWith(word, suffix)) {
            word = word.substr(0, word.size() - 2);
            break;
        }
    }
    if (word.empty() || word.size() > 4) {
        return std::nullopt;
    }
    int value = 0;
    for (const char32_t c : word) {
        if (c < U'0' || c > U'9') {
            return std::nullopt;
        }
        value = value * 10 + static_cast<int>(c - U'0');
    }
    return value;
}

std::optional<int> MonthName(std::u32string_view word) {
    static constexpr std::array<std::u32string_view, 12> kMonths = {
        U"january", U"february", U"march",     U"april",   U"may",      U"june",
        U"july",    U"august",   U"september", U"october", U"november", U"december"};
    for (size_t i = 0; i < kMonths.size(); ++i) {
        // The full name or an abbreviation of three letters or more ("jun", "sept").
        if (word.size() >= 3 && kMonths[i].starts_with(word)) {
            return static_cast<int>(i) + 1;
        }
    }
    return std::nullopt;
}

bool Valid(const Date& date) {
    static constexpr int kDays[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    return date.year >= 1000 && date.month >= 1 && date.month <= 12 && date.day >= 1 &&
           date.day <= kDays[date.month - 1];
}

// Every date `text` can be read as: "12 june 2018", "june 12 2018", "2018 06 12" (ISO, whose
// dashes became spaces), and "12 06 2018" or "12.06.2018" read day first and, when that is a
// date too, month first (06/12/2018 is 12 June in Britain and 6 December in the US).
std::vector<Date> ReadDates(std::u32string_view text) {
    std::u32string spaced(text);
    std::ranges::replace(spaced, U'.', U' ');
    const Words words = SplitWords(spaced);
    std::vector<Date> dates;
    if (words.size() != 3) {
        return dates;
    }
    const auto add = [&](std::optional<int> year, std::optional<int> month, std::optional<int> day,
                         std::u32string_view year_word) {
        Date date{year.value_or(0), month.value_or(0), day.value_or(0)};
        if (year && month && day && year_word.size() == 4 && Valid(date) &&
            std::ranges::find(dates, date) == dates.end()) {
            dates.push_back(date);
        }
    };
    const auto n0 = Number(words[0]);
    const auto n1 = Number(words[1]);
    const auto n2 = Number(words[2]);
    add(n2, MonthName(words[1]), n0, words[2]);  // 12 june 2018
    add(n2, MonthName(words[0]), n1, words[2]);  // june 12 2018
    add(n0, n1, n2, words[0]);                   // 2018 06 12
    add(n2, n1, n0, words[2]);                   // 12 06 2018
    add(n2, n0, n1, words[2]);                   // 06 12 2018
    return dates;
}

bool SameDate(std::u32string_view given, std::u32string_view expected) {
    const std::vector<Date> expected_dates = ReadDates(expected);
    if (expected_dates.empty()) {
        return false;
    }
    const std::vector<Date> given_dates = ReadDates(given);
    return std::ranges::any_of(given_dates, [&](const Date& date) {
        return std::ranges::find(expected_dates, date) != expected_dates.end();
    });
}

// ---- Countries ----

// Names of one country, as NormalizeAnswer leaves them (initials joined: "U.S.A." -> "usa").
// The people's plural names the country too: a teacher asking "which country?" accepts
// "the Americans".
constexpr std::u32string_view kCountries[][6] = {
    {U"united states", U"united states of america", U"usa", U"us", U"america", U"americans"},
    {U"united kingdom", U"uk", U"britain", U"great britain", U"british", U""},
    {U"china", U"peoples republic of china", U"prc", U"chinese", U"", U""},
    {U"north korea", U"dprk", U"democratic peoples republic of korea", U"north koreans", U"", U""},
    {U"south korea", U"rok", U"republic of korea", U"south koreans", U"", U""},
    {U"russia", U"russian federation", U"russians", U"", U"", U""},
};

// "u s a" (from "U.S.A.") -> "usa": initials typed with dots or spaces are one word.
std::u32string JoinInitials(std::u32string_view text) {
    const Words words = SplitWords(text);
    if (words.size() < 2 ||
        !std::ranges::all_of(words, [](std::u32string_view w) { return w.size() == 1; })) {
        return std::u32string(text);
    }
    std::u32string joined;
    for (const auto word : words) {
        joined += word;
    }
    return joined;
}

int CountryOf(std::u32string_view name) {
    const std::u32string joined = JoinInitials(name);
    for (size_t i = 0; i < std::size(kCountries); ++i) {
        for (const std::u32string_view known : kCountries[i]) {
            if (!known.empty() && known == joined) {
                return static_cast<int>(i);
            }
        }
    }
    return -1;
}

bool SameCountry(std::u32string_view given, std::u32string_view expected) {
    const int country = CountryOf(expected);
    return country >= 0 && CountryOf(given) == country;
}

// A word of 3 code points or fewer changes meaning with any letter changed ("il" / "un"), so
// it may only have two neighbours swapped.
bool WordNearMiss(std::u32string_view given, std::u32string_view expected) {
    const int distance = EditDistance(Encode(given), Encode(expected));
    if (distance == 0) {
        return true;
    }
    if (expected.size() <= 3) {
        return distance == 1 && given.size() == expected.size() &&
               std::ranges::is_permutation(given, expected);
    }
    return distance <= AlmostTolerance(Encode(expected), Encode(given));
}

}  // namespace

bool EquivalentForms(std::u32string_view given, std::u32string_view expected) {
    return LastWordInflected(given, expected) || SameDate(given, expected) ||
           SameCountry(given, expected);
}

bool NearMissByWords(std::u32string_view given, std::u32string_view expected) {
    const Words g = SplitWords(given);
    const Words e = SplitWords(expected);
    if (g.size() != e.size()) {
        // Only a space put in or left out ("pyong yang"); a missing name part is wrong.
        std::u32string g_joined(given);
        std::u32string e_joined(expected);
        std::erase(g_joined, U' ');
        std::erase(e_joined, U' ');
        return g_joined == e_joined;
    }
    for (size_t i = 0; i < g.size(); ++i) {
        if (!WordNearMiss(g[i], e[i])) {
            return false;
        }
    }
    return true;
}

}  // namespace summit::study
