// Suggesting a review rating (Again/Hard/Good/Easy) from a graded answer. The student may
// override the suggestion; that choice belongs to the UI. Rules in docs/grading.md.
#pragma once

#include <cstdint>
#include <optional>

#include "app/grading/grading.h"
#include "content/model/card.h"
#include "content/model/error.h"
#include "content/model/question.h"

namespace summit::study {

// When an answer counts as Hard rather than Again, and as Easy rather than Good. An answer is
// "fast" when it took at most EasyLimitMs(): a base time for the question type, plus time to
// read the question and to type the answer, clamped to [easy_min_ms, easy_max_ms].
struct RatingThresholds {
    double partial_credit_hard_min = 0.5;     // score 0..1: partial >= it is Hard, else Again; 0.5
    int easy_ms_per_read_char = 40;           // ms per char of prompt/options, 0..1000; 40
    int easy_ms_per_typed_char = 300;         // ms per char of answer to type, 0..5000; 300
    int64_t easy_min_ms = 2'000;              // ms, lower clamp of the limit, >= 0; 2 s
    int64_t easy_max_ms = 20'000;             // ms, upper clamp, >= easy_min_ms; 20 s
    int64_t easy_base_ms_choice = 2'000;      // ms base for multiple choice, >= 0; 2 s
    int64_t easy_base_ms_true_false = 1'500;  // ms base for true/false, >= 0; 1.5 s
    int64_t easy_base_ms_typed = 2'500;       // ms base for typed, >= 0; 2.5 s
    int64_t easy_base_ms_cloze = 2'500;       // ms base for cloze, >= 0; 2.5 s
    int64_t easy_base_ms_matching = 4'000;    // ms base for matching, >= 0; 4 s
    int64_t easy_base_ms_ordering = 4'000;    // ms base for ordering, >= 0; 4 s
};

// Checks every field against the range in its comment (the last value is the default). Errors:
// kInvalidArgument naming the first field out of range.
[[nodiscard]] Status ValidateRatingThresholds(const RatingThresholds& thresholds);

// The longest answer time, in ms, that still counts as fast for this graded question.
int64_t EasyLimitMs(const GradeResult& grade, const RatingThresholds& thresholds);

// True for a question a blind guess gets right half the time: true/false, and multiple choice
// with at most two options. A quick correct answer to one says little about memory.
bool IsGuessable(const GradeResult& grade);

// The suggested rating:
//  - wrong or "I don't know" -> Again;
//  - partial -> Hard when score >= partial_credit_hard_min, else Again;
//  - almost -> Hard;
//  - correct after a hint -> Hard; correct in at most EasyLimitMs() (duration known, > 0)
//    -> Easy, except for a guessable question (IsGuessable), which is never suggested Easy;
//    otherwise correct -> Good.
// Returns nullopt for a self-rated grade (a flashcard): there is nothing to suggest, and the
// student's own rating is the rating.
std::optional<Rating> SuggestRating(const GradeResult& grade, const Answer& answer,
                                    const RatingThresholds& thresholds);

}  // namespace summit::study
