// Moodle's embedded answers: "{weight:TYPE:answer~answer}" where each answer is
// "[=|%percent%]text[#feedback]" and "\" escapes "}", "~", "#" and itself.
#include "content/formats/moodle_cloze.h"

#include <algorithm>
#include <cmath>
#include <optional>

#include "content/formats/import_support.h"
#include "content/richtext/html_to_markdown.h"

namespace summit::content::moodle {
namespace {

using import::Trim;

using Kind = SubType;

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

// A text that cannot stand in a Summit gap marker; nullopt when it can.
std::optional<std::string> MarkerProblem(const std::string& text) {
    if (text.empty() || text.find('|') != std::string::npos ||
        text.find("{{") != std::string::npos || text.find("}}") != std::string::npos ||
        text.starts_with('~')) {
        return "answer \"" + text +
               "\" is empty or holds \"|\", \"~\", \"{{\" or \"}}\", which a Summit gap "
               "cannot";
    }
    return std::nullopt;
}

// The gap's detail for the kind's answers; `variants` gets the marker's variants.
std::optional<std::string> FillDetail(EmbeddedGap& gap, std::string& variants) {
    GapDetail& detail = gap.detail;
    bool any_right = false;
    auto add_variant = [&](std::string_view text, bool right) {
        any_right = any_right || right;
        variants +=
            (variants.empty() ? "" : "|") + std::string(right ? "" : "~") + std::string(text);
    };
    for (const Answer& answer : gap.answers) {
        const bool any_other = answer.text == kAnyOtherAnswer;
        if (gap.kind == Kind::kNumber) {
            NumericAnswer& number = detail.numbers.emplace_back();
            number.credit = std::clamp(answer.fraction, 0.0, 1.0);
            number.feedback = answer.feedback;
            number.any_other = any_other;
            if (any_other) {
                continue;
            }
            const auto read = ReadNumberAnswer(answer.text);
            if (!read) {
                return "numerical answer \"" + answer.text + "\" is not a number";
            }
            number.value = read->value;
            number.tolerance = read->tolerance;
            if (FullCredit(answer)) {
                add_variant(Trim(answer.text.substr(0, answer.text.find(':'))), true);
            }
            continue;
        }
        if (gap.kind == Kind::kTyped || gap.kind == Kind::kCaseTyped) {
            detail.answers.push_back(
                {answer.text, std::clamp(answer.fraction, 0.0, 1.0), answer.feedback});
            if (any_other) {
                continue;  // Moodle's catch-all: any other text, for its feedback
            }
        }
        if (auto problem = MarkerProblem(answer.text)) {
            return problem;
        }
        if (gap.kind == Kind::kTyped || gap.kind == Kind::kCaseTyped) {
            if (FullCredit(answer)) {
                add_variant(answer.text, true);
            }
            continue;
        }
        // A choice: right in the marker when full credit (MULTICHOICE) or any credit
        // (MULTIRESPONSE, where each right tick earns its share).
        const bool right = gap.kind == Kind::kResponses ? answer.fraction > 0 : FullCredit(answer);
        Choice& choice = detail.choices.emplace_back();
        choice.text = answer.text;
        choice.correct = right;
        choice.feedback = answer.feedback;
        if (gap.kind == Kind::kResponses || (answer.fraction != 0 && !FullCredit(answer))) {
            choice.credit = answer.fraction;  // a MULTICHOICE option is otherwise right or wrong
        }
        add_variant(answer.text, right);
    }
    if (variants.find('~') == std::string::npos &&
        (gap.kind == Kind::kChoice || gap.kind == Kind::kResponses)) {
        return std::string("a ") + (gap.kind == Kind::kChoice ? "MULTICHOICE" : "MULTIRESPONSE") +
               " sub-question needs at least 2 choices, one of them wrong";
    }
    if (!any_right) {
        return "no answer gives full credit (100%)";
    }
    return std::nullopt;
}

// Fills gap.gap and gap.detail, or gap.problem, from the gap's kind and answers.
void MakeGap(EmbeddedGap& gap) {
    switch (gap.kind) {
        case Kind::kChoice:
            gap.detail.kind = content::GapKind::kChoice;
            break;
        case Kind::kResponses:
            gap.detail.kind = content::GapKind::kMultiResponse;
            break;
        case Kind::kNumber:
            gap.detail.kind = content::GapKind::kNumerical;
            break;
        default:
            gap.detail.kind = content::GapKind::kTyped;
            gap.detail.case_sensitive = gap.kind == Kind::kCaseTyped;
            break;
    }
    gap.detail.weight = gap.weight;
    std::string variants;
    if (auto problem = FillDetail(gap, variants)) {
        gap.problem = std::move(*problem);
        return;
    }
    gap.gap = "{{" + variants + "}}";
}

// True when the gap's marker alone says everything its detail holds, weight aside.
bool MarkerSaysAll(const GapDetail& detail) {
    switch (detail.kind) {
        case content::GapKind::kTyped:
            return !detail.case_sensitive &&
                   std::ranges::all_of(detail.answers, [](const TextAnswer& answer) {
                       return answer.credit >= 1 && answer.feedback.empty() &&
                              answer.text != kAnyOtherAnswer;
                   });
        case content::GapKind::kChoice:
            return std::ranges::all_of(detail.choices, [](const Choice& choice) {
                return !choice.credit && choice.feedback.empty();
            });
        case content::GapKind::kNumerical:
        case content::GapKind::kMultiResponse:
            return false;
    }
    return false;
}

}  // namespace

std::vector<GapDetail> GapDetails(const std::vector<EmbeddedGap>& gaps) {
    const bool weighted = std::ranges::any_of(
        gaps, [&](const EmbeddedGap& gap) { return gap.weight != gaps.front().weight; });
    const bool needed = weighted || std::ranges::any_of(gaps, [](const EmbeddedGap& gap) {
                            return !MarkerSaysAll(gap.detail);
                        });
    std::vector<GapDetail> details;
    if (!needed) {
        return details;
    }
    for (const EmbeddedGap& gap : gaps) {
        GapDetail& detail = details.emplace_back(gap.detail);
        detail.weight = weighted ? gap.weight : 1;  // equal weights are Summit's default
        if (MarkerSaysAll(detail)) {
            detail.answers.clear();
            detail.choices.clear();
        }
    }
    return details;
}

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
        } else if (!(gap.weight > 0)) {
            gap.problem = "a sub-question of weight 0 has no Summit gap";
        } else {
            gap.answers = std::move(*answers);
            MakeGap(gap);
        }
        open = close;
    }
    return gaps;
}

}  // namespace summit::content::moodle
