// The FSRS-6 scheduler: decides when a card is next due from its memory state, matching the
// reference implementation ts-fsrs 5.4.2 (see docs/scheduler.md for the model and the parity
// tests).
#pragma once

#include <array>
#include <cstdint>
#include <vector>

#include "app/scheduler/fsrs_model.h"
#include "app/scheduler/fsrs_params.h"
#include "app/scheduler/scheduler.h"
#include "content/model/card.h"
#include "content/model/error.h"

namespace summit::study {

// Cards are plain values: the scheduler never keeps or owns one. Immutable after Create, so
// one instance may be shared by threads.
class FsrsScheduler final : public Scheduler {
  public:
    // Validates and prepares `params`: the weights are migrated to 21 values and clamped,
    // the steps parsed. Errors (kInvalidArgument): see ValidateFsrsParams and ParseStepMinutes.
    [[nodiscard]] static Result<FsrsScheduler> Create(FsrsParams params);

    // Review of `card` at `now_ms`. Uses card.phase, stability, difficulty, step,
    // last_review_ms, reps and lapses; sets every field but `ease` (kept as is).
    // Elapsed days come from params().day_rule.
    CardState Next(const CardState& card, int64_t now_ms, Rating rating) const override;
    std::array<CardState, 4> Preview(const CardState& card, int64_t now_ms) const override;
    const char* Name() const override { return "fsrs"; }

    // Predicted probability of recall at `now_ms`, from the whole days elapsed since the last
    // review (params().day_rule) — the value the next review would use. 0 for a new card.
    double Retrievability(const CardState& card, int64_t now_ms) const;

    // The parameters as given, except `w`, which holds the 21 weights in use.
    const FsrsParams& params() const { return params_; }
    const FsrsModel& model() const { return model_; }

  private:
    FsrsScheduler(FsrsParams params, const FsrsWeights& weights, std::vector<int> learning,
                  std::vector<int> relearning);

    FsrsParams params_;
    FsrsModel model_;
    std::vector<int> learning_minutes_;
    std::vector<int> relearning_minutes_;
};

}  // namespace summit::study
