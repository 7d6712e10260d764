// Grade(): dispatch by question type, and the graders for the types answered by picking
// (multiple choice, true/false, matching, ordering). Text answers are in grading_text.cpp.
#include "app/grading/grading.h"

#include <algorithm>
#include <set>

#include "app/grading/grading_parts.h"
#include "content/richtext/question_texts.h"

namespace summit::study {
namespace {

using content::Question;
using content::QuestionType;
using grading_detail::CountCodePoints;
using grading_detail::VerdictForScore;

int ReadChars(const Question& question) {
    int total = CountCodePoints(question.prompt);
    for (const auto& choice : question.choices) {
        total += CountCodePoints(choice.text);
    }
    for (const auto& pair : question.pairs) {
        total += CountCodePoints(pair.left) + CountCodePoints(pair.right);
    }
    for (const auto& item : question.items) {
        total += CountCodePoints(item);
    }
    return total;
}

std::string Join(const std::vector<std::string>& parts, std::string_view separator) {
    std::string out;
    for (size_t i = 0; i < parts.size(); ++i) {
        out += i == 0 ? "" : separator;
        out += parts[i];
    }
    return out;
}

// Without credits: (right picks - wrong picks) / correct choices, at least 0. Picking
// everything in a "select all" question does not earn credit for free, and a single-answer
// question is all or nothing (one right plus one wrong pick is 0). With credits (any choice
// sets one, as imported from Moodle): the sum of the picked choices' credits in [0, 1]; a
// choice without one is worth 1 / correct choices when correct, else 0.
Result<GradeResult> GradeMultipleChoice(const Question& question, const Answer& answer,
                                        GradeResult result) {
    std::set<int> picked;
    for (const int index : answer.chosen) {
        if (index < 0 || index >= static_cast<int>(question.choices.size())) {
            return Fail(ErrorCode::kInvalidArgument, "choice " + std::to_string(index) +
                                                         " does not exist in question '" +
                                                         question.id + "'");
        }
        picked.insert(index);
    }
    int correct_total = 0;
    int right_picks = 0;
    int wrong_picks = 0;
    std::vector<std::string> correct_texts;
    for (size_t i = 0; i < question.choices.size(); ++i) {
        const auto& choice = question.choices[i];
        const bool was_picked = picked.contains(static_cast<int>(i));
        correct_total += choice.correct ? 1 : 0;
        right_picks += choice.correct && was_picked ? 1 : 0;
        wrong_picks += !choice.correct && was_picked ? 1 : 0;
        if (choice.correct) {
            correct_texts.push_back(choice.text);
        }
        result.parts.push_back({choice.correct == was_picked ? Verdict::kCorrect : Verdict::kWrong,
                                choice.correct ? choice.text : "",
                                was_picked ? choice.text : "",
                                {}});
    }
    result.correct_answer = Join(correct_texts, "; ");
    result.score = correct_total == 0
                       ? 0.0
                       : std::max(0.0, static_cast<double>(right_picks - wrong_picks) /
                                           static_cast<double>(correct_total));
    if (std::ranges::any_of(question.choices, [](const auto& c) { return c.credit.has_value(); })) {
        double credit = 0;
        for (const int index : picked) {
            const auto& choice = question.choices[static_cast<size_t>(index)];
            credit += choice.credit.value_or(
                choice.correct ? 1.0 / static_cast<double>(correct_total) : 0.0);
        }
        // A sum of fractions such as 3 x 33.333% lands a hair below 1.
        result.score = credit > 1.0 - 1e-6 ? 1.0 : std::clamp(credit, 0.0, 1.0);
    }
    result.verdict = VerdictForScore(result.score);
    return result;
}

GradeResult GradeTrueFalse(const Question& question, const Answer& answer, GradeResult result) {
    const char* expected = question.answer ? "True" : "False";
    const bool right = answer.said_true == question.answer;
    result.parts.push_back({right ? Verdict::kCorrect : Verdict::kWrong,
                            expected,
                            answer.said_true ? "True" : "False",
                            {}});
    result.correct_answer = expected;
    result.score = right ? 1.0 : 0.0;
    result.verdict = VerdictForScore(result.score);
    return result;
}

// Score: the fraction of lefts matched to the right text (two pairs may share a right).
Result<GradeResult> GradeMatching(const Question& question, const Answer& answer,
                                  GradeResult result) {
    const int count = static_cast<int>(question.pairs.size());
    if (static_cast<int>(answer.matches.size()) != count) {
        return Fail(ErrorCode::kInvalidArgument, "matching answer has " +
                                                     std::to_string(answer.matches.size()) +
                                                     " entries for " + std::to_string(count) +
                                                     " pairs in question '" + question.id + "'");
    }
    int right = 0;
    std::vector<std::string> lines;
    for (int i = 0; i < count; ++i) {
        const int chosen = answer.matches[static_cast<size_t>(i)];
        if (chosen < -1 || chosen >= count) {
            return Fail(ErrorCode::kInvalidArgument,
                        "matching answer names right " + std::to_string(chosen) +
                            ", which does not exist in question '" + question.id + "'");
        }
        const auto& pair = question.pairs[static_cast<size_t>(i)];
        const std::string given =
            chosen < 0 ? "" : question.pairs[static_cast<size_t>(chosen)].right;
        const bool ok = chosen >= 0 && given == pair.right;
        right += ok ? 1 : 0;
        result.parts.push_back({ok ? Verdict::kCorrect : Verdict::kWrong, pair.right, given, {}});
        lines.push_back(pair.left + " → " + pair.right);
    }
    result.correct_answer = Join(lines, "; ");
    result.score = count == 0 ? 0.0 : static_cast<double>(right) / count;
    result.verdict = VerdictForScore(result.score);
    return result;
}

// Score: the fraction of item pairs the student put in the right relative order (Kendall's
// concordance), so moving one item costs little while a reversal scores 0. Items with equal
// text are interchangeable.
Result<GradeResult> GradeOrdering(const Question& question, const Answer& answer,
                                  GradeResult result) {
    const size_t count = question.items.size();
    std::vector<bool> seen(count, false);
    bool permutation = answer.order.size() == count;
    for (const int index : answer.order) {
        permutation = permutation && index >= 0 && static_cast<size_t>(index) < count &&
                      !seen[static_cast<size_t>(index)];
        if (permutation) {
            seen[static_cast<size_t>(index)] = true;
        }
    }
    if (!permutation) {
        return Fail(ErrorCode::kInvalidArgument, "ordering answer is not a permutation of the " +
                                                     std::to_string(count) +
                                                     " items of question '" + question.id + "'");
    }
    // The rank of each placed item: the first index holding its text, so duplicates tie.
    std::vector<size_t> rank(count);
    for (size_t k = 0; k < count; ++k) {
        const auto& text = question.items[static_cast<size_t>(answer.order[k])];
        rank[k] =
            static_cast<size_t>(std::ranges::find(question.items, text) - question.items.begin());
        const bool ok = text == question.items[k];
        result.parts.push_back(
            {ok ? Verdict::kCorrect : Verdict::kWrong, question.items[k], text, {}});
    }
    int concordant = 0;
    int total = 0;
    for (size_t a = 0; a < count; ++a) {
        for (size_t b = a + 1; b < count; ++b) {
            ++total;
            concordant += rank[a] <= rank[b] ? 1 : 0;
        }
    }
    result.correct_answer = Join(question.items, " → ");
    result.score = total == 0 ? 1.0 : static_cast<double>(concordant) / total;
    result.verdict = VerdictForScore(result.score);
    return result;
}

}  // namespace

Result<GradeResult> Grade(const Question& question, const Answer& answer) {
    if (question.text_format == content::TextFormat::kMarkdown) {
        // A typed "H2O" answers "H~2~O": answers are compared with, and shown as, the texts
        // without their markup.
        return Grade(content::PlainQuestion(question), answer);
    }
    GradeResult result;
    result.type = question.type;
    result.read_chars = ReadChars(question);
    switch (question.type) {
        case QuestionType::kFlashcard:
            result.correct_answer = question.back;
            return result;
        case QuestionType::kTyped:
            return grading_detail::GradeTyped(question, answer);
        case QuestionType::kCloze:
            return grading_detail::GradeCloze(question, answer);
        case QuestionType::kNumerical:
            return grading_detail::GradeNumerical(question, answer);
        default:
            break;
    }
    if (answer.dont_know) {
        // Still build the correct answer text: grade an empty answer and drop its parts.
        Answer empty;
        empty.matches.assign(question.pairs.size(), -1);
        for (int i = 0; i < static_cast<int>(question.items.size()); ++i) {
            empty.order.push_back(i);
        }
        empty.said_true = !question.answer;
        auto graded = Grade(question, empty);
        if (!graded) {
            return graded;
        }
        graded->parts.clear();
        graded->score = 0;
        graded->verdict = Verdict::kWrong;
        graded->dont_know = true;
        return graded;
    }
    switch (question.type) {
        case QuestionType::kMultipleChoice:
            return GradeMultipleChoice(question, answer, std::move(result));
        case QuestionType::kTrueFalse:
            return GradeTrueFalse(question, answer, std::move(result));
        case QuestionType::kMatching:
            return GradeMatching(question, answer, std::move(result));
        case QuestionType::kOrdering:
            return GradeOrdering(question, answer, std::move(result));
        default:
            break;
    }
    return Fail(ErrorCode::kInvalidArgument, "unknown question type");
}

const char* VerdictName(Verdict verdict) {
    switch (verdict) {
        case Verdict::kCorrect:
            return "correct";
        case Verdict::kAlmost:
            return "almost";
        case Verdict::kPartial:
            return "partial";
        case Verdict::kWrong:
            return "wrong";
    }
    return "wrong";
}

}  // namespace summit::study
