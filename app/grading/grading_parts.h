// Internal to grading: the per-type graders and the shared rules that turn parts into a
// verdict and a score.
#pragma once

#include <span>
#include <string>
#include <string_view>

#include "app/grading/grading.h"

namespace summit::study::grading_detail {

// Credit for a gap or typed answer that is almost right: it counts, but not fully.
inline constexpr double kAlmostCredit = 0.5;

int CountCodePoints(std::string_view text);

bool IsBlank(std::string_view text);

// The result of a typed or numerical answer before grading: type, read_chars and the right
// answer; "I don't know" when `answer` says so or its text is blank (returns true).
bool StartTextAnswer(const content::Question& question, const Answer& answer,
                     std::string correct_answer, GradeResult& result);

// Concludes a one-part answer that matched an answer worth `credit` (0..1) with `feedback`.
void ConcludeCredit(GradeResult& result, double credit, std::string feedback);

// Grades one free-text part against its accepted answers (the first is canonical).
PartResult GradeTextPart(std::string_view given, std::span<const std::string> accepted);

// Sets score and verdict from the parts of a typed or cloze answer: each part earns 1, or
// kAlmostCredit when almost; the score is the mean. All parts right is kCorrect, all right or
// almost is kAlmost, any credit kPartial, none kWrong.
void ConcludeTextParts(GradeResult& result);

// kCorrect for 1, kWrong for 0, kPartial in between.
Verdict VerdictForScore(double score);

[[nodiscard]] Result<GradeResult> GradeTyped(const content::Question& question,
                                             const Answer& answer);
// "3.5", "1e+06": at most 15 significant digits, no trailing zeros.
std::string FormatNumber(double value);
// The first full-credit number with its tolerance and unit, "3 ± 2 m".
std::string NumericAnswerText(const content::Question& question);

[[nodiscard]] Result<GradeResult> GradeNumerical(const content::Question& question,
                                                 const Answer& answer);
[[nodiscard]] Result<GradeResult> GradeCloze(const content::Question& question,
                                             const Answer& answer);

}  // namespace summit::study::grading_detail
