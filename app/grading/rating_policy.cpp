// The rating suggested from a graded answer, and the time allowance that makes it Easy.
#include "app/grading/rating_policy.h"

#include <algorithm>
#include <string>

namespace summit::study {
namespace {

int64_t BaseMs(content::QuestionType type, const RatingThresholds& t) {
    switch (type) {
        case content::QuestionType::kMultipleChoice:
            return t.easy_base_ms_choice;
        case content::QuestionType::kTrueFalse:
            return t.easy_base_ms_true_false;
        case content::QuestionType::kTyped:
        case content::QuestionType::kNumerical:
            return t.easy_base_ms_typed;
        case content::QuestionType::kCloze:
            return t.easy_base_ms_cloze;
        case content::QuestionType::kMatching:
            return t.easy_base_ms_matching;
        case content::QuestionType::kOrdering:
            return t.easy_base_ms_ordering;
        case content::QuestionType::kFlashcard:
            break;
    }
    return 0;
}

Status CheckRange(const char* name, double value, double low, double high) {
    if (!(value >= low && value <= high)) {
        return Fail(ErrorCode::kInvalidArgument,
                    std::string(name) + " is " + std::to_string(value) + ", outside " +
                        std::to_string(low) + ".." + std::to_string(high));
    }
    return {};
}

}  // namespace

Status ValidateRatingThresholds(const RatingThresholds& t) {
    constexpr double kNoLimit = 1e15;
    const struct {
        const char* name;
        double value;
        double low;
        double high;
    } checks[] = {
        {"partial_credit_hard_min", t.partial_credit_hard_min, 0, 1},
        {"easy_ms_per_read_char", static_cast<double>(t.easy_ms_per_read_char), 0, 1000},
        {"easy_ms_per_typed_char", static_cast<double>(t.easy_ms_per_typed_char), 0, 5000},
        {"easy_min_ms", static_cast<double>(t.easy_min_ms), 0, kNoLimit},
        {"easy_max_ms", static_cast<double>(t.easy_max_ms), static_cast<double>(t.easy_min_ms),
         kNoLimit},
        {"easy_base_ms_choice", static_cast<double>(t.easy_base_ms_choice), 0, kNoLimit},
        {"easy_base_ms_true_false", static_cast<double>(t.easy_base_ms_true_false), 0, kNoLimit},
        {"easy_base_ms_typed", static_cast<double>(t.easy_base_ms_typed), 0, kNoLimit},
        {"easy_base_ms_cloze", static_cast<double>(t.easy_base_ms_cloze), 0, kNoLimit},
        {"easy_base_ms_matching", static_cast<double>(t.easy_base_ms_matching), 0, kNoLimit},
        {"easy_base_ms_ordering", static_cast<double>(t.easy_base_ms_ordering), 0, kNoLimit},
    };
    for (const auto& check : checks) {
        if (auto status = CheckRange(check.name, check.value, check.low, check.high); !status) {
            return status;
        }
    }
    return {};
}

int64_t EasyLimitMs(const GradeResult& grade, const RatingThresholds& t) {
    const int64_t raw = BaseMs(grade.type, t) +
                        int64_t{t.easy_ms_per_read_char} * grade.read_chars +
                        int64_t{t.easy_ms_per_typed_char} * grade.answer_chars;
    return std::clamp(raw, t.easy_min_ms, std::max(t.easy_min_ms, t.easy_max_ms));
}

bool IsGuessable(const GradeResult& grade) {
    // Multiple choice has one graded part per option (see PartResult).
    return grade.type == content::QuestionType::kTrueFalse ||
           (grade.type == content::QuestionType::kMultipleChoice && !grade.parts.empty() &&
            grade.parts.size() <= 2);
}

std::optional<Rating> SuggestRating(const GradeResult& grade, const Answer& answer,
                                    const RatingThresholds& thresholds) {
    if (grade.SelfRated()) {
        return std::nullopt;
    }
    if (grade.dont_know) {
        return Rating::kAgain;
    }
    switch (*grade.verdict) {
        case Verdict::kWrong:
            return Rating::kAgain;
        case Verdict::kPartial:
            return grade.score >= thresholds.partial_credit_hard_min ? Rating::kHard
                                                                     : Rating::kAgain;
        case Verdict::kAlmost:
            return Rating::kHard;
        case Verdict::kCorrect:
            break;
    }
    if (answer.used_hint) {
        return Rating::kHard;
    }
    // A lucky 50 % guess must not earn the longest interval; the student can still pick Easy.
    if (IsGuessable(grade)) {
        return Rating::kGood;
    }
    const bool fast =
        answer.duration_ms > 0 && answer.duration_ms <= EasyLimitMs(grade, thresholds);
    return fast ? Rating::kEasy : Rating::kGood;
}

}  // namespace summit::study
