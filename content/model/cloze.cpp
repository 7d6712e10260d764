// Splitting cloze prompts into text and gaps.
#include "content/model/cloze.h"

namespace summit::content {
namespace {

constexpr std::string_view kBlank = "____";

std::string_view Trim(std::string_view text) {
    constexpr std::string_view kSpace = " \t\r\n";
    std::size_t first = text.find_first_not_of(kSpace);
    if (first == std::string_view::npos) {
        return {};
    }
    std::size_t last = text.find_last_not_of(kSpace);
    return text.substr(first, last - first + 1);
}

// 1-based character position of byte `offset`, counting UTF-8 code points.
std::size_t CharacterPosition(std::string_view text, std::size_t offset) {
    std::size_t position = 1;
    for (std::size_t i = 0; i < offset && i < text.size(); ++i) {
        if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) {
            ++position;
        }
    }
    return position;
}

std::unexpected<Error> ClozeError(std::string_view prompt, std::size_t offset,
                                  std::string_view what) {
    return Fail(ErrorCode::kParse, std::string(what) + " at character " +
                                       std::to_string(CharacterPosition(prompt, offset)));
}

}  // namespace

Result<ClozeText> ParseCloze(std::string_view prompt) {
    ClozeText cloze;
    std::size_t at = 0;
    while (true) {
        std::size_t open = prompt.find("{{", at);
        std::size_t stray_close = prompt.substr(0, open).find("}}", at);
        if (stray_close != std::string_view::npos) {
            return ClozeError(prompt, stray_close, "\"}}\" without \"{{\"");
        }
        if (open == std::string_view::npos) {
            cloze.texts.emplace_back(prompt.substr(at));
            break;
        }
        cloze.texts.emplace_back(prompt.substr(at, open - at));
        std::size_t body = open + 2;
        std::size_t close = prompt.find("}}", body);
        if (close == std::string_view::npos) {
            return ClozeError(prompt, open, "unclosed \"{{\"");
        }
        std::string_view inside = prompt.substr(body, close - body);
        if (std::size_t nested = inside.find("{{"); nested != std::string_view::npos) {
            return ClozeError(prompt, body + nested, "\"{{\" inside a gap");
        }
        ClozeGap gap;
        bool has_wrong = false;
        std::size_t start = 0;
        while (true) {
            std::size_t bar = inside.find('|', start);
            std::string_view answer = Trim(inside.substr(start, bar - start));
            if (answer.empty()) {
                return ClozeError(prompt, open, "empty gap or variant");
            }
            const bool wrong = answer.front() == kClozeWrongChoice;
            if (wrong) {
                answer = Trim(answer.substr(1));
                if (answer.empty()) {
                    return ClozeError(prompt, open, "empty gap or variant");
                }
                has_wrong = true;
            } else {
                gap.answers.emplace_back(answer);
            }
            gap.choices.emplace_back(answer);
            if (bar == std::string_view::npos) {
                break;
            }
            start = bar + 1;
        }
        if (gap.answers.empty()) {
            return ClozeError(prompt, open, "choice gap without a right option");
        }
        if (!has_wrong) {
            gap.choices.clear();
        }
        cloze.gaps.push_back(std::move(gap));
        at = close + 2;
    }
    if (cloze.gaps.empty()) {
        return Fail(ErrorCode::kParse, "no gap, mark one as {{answer}}");
    }
    return cloze;
}

std::string ClozeWithBlanks(const ClozeText& cloze) {
    std::string out;
    for (std::size_t i = 0; i < cloze.texts.size(); ++i) {
        out += cloze.texts[i];
        if (i < cloze.gaps.size()) {
            out += kBlank;
        }
    }
    return out;
}

}  // namespace summit::content
