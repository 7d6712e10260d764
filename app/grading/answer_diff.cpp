// The character diff shown for a close miss: an alignment of the student's answer against the
// expected one in which case, accents and punctuation cost nothing.
#include <algorithm>

#include <utf8proc.h>

#include "app/grading/answer_text.h"
#include "app/grading/answer_unicode.h"

namespace summit::study {
namespace {

// The alignment table is quadratic; answers are short, but a pasted essay must not stall a frame.
constexpr size_t kMaxCells = 1'000'000;

struct DiffChar {
    std::string text;  // as written
    std::string fold;  // as compared; "" for punctuation and ignorables
    bool space = false;
};

bool IsPunctuationOrSymbolQuote(char32_t c) {
    const auto category = utf8proc_category(static_cast<utf8proc_int32_t>(c));
    return (category >= UTF8PROC_CATEGORY_PC && category <= UTF8PROC_CATEGORY_PO) || c == U'"';
}

// Trims, collapses whitespace runs to one space.
std::u32string Tidy(std::string_view text) {
    std::u32string out;
    for (const char32_t c : Decode(text)) {
        if (IsSpace(c)) {
            if (!out.empty() && out.back() != U' ') {
                out.push_back(U' ');
            }
        } else {
            out.push_back(c);
        }
    }
    if (!out.empty() && out.back() == U' ') {
        out.pop_back();
    }
    return out;
}

// Length of a leading "the ", "a " or "an " (any case) followed by more text; 0 otherwise.
size_t LeadingArticleLength(const std::u32string& text) {
    const size_t space = text.find(U' ');
    if (space == std::u32string::npos || space + 1 >= text.size()) {
        return 0;
    }
    const std::string word = FoldText(Encode(std::u32string_view(text).substr(0, space)));
    return word == "the" || word == "a" || word == "an" ? space + 1 : 0;
}

std::vector<DiffChar> Classify(std::u32string_view text) {
    std::vector<DiffChar> out;
    out.reserve(text.size());
    for (const char32_t c : text) {
        DiffChar ch;
        ch.text = Encode(std::u32string_view(&c, 1));
        const std::string folded = FoldText(ch.text);
        const std::u32string folded32 = Decode(folded);
        ch.space = c == U' ';
        const bool punctuation =
            folded32.empty() || (folded32.size() == 1 && IsPunctuationOrSymbolQuote(folded32[0]));
        if (!ch.space && !punctuation) {
            ch.fold = folded;
        }
        out.push_back(std::move(ch));
    }
    return out;
}

bool Free(const DiffChar& c) {
    return !c.space && c.fold.empty();
}

// Spaces and punctuation may stand for each other: "Xi-Jinping" against "Xi Jinping".
bool Matches(const DiffChar& a, const DiffChar& b) {
    if (a.fold.empty() || b.fold.empty()) {
        return a.fold.empty() && b.fold.empty();
    }
    return a.fold == b.fold;
}

void Append(std::vector<DiffSegment>& out, DiffSegment::Kind kind, const std::string& text) {
    if (!out.empty() && out.back().kind == kind) {
        out.back().text += text;
    } else {
        out.push_back({kind, text});
    }
}

}  // namespace

std::vector<DiffSegment> DiffAnswerText(std::string_view given, std::string_view expected) {
    std::u32string given32 = Tidy(given);
    std::u32string expected32 = Tidy(expected);
    const size_t given_article = LeadingArticleLength(given32);
    const size_t expected_article = LeadingArticleLength(expected32);
    if ((given_article == 0) != (expected_article == 0)) {
        given32.erase(0, given_article);
        expected32.erase(0, expected_article);
    }
    const std::vector<DiffChar> g = Classify(given32);
    const std::vector<DiffChar> e = Classify(expected32);
    const size_t n = e.size();
    const size_t m = g.size();
    if (n * m > kMaxCells) {
        // Far too long to be a close miss of a short answer: show it as replaced.
        std::vector<DiffSegment> out;
        if (n > 0) {
            out.push_back({DiffSegment::Kind::kMissing, Encode(expected32)});
        }
        if (m > 0) {
            out.push_back({DiffSegment::Kind::kExtra, Encode(given32)});
        }
        return out;
    }

    // cost[i][j]: cheapest alignment of e[i..] with g[j..].
    std::vector<std::vector<int>> cost(n + 1, std::vector<int>(m + 1, 0));
    for (size_t i = n + 1; i-- > 0;) {
        for (size_t j = m + 1; j-- > 0;) {
            if (i == n && j == m) {
                continue;
            }
            int best = 1 << 30;
            if (i < n && j < m && Matches(e[i], g[j])) {
                best = cost[i + 1][j + 1];
            }
            if (i < n) {
                best = std::min(best, cost[i + 1][j] + (Free(e[i]) ? 0 : 1));
            }
            if (j < m) {
                best = std::min(best, cost[i][j + 1] + (Free(g[j]) ? 0 : 1));
            }
            cost[i][j] = best;
        }
    }

    std::vector<DiffSegment> out;
    size_t i = 0;
    size_t j = 0;
    while (i < n || j < m) {
        if (i < n && j < m && Matches(e[i], g[j]) && cost[i][j] == cost[i + 1][j + 1]) {
            Append(out, DiffSegment::Kind::kSame, e[i].text);
            ++i;
            ++j;
        } else if (i < n && cost[i][j] == cost[i + 1][j] + (Free(e[i]) ? 0 : 1)) {
            Append(out, Free(e[i]) ? DiffSegment::Kind::kSame : DiffSegment::Kind::kMissing,
                   e[i].text);
            ++i;
        } else {
            if (!Free(g[j])) {
                Append(out, DiffSegment::Kind::kExtra, g[j].text);
            }
            ++j;
        }
    }
    return out;
}

const char* DiffKindName(DiffSegment::Kind kind) {
    switch (kind) {
        case DiffSegment::Kind::kSame:
            return "same";
        case DiffSegment::Kind::kMissing:
            return "missing";
        case DiffSegment::Kind::kExtra:
            return "extra";
    }
    return "same";
}

}  // namespace summit::study
