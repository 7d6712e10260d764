// Merging cloze markers with their gap details, and the checks that keep the two in step.
#include "content/model/cloze_gaps.h"

#include <algorithm>
#include <charconv>
#include <cmath>

namespace summit::content {
namespace {

constexpr double kFull = 1 - 1e-9;

std::optional<double> ReadPlainNumber(const std::string& text) {
    double value = 0;
    const char* end = text.data() + text.size();
    const auto [ptr, ec] = std::from_chars(text.data(), end, value);
    if (ec != std::errc() || ptr != end || !std::isfinite(value)) {
        return std::nullopt;
    }
    return value;
}

// The marker's options as choices: correct where unmarked.
std::vector<Choice> MarkerChoices(const ClozeGap& marker) {
    std::vector<Choice> choices;
    for (const std::string& option : marker.choices) {
        Choice& choice = choices.emplace_back();
        choice.text = option;
        choice.correct = std::ranges::find(marker.answers, option) != marker.answers.end();
    }
    return choices;
}

std::optional<std::string> CheckTyped(const ResolvedGap& gap) {
    for (const TextAnswer& answer : gap.answers) {
        if (answer.text.empty()) {
            return "an answer is empty";
        }
        if (!(answer.credit >= 0 && answer.credit <= 1)) {
            return "the credit of \"" + answer.text + "\" is outside 0 to 1";
        }
    }
    const bool full =
        !gap.accepted.empty() || std::ranges::any_of(gap.answers, [](const TextAnswer& answer) {
            return answer.credit >= kFull && answer.text != kAnyOtherAnswer;
        });
    return full ? std::nullopt : std::optional<std::string>("no answer earns full credit");
}

std::optional<std::string> CheckNumbers(const ResolvedGap& gap) {
    bool full = false;
    for (const NumericAnswer& number : gap.numbers) {
        if (!(number.credit >= 0 && number.credit <= 1) || !(number.tolerance >= 0) ||
            !std::isfinite(number.value) || !std::isfinite(number.tolerance)) {
            return "a number has a credit outside 0 to 1 or a bad value or tolerance";
        }
        full = full || (number.credit >= kFull && !number.any_other);
    }
    return full ? std::nullopt : std::optional<std::string>("no number earns full credit");
}

std::optional<std::string> CheckChoices(const ResolvedGap& gap, const ClozeGap& marker) {
    if (marker.choices.empty()) {
        return "its marker lists no options (mark the wrong ones with \"~\")";
    }
    const std::vector<Choice> from_marker = MarkerChoices(marker);
    if (gap.choices.size() != from_marker.size()) {
        return "its choices are not the options of its marker";
    }
    for (std::size_t i = 0; i < gap.choices.size(); ++i) {
        const Choice& choice = gap.choices[i];
        if (choice.text != from_marker[i].text || choice.correct != from_marker[i].correct) {
            return "choice " + std::to_string(i + 1) + " is not option " + std::to_string(i + 1) +
                   " of its marker, right or wrong alike";
        }
        if (choice.credit && !(*choice.credit >= -1 && *choice.credit <= 1)) {
            return "choice " + std::to_string(i + 1) + " has credit outside -1 to 1";
        }
    }
    return std::nullopt;
}

// Fills `gap` from its marker and detail; the reason it cannot be graded otherwise.
std::optional<std::string> Resolve(const ClozeGap& marker, const GapDetail* detail,
                                   ResolvedGap& gap) {
    gap.shown = marker.answers.front();
    gap.kind = marker.choices.empty() ? GapKind::kTyped : GapKind::kChoice;
    if (detail != nullptr) {
        gap.kind = detail->kind;
        gap.weight = detail->weight;
        gap.case_sensitive = detail->case_sensitive;
        if (!(gap.weight > 0) || !std::isfinite(gap.weight)) {
            return "its weight is not above 0";
        }
    }
    switch (gap.kind) {
        case GapKind::kTyped:
            gap.answers = detail != nullptr ? detail->answers : std::vector<TextAnswer>{};
            if (gap.answers.empty()) {
                gap.accepted = marker.answers;
            }
            return CheckTyped(gap);
        case GapKind::kChoice:
        case GapKind::kMultiResponse:
            gap.choices = detail != nullptr && !detail->choices.empty() ? detail->choices
                                                                        : MarkerChoices(marker);
            if (gap.kind == GapKind::kMultiResponse) {
                gap.shown.clear();
                for (const Choice& choice : gap.choices) {
                    gap.shown +=
                        choice.correct ? (gap.shown.empty() ? "" : ", ") + choice.text : "";
                }
            }
            return CheckChoices(gap, marker);
        case GapKind::kNumerical:
            gap.numbers = detail != nullptr ? detail->numbers : std::vector<NumericAnswer>{};
            if (gap.numbers.empty()) {
                for (const std::string& variant : marker.answers) {
                    const auto value = ReadPlainNumber(variant);
                    if (!value) {
                        return "\"" + variant + "\" is not a number";
                    }
                    gap.numbers.emplace_back().value = *value;
                }
            }
            return CheckNumbers(gap);
    }
    return std::nullopt;
}

}  // namespace

Result<ResolvedCloze> ResolveCloze(const Question& question) {
    Result<ClozeText> parsed = ParseCloze(question.prompt);
    if (!parsed) {
        return Fail(parsed.error());
    }
    if (!question.gaps.empty() && question.gaps.size() != parsed->gaps.size()) {
        return Fail(ErrorCode::kInvalidArgument, std::to_string(question.gaps.size()) +
                                                     " gap details for " +
                                                     std::to_string(parsed->gaps.size()) + " gaps");
    }
    ResolvedCloze cloze;
    cloze.texts = std::move(parsed->texts);
    for (std::size_t i = 0; i < parsed->gaps.size(); ++i) {
        const GapDetail* detail = question.gaps.empty() ? nullptr : &question.gaps[i];
        if (auto problem = Resolve(parsed->gaps[i], detail, cloze.gaps.emplace_back())) {
            return Fail(ErrorCode::kInvalidArgument,
                        "gap " + std::to_string(i + 1) + ": " + *problem);
        }
    }
    return cloze;
}

double GapShare(const ResolvedCloze& cloze, std::size_t gap) {
    double total = 0;
    for (const ResolvedGap& each : cloze.gaps) {
        total += each.weight;
    }
    return total > 0 ? cloze.gaps[gap].weight / total : 0;
}

}  // namespace summit::content
