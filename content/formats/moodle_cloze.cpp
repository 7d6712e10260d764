// Moodle's embedded answers: "{weight:TYPE:answer~answer}" where each answer is
// "[=|%percent%]text[#feedback]" and "\" escapes "}", "~", "#" and itself.
#include "content/formats/moodle_cloze.h"

#include <cmath>
#include <optional>

#include "content/formats/import_support.h"
#include "content/richtext/html_to_markdown.h"

namespace summit::content::moodle {
namespace {

using import::Trim;

using Kind = GapKind;

Kind KindOf(std::string_view type) {
    for (std::string_view name :
         {"MULTICHOICE", "MC", "MULTICHOICE_V", "MCV", "MULTICHOICE_H", "MCH", "MULTICHOICE_S",
          "MCS", "MULTICHOICE_VS", "MCVS", "MULTICHOICE_HS", "MCHS"}) {
        if (type == name) {
            return Kind::kChoice;
        }
    }
    for (std::string_view name : {"MULTIRESPONSE", "MR", "MULTIRESPONSE_H", "MRH",
                                  "MULTIRESPONSE_S", "MRS", "MULTIRESPONSE_HS", "MRHS"}) {
        if (type == name) {
            return Kind::kResponses;
        }
    }
    if (type == "SHORTANSWER" || type == "SA" || type == "MW") {
        return Kind::kTyped;
    }
    if (type == "SHORTANSWER_C" || type == "SAC" || type == "MWC") {
        return Kind::kCaseTyped;
    }
    return type == "NUMERICAL" || type == "NM" ? Kind::kNumber : Kind::kUnknown;
}

using Answer = GapAnswer;

// The answers of `body`, split at unescaped "~"; nullopt for a "%...%" that is no number.
std::optional<std::vector<Answer>> SplitAnswers(std::string_view body) {
    std::vector<std::string> raw(1);
    std::vector<std::size_t> hash(1, std::string::npos);
    for (std::size_t i = 0; i < body.size(); ++i) {
        if (body[i] == '\\' && i + 1 < body.size()) {
            raw.back() += body[++i];
        } else if (body[i] == '~') {
            raw.emplace_back();
            hash.push_back(std::string::npos);
        } else {
            if (body[i] == '#' && hash.back() == std::string::npos) {
                hash.back() = raw.back().size();
            }
            raw.back() += body[i];
        }
    }
    std::vector<Answer> answers;
    for (std::size_t i = 0; i < raw.size(); ++i) {
        std::string_view text = std::string_view(raw[i]).substr(0, hash[i]);
        Answer& answer = answers.emplace_back();
        if (hash[i] != std::string::npos) {
            answer.feedback = Trim(HtmlToPlain(std::string_view(raw[i]).substr(hash[i] + 1)));
        }
        text = Trim(text);
        if (text.starts_with('=')) {
            answer.fraction = 1;
            text.remove_prefix(1);
        } else if (text.starts_with('%')) {
            const std::size_t end = text.find('%', 1);
            const auto percent = end == std::string_view::npos
                                     ? std::nullopt
                                     : import::ReadNumber(text.substr(1, end - 1));
            if (!percent) {
                return std::nullopt;
            }
            answer.fraction = *percent / 100;
            text.remove_prefix(end + 1);
        }
        answer.text = Trim(HtmlToPlain(text));
    }
    return answers;
}

bool FullCredit(const Answer& answer) {
    return answer.fraction >= 1 - 1e-9;
}

// Fills gap.gap or gap.problem, and gap.losses, from the gap's kind and answers.
void MakeGap(EmbeddedGap& gap, int number) {
    const Kind kind = gap.kind;
    const std::vector<Answer>& answers = gap.answers;
    std::vector<std::string>& losses = gap.losses;
    const std::string where = "cloze gap " + std::to_string(number) + ": ";
    std::string variants;
    int right = 0;
    for (const Answer& answer : answers) {
        if (answer.text.empty() || answer.text.find('|') != std::string::npos ||
            answer.text.find("{{") != std::string::npos ||
            answer.text.find("}}") != std::string::npos || answer.text.starts_with('~')) {
            gap.problem = "answer \"" + answer.text +
                          "\" is empty or holds \"|\", \"~\", \"{{\" or \"}}\", which a Summit "
                          "gap cannot";
            return;
        }
        if (!answer.feedback.empty()) {
            losses.push_back(where + "the feedback of \"" + answer.text + "\" is not kept");
        }
        if (!FullCredit(answer) && answer.fraction > 0) {
            losses.push_back(where + "the partial credit of \"" + answer.text +
                             "\" is not kept: it counts as wrong");
        }
        if (kind == Kind::kNumber && answer.text != "*") {
            const auto number = ReadNumberAnswer(answer.text);
            if (!number) {
                gap.problem = "numerical answer \"" + answer.text + "\" is not a number";
                return;
            }
            const std::size_t colon = answer.text.find(':');
            if (FullCredit(answer)) {
                if (number->tolerance != 0) {
                    losses.push_back(where + "the tolerance of " + answer.text +
                                     " is not kept: only the number itself is accepted");
                }
                variants +=
                    (right++ > 0 ? "|" : "") + std::string(Trim(answer.text.substr(0, colon)));
            }
            continue;
        }
        if (kind != Kind::kChoice && answer.text == "*") {
            continue;  // Moodle's catch-all: a gap takes no other answer anyway
        }
        if (FullCredit(answer)) {
            variants += (variants.empty() ? "" : "|") + answer.text;
            ++right;
        } else if (kind == Kind::kChoice) {
            variants += (variants.empty() ? "~" : "|~") + answer.text;
        }
    }
    if (kind == Kind::kChoice && answers.size() < 2) {
        gap.problem = "a MULTICHOICE sub-question needs at least 2 choices";
    } else if (right == 0) {
        gap.problem = "no answer gives full credit (100%)";
    } else {
        gap.gap = "{{" + variants + "}}";
    }
}

}  // namespace

std::optional<NumberAnswer> ReadNumberAnswer(std::string_view text) {
    const std::size_t colon = text.find(':');
    const auto value = import::ReadNumber(text.substr(0, colon));
    const auto tolerance = colon == std::string_view::npos
                               ? std::optional<double>(0)
                               : import::ReadNumber(text.substr(colon + 1));
    if (!value || !tolerance) {
        return std::nullopt;
    }
    return NumberAnswer{*value, std::abs(*tolerance)};
}

std::vector<EmbeddedGap> FindEmbeddedGaps(std::string_view html) {
    std::vector<EmbeddedGap> gaps;
    for (std::size_t open = html.find('{'); open != std::string_view::npos;
         open = html.find('{', open + 1)) {
        std::size_t at = open + 1;
        while (at < html.size() && html[at] >= '0' && html[at] <= '9') {
            ++at;
        }
        if (at >= html.size() || html[at] != ':') {
            continue;
        }
        const std::string_view weight = html.substr(open + 1, at - open - 1);
        const std::size_t type_start = ++at;
        while (at < html.size() && ((html[at] >= 'A' && html[at] <= 'Z') || html[at] == '_')) {
            ++at;
        }
        if (at == type_start || at >= html.size() || (html[at] != ':' && html[at] != '}')) {
            continue;
        }
        const std::string_view type = html.substr(type_start, at - type_start);
        EmbeddedGap& gap = gaps.emplace_back();
        gap.start = open;
        gap.kind = KindOf(type);
        gap.weight = weight.empty() ? 1 : import::ReadNumber(weight).value_or(1);
        const int number = static_cast<int>(gaps.size());
        if (html[at] == '}') {
            gap.size = at + 1 - open;
            gap.problem = "sub-question {" + std::string(html.substr(open + 1, at - open - 1)) +
                          "} has no answers";
            continue;
        }
        std::size_t close = ++at;
        while (close < html.size() && html[close] != '}') {
            close += html[close] == '\\' ? 2 : 1;
        }
        if (close >= html.size()) {
            gap.size = html.size() - open;
            gap.problem = "sub-question {" + std::string(type) + ":... has no closing \"}\"";
            break;
        }
        gap.size = close + 1 - open;
        auto answers = SplitAnswers(html.substr(at, close - at));
        if (gap.kind == Kind::kUnknown) {
            gap.problem = "a " + std::string(type) + " sub-question has no Summit gap";
        } else if (!answers) {
            gap.problem = "a \"%...%\" grade is not a number";
        } else if (gap.answers = std::move(*answers); gap.kind == Kind::kResponses) {
            gap.problem = "a " + std::string(type) +
                          " sub-question (tick every right answer) has no Summit gap: a gap "
                          "takes one answer";
        } else {
            if (gap.kind == Kind::kCaseTyped) {
                gap.losses.push_back("cloze gap " + std::to_string(number) +
                                     ": case-sensitive matching is not kept");
            }
            MakeGap(gap, number);
        }
        open = close;
    }
    return gaps;
}

}  // namespace summit::content::moodle
