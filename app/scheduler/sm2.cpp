// Anki's SM-2 variant (FSRS.md §17.2): learning and relearning steps, review intervals with
// the late bonus, hard/easy multipliers and ordering, early reviews, lapses.
#include "app/scheduler/sm2.h"

#include <algorithm>
#include <cmath>
#include <utility>

#include "app/scheduler/fuzz.h"
#include "app/scheduler/steps.h"

namespace summit::study {
namespace {

constexpr int64_t kMsPerMinute = 60'000;
constexpr int64_t kMsPerDay = 86'400'000;
constexpr int64_t kMinutesPerDay = 1440;

std::unexpected<Error> OutOfRange(const char* name, const char* range) {
    return Fail(ErrorCode::kInvalidArgument, std::string("SM-2 ") + name + " must be " + range);
}

// Anki's step delays, in ms: Hard on the first step is the mean of the first two steps (or
// 1.5x a single step, at most one day more); Hard on a later step repeats that step.
int64_t HardDelayMs(const std::vector<int>& steps, int step) {
    const int64_t first = steps[0] * kMsPerMinute;
    if (step > 0) {
        return steps[std::min<size_t>(step, steps.size() - 1)] * kMsPerMinute;
    }
    if (steps.size() == 1) {
        return std::min(first * 3 / 2, first + kMsPerDay);
    }
    return (first + steps[1] * kMsPerMinute) / 2;
}

// Rust's f32::round (half away from zero), which Anki uses for intervals.
int RoundDays(double days) {
    return static_cast<int>(std::round(days));
}

}  // namespace

Sm2Scheduler::Sm2Scheduler(Sm2Params params, std::vector<int> learning, std::vector<int> relearning)
    : params_(std::move(params)),
      learning_minutes_(std::move(learning)),
      relearning_minutes_(std::move(relearning)) {}

Result<Sm2Scheduler> Sm2Scheduler::Create(Sm2Params params) {
    const Sm2Params& p = params;
    if (p.graduating_interval < 1) {
        return OutOfRange("graduating interval", "at least 1 day");
    }
    if (p.easy_interval < 1) {
        return OutOfRange("easy interval", "at least 1 day");
    }
    if (!(p.starting_ease >= kSm2MinEase && p.starting_ease <= 5.0)) {
        return OutOfRange("starting ease", "between 1.30 and 5.00");
    }
    if (!(p.easy_bonus >= 1.0 && p.easy_bonus <= 5.0)) {
        return OutOfRange("easy bonus", "between 1.00 and 5.00");
    }
    if (!(p.hard_interval >= 0.5 && p.hard_interval <= 1.3)) {
        return OutOfRange("hard interval", "between 0.50 and 1.30");
    }
    if (!(p.interval_modifier >= 0.5 && p.interval_modifier <= 2.0)) {
        return OutOfRange("interval modifier", "between 0.50 and 2.00");
    }
    if (!(p.lapse_interval >= 0.0 && p.lapse_interval <= 1.0)) {
        return OutOfRange("new interval after a lapse", "between 0.00 and 1.00");
    }
    if (p.minimum_interval < 1 || p.maximum_interval < p.minimum_interval) {
        return OutOfRange("interval bounds", "1 <= minimum <= maximum days");
    }
    if (p.day_rule.rollover_hour < 0 || p.day_rule.rollover_hour > 23) {
        return OutOfRange("day rollover hour", "between 0 and 23");
    }
    Result<std::vector<int>> learning = ParseSteps(p.learning_steps);
    if (!learning) {
        return Fail(learning.error());
    }
    Result<std::vector<int>> relearning = ParseSteps(p.relearning_steps);
    if (!relearning) {
        return Fail(relearning.error());
    }
    return Sm2Scheduler(std::move(params), std::move(*learning), std::move(*relearning));
}

int Sm2Scheduler::Constrain(double days, int minimum, double fuzz_u, int64_t elapsed) const {
    const int maximum = params_.maximum_interval;
    const int lower = std::clamp(std::max(minimum, params_.minimum_interval), 1, maximum);
    int interval = std::clamp(RoundDays(days * params_.interval_modifier), lower, maximum);
    if (fuzz_u >= 0) {
        interval = std::clamp(ApplyFuzz(interval, elapsed, maximum, fuzz_u), lower, maximum);
    }
    return interval;
}

CardState Sm2Scheduler::Learn(const CardState& card, int64_t now_ms, int grade) const {
    const bool relearning = card.phase == CardPhase::kRelearning;
    const std::vector<int>& steps = relearning ? relearning_minutes_ : learning_minutes_;
    CardState out = card;
    out.phase = relearning ? CardPhase::kRelearning : CardPhase::kLearning;
    const int step = std::clamp(card.step, 0, std::max(0, static_cast<int>(steps.size()) - 1));
    auto stay = [&](int64_t delay_ms, int next_step) {
        out.step = next_step;
        out.due_ms = now_ms + delay_ms;
        if (!relearning) {
            out.scheduled_days = static_cast<int>(delay_ms / kMsPerDay);
        }
        return out;
    };
    auto graduate = [&](int days) {
        out.phase = CardPhase::kReview;
        out.step = 0;
        out.scheduled_days = days;
        out.due_ms = now_ms + days * kMsPerDay;
        if (out.ease == 0) {
            out.ease = params_.starting_ease;
        }
        return out;
    };
    // A relearning card returns to the interval its lapse gave it (Easy: one day more).
    const int good_days = relearning ? std::max(card.scheduled_days, params_.minimum_interval)
                                     : params_.graduating_interval;
    const int easy_days = relearning ? good_days + 1 : params_.easy_interval;
    if (steps.empty()) {
        return graduate(grade == 4 ? easy_days : good_days);
    }
    switch (grade) {
        case 1:
            return stay(steps[0] * kMsPerMinute, 0);
        case 2:
            return stay(HardDelayMs(steps, step), step);
        case 3:
            if (step + 1 < static_cast<int>(steps.size())) {
                return stay(steps[step + 1] * kMsPerMinute, step + 1);
            }
            return graduate(good_days);
        default:
            return graduate(easy_days);
    }
}

CardState Sm2Scheduler::Review(const CardState& card, int64_t now_ms, int grade) const {
    CardState out = card;
    const double ease = card.ease > 0 ? card.ease : params_.starting_ease;
    const int64_t elapsed =
        std::max<int64_t>(0, ElapsedDays(card.last_review_ms, now_ms, params_.day_rule));
    const int scheduled = std::max(card.scheduled_days, 0);
    double fuzz_u = -1;
    if (params_.enable_fuzz) {
        fuzz_u = Alea(FuzzSeed(now_ms, card.reps + 1, ease * scheduled)).Next();
    }
    if (grade == 1) {
        out.lapses += 1;
        out.ease = std::max(kSm2MinEase, ease + kSm2EaseAgain);
        const int lapse_days =
            Constrain(std::max(scheduled, 1) * params_.lapse_interval, 1, fuzz_u, elapsed);
        out.scheduled_days = lapse_days;
        if (relearning_minutes_.empty()) {
            out.due_ms = now_ms + lapse_days * kMsPerDay;
            return out;
        }
        out.phase = CardPhase::kRelearning;
        out.step = 0;
        out.due_ms = now_ms + relearning_minutes_[0] * kMsPerMinute;
        return out;
    }
    const double current = std::max(scheduled, 1);
    const double hard_factor = params_.hard_interval;
    int hard = 0;
    int good = 0;
    int easy = 0;
    if (elapsed < scheduled) {
        // Early review: credit only the time that actually passed; no fuzz.
        const double e = static_cast<double>(elapsed);
        const double reduced_bonus = params_.easy_bonus - (params_.easy_bonus - 1) / 2;
        hard = Constrain(std::max(e * hard_factor, scheduled * hard_factor / 2), 1, -1, elapsed);
        good = Constrain(std::max(e * ease, static_cast<double>(scheduled)), hard + 1, -1, elapsed);
        easy = Constrain(std::max(e * ease, static_cast<double>(scheduled)) * reduced_bonus,
                         good + 1, -1, elapsed);
    } else {
        // On time or late: late days count half for Good and fully for Easy.
        const double late = static_cast<double>(elapsed - scheduled);
        const int hard_min = hard_factor <= 1 ? 0 : static_cast<int>(current) + 1;
        hard = Constrain(current * hard_factor, hard_min, fuzz_u, elapsed);
        const int good_min = hard_factor <= 1 ? static_cast<int>(current) + 1 : hard + 1;
        good = Constrain((current + late / 2) * ease, good_min, fuzz_u, elapsed);
        easy = Constrain((current + late) * ease * params_.easy_bonus, good + 1, fuzz_u, elapsed);
    }
    const int days = grade == 2 ? hard : grade == 3 ? good : easy;
    const double delta = grade == 2 ? kSm2EaseHard : grade == 4 ? kSm2EaseEasy : 0.0;
    out.ease = std::max(kSm2MinEase, ease + delta);
    out.phase = CardPhase::kReview;
    out.step = 0;
    out.scheduled_days = days;
    out.due_ms = now_ms + days * kMsPerDay;
    return out;
}

CardState Sm2Scheduler::Next(const CardState& card, int64_t now_ms, Rating rating) const {
    const int grade = static_cast<int>(rating);
    CardState before = card;
    if (before.phase == CardPhase::kNew) {
        before.step = 0;
        before.scheduled_days = 0;
    }
    CardState out = before.phase == CardPhase::kReview ? Review(before, now_ms, grade)
                                                       : Learn(before, now_ms, grade);
    out.reps = card.reps + 1;
    out.last_review_ms = now_ms;
    return out;
}

std::array<CardState, 4> Sm2Scheduler::Preview(const CardState& card, int64_t now_ms) const {
    return {Next(card, now_ms, Rating::kAgain), Next(card, now_ms, Rating::kHard),
            Next(card, now_ms, Rating::kGood), Next(card, now_ms, Rating::kEasy)};
}

}  // namespace summit::study
