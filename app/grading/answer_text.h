// Comparing free-text answers (typed questions and cloze gaps): the forgiving normalization, the
// "almost" rule for close misspellings, and a character diff that shows a close miss.
// Pure functions over UTF-8 strings; safe to call from any thread.
#pragma once

#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace summit::study {

// Folds an answer so that differences a teacher would not mark are gone. In order:
//  - invalid UTF-8 bytes become U+FFFD (never fails);
//  - typographic variants become ASCII: curly quotes, primes and acute/grave accents used as
//    apostrophes, en/em dashes, minus signs and Unicode spaces;
//  - Unicode NFKC, case folding, marks stripped ("Café" -> "cafe", "ﬁ" -> "fi");
//  - apostrophes are dropped ("don't" -> "dont"); other punctuation becomes a space, except a
//    '.' or ',' between digits: "3.5" stays, a thousands comma goes ("1,000" -> "1000");
//  - whitespace runs collapse to one space, and the ends are trimmed;
//  - one leading article ("the", "a", "an") is dropped when more words follow.
// Returns "" when nothing but punctuation and space was given.
std::string NormalizeAnswer(std::string_view text);

// Damerau-Levenshtein distance (optimal string alignment: insert, delete, substitute, swap two
// adjacent) counted in code points of two UTF-8 strings.
int EditDistance(std::string_view a, std::string_view b);

// How many edits a misspelling of `normalized_expected` may have and still count as "almost":
// 0 for 3 code points or fewer, 1 for 4..8, 2 for 9 or more. 0 whenever the expected or the
// given text holds a digit: numbers are right or wrong, never almost.
int AlmostTolerance(std::string_view normalized_expected, std::string_view normalized_given);

enum class TextMatch {
    kExact,   // equal to an accepted answer after NormalizeAnswer, or an equivalent form of it
              // (possessive or plural, the same date, another name of the same country)
    kAlmost,  // within AlmostTolerance of an accepted answer and a slip inside its words (a
              // changed short word or a missing word is a different answer), but not equal
    kNone,    // neither; also an empty answer
};

struct TextMatchResult {
    TextMatch match = TextMatch::kNone;
    int nearest = -1;   // index into `accepted` of the equal or nearest answer; -1 if none
    int distance = -1;  // edit distance (normalized) to `nearest`; -1 if none
};

// Checks `given` against each accepted answer. An exact match wins over any almost; among
// almost matches the smallest distance wins, then the earliest accepted answer. An accepted
// answer that normalizes to "" (all punctuation, e.g. "?!") is compared verbatim after
// trimming, so such answers still need to be typed as written.
TextMatchResult MatchAnswerText(std::string_view given, std::span<const std::string> accepted);

struct DiffSegment {
    enum class Kind {
        kSame,     // in both (text as written in the expected answer)
        kMissing,  // in the expected answer, not typed
        kExtra,    // typed, not in the expected answer
    };
    Kind kind = Kind::kSame;
    std::string text;

    bool operator==(const DiffSegment&) const = default;
};

// A character diff of `given` against `expected`, for showing a close miss. Characters are
// compared as NormalizeAnswer compares them (case, accents and typographic variants do not
// count); punctuation never counts as a difference: the expected answer's punctuation shows
// as kSame and the student's stray punctuation is left out. Whitespace is trimmed and
// collapsed first, and a leading article present on one side only is left out of the diff.
// Concatenating the kSame and kMissing texts gives the expected answer as diffed (trimmed,
// whitespace collapsed, without an article left out above).
std::vector<DiffSegment> DiffAnswerText(std::string_view given, std::string_view expected);

// "Kind" as a short lowercase word: "same", "missing", "extra" (for logs and tests).
const char* DiffKindName(DiffSegment::Kind kind);

}  // namespace summit::study
