// Summit cloze gaps written as Moodle embedded sub-questions, "{2:NUMERICAL:=3.14:0.01#Good}".
#include <algorithm>
#include <cmath>

#include "content/formats/import_support.h"
#include "content/formats/moodle_cloze.h"

namespace summit::content::moodle {
namespace {

// "=" for full credit, nothing for none (Moodle's default), else "%percent%".
std::string Grade(double credit) {
    if (credit == 0) {
        return "";
    }
    return credit >= 1 - 1e-9 ? "=" : "%" + import::Number(credit * 100) + "%";
}

std::string Feedback(const std::string& feedback, const TextWriter& text) {
    return feedback.empty() ? "" : "#" + text(feedback);
}

// A choice's Moodle fraction: its credit, or without credits Summit's default rule: a
// MULTICHOICE option is right or wrong, a MULTIRESPONSE tick adds or takes 1 / right options.
double ChoiceCredit(const ResolvedGap& gap, const Choice& choice, double right_count) {
    if (choice.credit) {
        return *choice.credit;
    }
    if (gap.kind == GapKind::kChoice) {
        return choice.correct ? 1 : 0;
    }
    return (choice.correct ? 1 : -1) / right_count;
}

std::string Answers(const ResolvedGap& gap, const TextWriter& text) {
    std::string out;
    auto add = [&](const std::string& answer) { out += (out.empty() ? "" : "~") + answer; };
    switch (gap.kind) {
        case GapKind::kTyped:
            for (const std::string& accepted : gap.accepted) {
                add("=" + text(accepted));
            }
            for (const TextAnswer& answer : gap.answers) {
                add(Grade(answer.credit) + text(answer.text) + Feedback(answer.feedback, text));
            }
            break;
        case GapKind::kChoice:
        case GapKind::kMultiResponse: {
            const double right = static_cast<double>(std::ranges::count_if(
                gap.choices, [](const Choice& choice) { return choice.correct; }));
            for (const Choice& choice : gap.choices) {
                add(Grade(ChoiceCredit(gap, choice, right)) + text(choice.text) +
                    Feedback(choice.feedback, text));
            }
            break;
        }
        case GapKind::kNumerical:
            for (const NumericAnswer& number : gap.numbers) {
                const std::string value =
                    number.any_other
                        ? std::string(kAnyOtherAnswer)
                        : import::Number(number.value) +
                              (number.tolerance != 0 ? ":" + import::Number(number.tolerance) : "");
                add(Grade(number.credit) + value + Feedback(number.feedback, text));
            }
            break;
    }
    return out;
}

}  // namespace

std::string EmbeddedGapText(const ResolvedGap& gap, const TextWriter& text, bool& weight_rounded) {
    const double weight = std::max(1.0, std::round(gap.weight));
    weight_rounded = weight_rounded || weight != gap.weight;
    std::string type;
    switch (gap.kind) {
        case GapKind::kTyped:
            // A typed gap stays typed even when it holds numbers: a NUMERICAL reads back as a
            // numerical gap, which takes "4.0" for "4".
            type = gap.case_sensitive ? "SHORTANSWER_C" : "SHORTANSWER";
            break;
        case GapKind::kChoice:
            type = "MULTICHOICE";
            break;
        case GapKind::kNumerical:
            type = "NUMERICAL";
            break;
        case GapKind::kMultiResponse:
            type = "MULTIRESPONSE";
            break;
    }
    return "{" + import::Number(weight) + ":" + type + ":" + Answers(gap, text) + "}";
}

}  // namespace summit::content::moodle
