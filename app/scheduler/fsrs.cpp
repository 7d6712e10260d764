// The FSRS-6 state machine around the memory model: learning steps, graduation, review
// intervals with their Hard < Good < Easy ordering, lapses, and the long-term-only mode
// (FSRS.md §12, as ts-fsrs' BasicScheduler and LongTermScheduler).
#include "app/scheduler/fsrs.h"

#include <algorithm>
#include <utility>

#include "app/scheduler/fuzz.h"
#include "app/scheduler/steps.h"

namespace summit::study {
namespace {

constexpr int64_t kMsPerMinute = 60'000;
constexpr int64_t kMsPerDay = 86'400'000;
constexpr int kMinutesPerDay = 1440;

// Everything one review needs that does not depend on the rating.
struct ReviewContext {
    int64_t now_ms;
    int64_t elapsed_days;
    double fuzz_u;  // random factor in [0, 1), or -1 when fuzz is off
};

}  // namespace

FsrsScheduler::FsrsScheduler(FsrsParams params, const FsrsWeights& weights,
                             std::vector<int> learning, std::vector<int> relearning)
    : params_(std::move(params)),
      model_(weights, params_.request_retention, params_.enable_short_term),
      learning_minutes_(std::move(learning)),
      relearning_minutes_(std::move(relearning)) {
    params_.w.assign(weights.begin(), weights.end());
}

Result<FsrsScheduler> FsrsScheduler::Create(FsrsParams params) {
    if (Status valid = ValidateFsrsParams(params); !valid) {
        return Fail(valid.error());
    }
    Result<std::vector<int>> learning = ParseSteps(params.learning_steps);
    if (!learning) {
        return Fail(learning.error());
    }
    Result<std::vector<int>> relearning = ParseSteps(params.relearning_steps);
    if (!relearning) {
        return Fail(relearning.error());
    }
    Result<FsrsWeights> weights = MigrateFsrsWeights(
        params.w, static_cast<int>(params.relearning_steps.size()), params.enable_short_term);
    return FsrsScheduler(std::move(params), *weights, std::move(*learning), std::move(*relearning));
}

double FsrsScheduler::Retrievability(const CardState& card, int64_t now_ms) const {
    if (card.phase == CardPhase::kNew || card.stability <= 0) {
        return 0;
    }
    const int64_t elapsed =
        std::max<int64_t>(0, ElapsedDays(card.last_review_ms, now_ms, params_.day_rule));
    return model_.ForgettingCurve(static_cast<double>(elapsed), card.stability);
}

namespace {

int FuzzedInterval(const FsrsModel& model, const FsrsParams& params, const ReviewContext& ctx,
                   double stability) {
    const int interval = model.Interval(stability, params.maximum_interval);
    if (ctx.fuzz_u < 0) {
        return interval;
    }
    return ApplyFuzz(interval, ctx.elapsed_days, params.maximum_interval, ctx.fuzz_u);
}

void SetInterval(CardState& out, const ReviewContext& ctx, int days) {
    out.scheduled_days = days;
    out.due_ms = ctx.now_ms + days * kMsPerDay;
}

}  // namespace

CardState FsrsScheduler::Next(const CardState& card, int64_t now_ms, Rating rating) const {
    const int grade = static_cast<int>(rating);
    const bool is_new = card.phase == CardPhase::kNew;
    int64_t elapsed = 0;
    if (!is_new && card.last_review_ms != 0) {
        elapsed = std::max<int64_t>(0, ElapsedDays(card.last_review_ms, now_ms, params_.day_rule));
    }
    const MemoryState before{card.stability, card.difficulty};
    const bool first = before.stability == 0 && before.difficulty == 0;
    const double r =
        first ? 1.0 : model_.ForgettingCurve(static_cast<double>(elapsed), card.stability);
    double fuzz_u = -1;
    if (params_.enable_fuzz) {
        fuzz_u = Alea(FuzzSeed(now_ms, card.reps + 1, card.difficulty * card.stability)).Next();
    }
    const ReviewContext ctx{now_ms, elapsed, fuzz_u};

    CardState out = card;
    out.reps = card.reps + 1;
    out.last_review_ms = now_ms;
    auto with_memory = [&](int g) {
        const MemoryState m = model_.Step(before, elapsed, g, r);
        CardState next = out;
        next.stability = m.stability;
        next.difficulty = m.difficulty;
        return next;
    };

    const bool review_like =
        card.phase == CardPhase::kReview || (!params_.enable_short_term && !is_new);
    if (!params_.enable_short_term) {
        // Long-term only: every answer is a day interval, chained Again < Hard < Good < Easy.
        std::array<CardState, 4> all = {with_memory(1), with_memory(2), with_memory(3),
                                        with_memory(4)};
        std::array<int, 4> days{};
        for (int g = 0; g < 4; ++g) {
            days[g] = FuzzedInterval(model_, params_, ctx, all[g].stability);
        }
        days[0] = std::min(days[0], days[1]);
        days[1] = std::max(days[1], days[0] + 1);
        days[2] = std::max(days[2], days[1] + 1);
        days[3] = std::max(days[3], days[2] + 1);
        CardState& chosen = all[grade - 1];
        chosen.phase = CardPhase::kReview;
        chosen.step = 0;
        SetInterval(chosen, ctx, days[grade - 1]);
        if (grade == 1 && review_like) {
            chosen.lapses += 1;
        }
        return chosen;
    }

    // Applies the (re)learning-step policy to `next` (FSRS.md §12.1).
    auto apply_steps = [&](CardState& next, int g, CardPhase learning_phase) {
        const bool relearning =
            card.phase == CardPhase::kRelearning || card.phase == CardPhase::kReview;
        const StepOutcome step = StepFor(relearning ? relearning_minutes_ : learning_minutes_,
                                         card.step, card.phase == CardPhase::kReview, g);
        if (step.minutes > 0 && step.minutes < kMinutesPerDay) {
            next.phase = learning_phase;
            next.step = step.next_step;
            next.scheduled_days = 0;
            next.due_ms = now_ms + step.minutes * kMsPerMinute;
            return;
        }
        next.phase = CardPhase::kReview;
        if (step.minutes >= kMinutesPerDay) {
            next.step = step.next_step;
            next.due_ms = now_ms + step.minutes * kMsPerMinute;
            next.scheduled_days = step.minutes / kMinutesPerDay;
        } else {
            next.step = 0;
            SetInterval(next, ctx, FuzzedInterval(model_, params_, ctx, next.stability));
        }
    };

    if (card.phase != CardPhase::kReview) {
        CardState next = with_memory(grade);
        apply_steps(next, grade, is_new ? CardPhase::kLearning : card.phase);
        return next;
    }
    if (grade == 1) {
        CardState next = with_memory(1);
        apply_steps(next, 1, CardPhase::kRelearning);
        next.lapses += 1;
        return next;
    }
    // Review pass: Hard <= Good - 1 and Easy >= Good + 1, whatever the raw intervals say.
    const CardState hard = with_memory(2);
    const CardState good = with_memory(3);
    int hard_days = FuzzedInterval(model_, params_, ctx, hard.stability);
    int good_days = FuzzedInterval(model_, params_, ctx, good.stability);
    hard_days = std::min(hard_days, good_days);
    good_days = std::max(good_days, hard_days + 1);
    CardState next = grade == 2 ? hard : grade == 3 ? good : with_memory(4);
    int days = grade == 2 ? hard_days : good_days;
    if (grade == 4) {
        days = std::max(FuzzedInterval(model_, params_, ctx, next.stability), good_days + 1);
    }
    next.phase = CardPhase::kReview;
    next.step = 0;
    SetInterval(next, ctx, days);
    return next;
}

std::array<CardState, 4> FsrsScheduler::Preview(const CardState& card, int64_t now_ms) const {
    return {Next(card, now_ms, Rating::kAgain), Next(card, now_ms, Rating::kHard),
            Next(card, now_ms, Rating::kGood), Next(card, now_ms, Rating::kEasy)};
}

}  // namespace summit::study
