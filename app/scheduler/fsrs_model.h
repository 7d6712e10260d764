// The FSRS-6 memory model: difficulty, stability and retrievability formulas with the exact
// rounding and clamping of ts-fsrs 5.4.2 (FSRS.md §3-§10). Used by FsrsScheduler; exposed for
// tests and tools that need the raw formulas.
#pragma once

#include "app/scheduler/fsrs_params.h"

namespace summit::study {

struct MemoryState {
    double stability = 0;   // days
    double difficulty = 0;  // 1..10
};

class FsrsModel {
  public:
    // `w` must already be migrated and clamped (MigrateFsrsWeights); 0 < retention <= 1.
    FsrsModel(const FsrsWeights& w, double request_retention, bool enable_short_term);

    // R(t, S): probability of recall after `elapsed_days` whole days.
    double ForgettingCurve(double elapsed_days, double stability) const;

    // The memory state after answering `grade` (1..4) `elapsed_days` after the last review,
    // with retrievability `r` at that time. `previous` of (0, 0) means a first review.
    MemoryState Step(const MemoryState& previous, int64_t elapsed_days, int grade, double r) const;

    // round(S * interval modifier), clamped to [1, maximum_interval]; no fuzz.
    int Interval(double stability, int maximum_interval) const;

    double InitStability(int grade) const;
    double InitDifficulty(int grade) const;  // raw: not clamped to [1, 10]
    double NextDifficulty(double difficulty, int grade) const;
    double RecallStability(double d, double s, double r, int grade) const;
    double ForgetStability(double d, double s, double r) const;
    double ShortTermStability(double s, int grade) const;

    const FsrsWeights& weights() const { return w_; }
    double decay() const { return decay_; }
    double factor() const { return factor_; }
    double interval_modifier() const { return interval_modifier_; }

  private:
    FsrsWeights w_;
    bool enable_short_term_;
    double decay_;              // -w20
    double factor_;             // 0.9^(1/decay) - 1, so that R(S, S) = 0.9
    double interval_modifier_;  // interval / stability at the desired retention
    double exp_w8_;             // e^w8, hoisted out of every recall
    double easy_d0_;            // unclamped D0(Easy), the mean-reversion target
};

}  // namespace summit::study
