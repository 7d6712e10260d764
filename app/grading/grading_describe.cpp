// DescribeAnswer(): an answer as one readable line for the review log.
#include <algorithm>
#include <set>

#include "app/grading/grading.h"
#include "content/model/cloze.h"

namespace summit::study {
namespace {

template <typename T>
const T* At(const std::vector<T>& values, int index) {
    return index >= 0 && index < static_cast<int>(values.size())
               ? &values[static_cast<size_t>(index)]
               : nullptr;
}

std::string DescribeChoices(const content::Question& question, const Answer& answer) {
    std::string out;
    for (const int index : std::set<int>(answer.chosen.begin(), answer.chosen.end())) {
        const auto* choice = At(question.choices, index);
        out += out.empty() ? "" : "; ";
        out += choice ? choice->text : "?";
    }
    return out.empty() ? "(nothing chosen)" : out;
}

std::string DescribeMatches(const content::Question& question, const Answer& answer) {
    std::string out;
    for (size_t i = 0; i < question.pairs.size(); ++i) {
        const int chosen = i < answer.matches.size() ? answer.matches[i] : -1;
        const auto* right = At(question.pairs, chosen);
        out += i == 0 ? "" : "; ";
        out += question.pairs[i].left + " → " + (right ? right->right : "?");
    }
    return out;
}

std::string DescribeOrder(const content::Question& question, const Answer& answer) {
    std::string out;
    for (size_t k = 0; k < answer.order.size(); ++k) {
        const auto* item = At(question.items, answer.order[k]);
        out += k == 0 ? "" : " → ";
        out += item ? *item : "?";
    }
    return out;
}

std::string DescribeGaps(const content::Question& question, const Answer& answer) {
    const auto cloze = content::ParseCloze(question.prompt);
    std::string out;
    if (!cloze || cloze->gaps.size() != answer.gaps.size()) {
        // The sentence cannot be rebuilt: list the gaps instead.
        for (size_t i = 0; i < answer.gaps.size(); ++i) {
            out += (i == 0 ? "[" : " [") + answer.gaps[i] + "]";
        }
        return out;
    }
    for (size_t i = 0; i < cloze->texts.size(); ++i) {
        out += cloze->texts[i];
        if (i >= answer.gaps.size()) {
            continue;
        }
        std::string given = answer.gaps[i];
        if (i < answer.gap_picks.size() && !answer.gap_picks[i].empty()) {
            given.clear();  // ticked options of a multi-response gap
            for (int pick : answer.gap_picks[i]) {
                const auto* option = At(cloze->gaps[i].choices, pick);
                given += (given.empty() ? "" : "; ") + (option ? *option : std::string("?"));
            }
        }
        out += "[" + given + "]";
    }
    return out;
}

}  // namespace

std::string DescribeAnswer(const content::Question& question, const Answer& answer) {
    using content::QuestionType;
    if (question.type == QuestionType::kFlashcard) {
        return "(self-rated)";
    }
    const bool blank_typed =
        (question.type == QuestionType::kTyped || question.type == QuestionType::kNumerical) &&
        answer.text.find_first_not_of(" \t\r\n") == std::string::npos;
    const bool blank_cloze =
        question.type == QuestionType::kCloze &&
        std::ranges::all_of(answer.gaps,
                            [](const std::string& gap) {
                                return gap.find_first_not_of(" \t\r\n") == std::string::npos;
                            }) &&
        std::ranges::all_of(answer.gap_picks, &std::vector<int>::empty);
    if (answer.dont_know || blank_typed || blank_cloze) {
        return "I don't know";
    }
    switch (question.type) {
        case QuestionType::kMultipleChoice:
            return DescribeChoices(question, answer);
        case QuestionType::kTrueFalse:
            return answer.said_true ? "True" : "False";
        case QuestionType::kTyped:
        case QuestionType::kNumerical:
            return answer.text;
        case QuestionType::kCloze:
            return DescribeGaps(question, answer);
        case QuestionType::kMatching:
            return DescribeMatches(question, answer);
        case QuestionType::kOrdering:
            return DescribeOrder(question, answer);
        case QuestionType::kFlashcard:
            break;
    }
    return "";
}

}  // namespace summit::study
