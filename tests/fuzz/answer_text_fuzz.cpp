// Fuzz target for typed-answer grading text: NormalizeAnswer, MatchAnswerText, EditDistance and
// DiffAnswerText on arbitrary bytes, invalid UTF-8 included. Input: the given answer, then one
// accepted answer per line.
#include <cstdint>
#include <string>
#include <vector>

#include "app/grading/answer_text.h"
#include "app/grading/answer_unicode.h"
#include "tests/fuzz/fuzz_check.h"

namespace summit::fuzz {
namespace {

constexpr std::size_t kMaxAccepted = 8;

bool IsValidUtf8(std::string_view text) {
    return study::Encode(study::Decode(text)) == text;
}

void CheckNormalized(std::string_view text) {
    const std::string normalized = study::NormalizeAnswer(text);
    SUMMIT_FUZZ_CHECK(IsValidUtf8(normalized));
    SUMMIT_FUZZ_CHECK(normalized.empty() ||
                      (normalized.front() != ' ' && normalized.back() != ' '));
    SUMMIT_FUZZ_CHECK(normalized.find("  ") == std::string::npos);
}

// What the diff promises to spell out: the expected text trimmed, whitespace runs collapsed.
std::string Tidied(std::string_view text) {
    std::u32string out;
    for (const char32_t c : study::Decode(text)) {
        if (!study::IsSpace(c)) {
            out.push_back(c);
        } else if (!out.empty() && out.back() != U' ') {
            out.push_back(U' ');
        }
    }
    if (!out.empty() && out.back() == U' ') {
        out.pop_back();
    }
    return study::Encode(out);
}

void CheckDiff(std::string_view given, std::string_view expected) {
    const std::vector<study::DiffSegment> diff = study::DiffAnswerText(given, expected);
    std::string spelled;
    for (std::size_t i = 0; i < diff.size(); ++i) {
        SUMMIT_FUZZ_CHECK(!diff[i].text.empty());
        SUMMIT_FUZZ_CHECK(IsValidUtf8(diff[i].text));
        SUMMIT_FUZZ_CHECK(i == 0 || diff[i].kind != diff[i - 1].kind);
        if (diff[i].kind != study::DiffSegment::Kind::kExtra) {
            spelled += diff[i].text;
        }
    }
    const std::string tidy = Tidied(expected);
    if (spelled != tidy) {
        // Only a leading article, one word and its space, may be left out.
        SUMMIT_FUZZ_CHECK(tidy.ends_with(spelled));
        const std::string_view article =
            std::string_view(tidy).substr(0, tidy.size() - spelled.size());
        SUMMIT_FUZZ_CHECK(article.size() >= 2 && article.back() == ' ' &&
                          article.find(' ') == article.size() - 1);
    }
}

}  // namespace
}  // namespace summit::fuzz

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    using namespace summit;
    const std::string_view input = fuzz::AsText(data, size);
    const std::size_t line_end = input.find('\n');
    const std::string_view given = input.substr(0, line_end);
    std::vector<std::string> accepted;
    if (line_end != std::string_view::npos) {
        std::string_view rest = input.substr(line_end + 1);
        while (accepted.size() < fuzz::kMaxAccepted) {
            const std::size_t end = rest.find('\n');
            accepted.emplace_back(rest.substr(0, end));
            if (end == std::string_view::npos) {
                break;
            }
            rest = rest.substr(end + 1);
        }
    }

    fuzz::CheckNormalized(given);
    const study::TextMatchResult match = study::MatchAnswerText(given, accepted);
    const int count = static_cast<int>(accepted.size());
    SUMMIT_FUZZ_CHECK(match.nearest >= -1 && match.nearest < count);
    SUMMIT_FUZZ_CHECK((match.nearest < 0) == (match.distance < 0));
    switch (match.match) {
        case study::TextMatch::kExact:
            SUMMIT_FUZZ_CHECK(match.nearest >= 0 && match.distance == 0);
            break;
        case study::TextMatch::kAlmost:
            SUMMIT_FUZZ_CHECK(match.nearest >= 0 && match.distance > 0);
            break;
        case study::TextMatch::kNone:
            break;
    }
    for (const std::string& answer : accepted) {
        fuzz::CheckNormalized(answer);
        const int distance = study::EditDistance(given, answer);
        SUMMIT_FUZZ_CHECK(distance >= 0 && distance == study::EditDistance(answer, given));
        SUMMIT_FUZZ_CHECK(study::EditDistance(answer, answer) == 0);
        fuzz::CheckDiff(given, answer);
    }
    // Typing an accepted answer exactly as written is always right, unless it is blank (spaces
    // and invisible characters only).
    if (!accepted.empty() && !fuzz::Tidied(study::FoldText(accepted.front())).empty()) {
        const study::TextMatchResult self = study::MatchAnswerText(accepted.front(), accepted);
        SUMMIT_FUZZ_CHECK(self.match == study::TextMatch::kExact);
    }
    if (accepted.empty()) {
        fuzz::CheckDiff(given, given);
    }
    return 0;
}
