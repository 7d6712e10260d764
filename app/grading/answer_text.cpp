// Normalization, edit distance and the "almost" rule for free-text answers. The character diff
// lives in answer_diff.cpp.
#include "app/grading/answer_text.h"

#include <algorithm>
#include <cstdlib>

#include <utf8proc.h>

#include "app/grading/answer_forms.h"
#include "app/grading/answer_unicode.h"

namespace summit::study {
namespace {

bool IsArticle(std::u32string_view word) {
    return word == U"the" || word == U"a" || word == U"an";
}

bool IsPunctuation(char32_t c) {
    switch (utf8proc_category(static_cast<utf8proc_int32_t>(c))) {
        case UTF8PROC_CATEGORY_PC:
        case UTF8PROC_CATEGORY_PD:
        case UTF8PROC_CATEGORY_PS:
        case UTF8PROC_CATEGORY_PE:
        case UTF8PROC_CATEGORY_PI:
        case UTF8PROC_CATEGORY_PF:
        case UTF8PROC_CATEGORY_PO:
            return true;
        default:
            return false;
    }
}

bool IsDigitAt(const std::u32string& text, size_t i) {
    return i < text.size() && IsDigit(text[i]);
}

// A ',' at `i` followed by exactly three digits: a thousands separator, dropped.
bool IsThousandsComma(const std::u32string& text, size_t i) {
    return text[i] == U',' && IsDigitAt(text, i + 1) && IsDigitAt(text, i + 2) &&
           IsDigitAt(text, i + 3) && !IsDigitAt(text, i + 4);
}

// Applies the punctuation, whitespace and article rules to folded code points.
std::u32string Simplify(const std::u32string& folded, bool keep_punctuation) {
    std::u32string out;
    auto push_space = [&out] {
        if (!out.empty() && out.back() != U' ') {
            out.push_back(U' ');
        }
    };
    for (size_t i = 0; i < folded.size(); ++i) {
        const char32_t c = folded[i];
        if (IsSpace(c)) {
            push_space();
        } else if (keep_punctuation) {
            out.push_back(c);
        } else if (c == U'\'') {
            continue;  // "don't" == "dont": apostrophes are dropped, not split on
        } else if (IsPunctuation(c) || c == U'"') {
            const bool between_digits = (c == U'.' || c == U',') && !out.empty() &&
                                        IsDigit(out.back()) && IsDigitAt(folded, i + 1);
            if (!between_digits) {
                push_space();
            } else if (!IsThousandsComma(folded, i)) {
                out.push_back(c);
            }
        } else {
            out.push_back(c);
        }
    }
    if (!out.empty() && out.back() == U' ') {
        out.pop_back();
    }
    const size_t first_space = out.find(U' ');
    if (first_space != std::u32string::npos &&
        IsArticle(std::u32string_view(out).substr(0, first_space))) {
        out.erase(0, first_space + 1);
    }
    return out;
}

std::u32string Normalize32(std::string_view text, bool keep_punctuation) {
    return Simplify(Decode(FoldText(text)), keep_punctuation);
}

int EditDistance32(std::u32string_view a, std::u32string_view b) {
    // Three rolling rows: the adjacent-swap rule looks two rows back.
    const size_t m = b.size();
    std::vector<int> before(m + 1), previous(m + 1), current(m + 1);
    for (size_t j = 0; j <= m; ++j) {
        previous[j] = static_cast<int>(j);
    }
    for (size_t i = 1; i <= a.size(); ++i) {
        current[0] = static_cast<int>(i);
        for (size_t j = 1; j <= m; ++j) {
            const int cost = a[i - 1] == b[j - 1] ? 0 : 1;
            int best = std::min({previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost});
            if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1]) {
                best = std::min(best, before[j - 2] + 1);
            }
            current[j] = best;
        }
        std::swap(before, previous);
        std::swap(previous, current);
    }
    return previous[m];
}

int Tolerance32(std::u32string_view expected, std::u32string_view given) {
    const auto has_digit = [](std::u32string_view text) {
        return std::ranges::any_of(text, [](char32_t c) { return IsDigit(c); });
    };
    if (has_digit(expected) || has_digit(given) || expected.size() <= 3) {
        return 0;
    }
    return expected.size() <= 8 ? 1 : 2;
}

}  // namespace

std::string NormalizeAnswer(std::string_view text) {
    return Encode(Normalize32(text, false));
}

int EditDistance(std::string_view a, std::string_view b) {
    return EditDistance32(Decode(a), Decode(b));
}

int AlmostTolerance(std::string_view normalized_expected, std::string_view normalized_given) {
    return Tolerance32(Decode(normalized_expected), Decode(normalized_given));
}

TextMatchResult MatchAnswerText(std::string_view given, std::span<const std::string> accepted) {
    const std::u32string given_plain = Normalize32(given, false);
    const std::u32string given_verbatim = Normalize32(given, true);
    TextMatchResult nearest;
    TextMatchResult almost;
    TextMatchResult equivalent;
    for (size_t i = 0; i < accepted.size(); ++i) {
        std::u32string expected = Normalize32(accepted[i], false);
        const std::u32string* candidate = &given_plain;
        if (expected.empty()) {
            expected = Normalize32(accepted[i], true);
            candidate = &given_verbatim;
        }
        if (expected.empty() || candidate->empty()) {
            continue;
        }
        const int index = static_cast<int>(i);
        const int distance = EditDistance32(*candidate, expected);
        if (distance == 0) {
            return {TextMatch::kExact, index, 0};
        }
        // An accepted answer typed as written wins over an equivalent form of an earlier one.
        if (equivalent.nearest < 0 && EquivalentForms(*candidate, expected)) {
            equivalent = {TextMatch::kExact, index, 0};
        }
        if (nearest.nearest < 0 || distance < nearest.distance) {
            nearest = {TextMatch::kNone, index, distance};
        }
        const bool within =
            distance <= Tolerance32(expected, *candidate) && NearMissByWords(*candidate, expected);
        if (within && (almost.nearest < 0 || distance < almost.distance)) {
            almost = {TextMatch::kAlmost, index, distance};
        }
    }
    if (equivalent.nearest >= 0) {
        return equivalent;
    }
    return almost.nearest >= 0 ? almost : nearest;
}

}  // namespace summit::study
