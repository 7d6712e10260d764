// The whole optimizer run behind `summit optimize` and Settings: refuse too little data, fit,
// and score the fit before and after, in-sample and by a time-series split.
#pragma once

#include <cstddef>

#include "app/optimizer/fit.h"
#include "app/optimizer/scoring.h"
#include "app/optimizer/training_set.h"

namespace summit::optimizer {

// fsrs-rs fits with fewer, but Anki asks for about 400 items before it trusts the result.
inline constexpr size_t kMinimumItems = 400;
inline constexpr int kTimeSplitFolds = 5;

struct OptimizeOptions {
    FitOptions fit;  // fit.progress hears the fraction of the whole run, folds included
    study::FsrsWeights current = study::kDefaultFsrsWeights;  // the "before" weights
    bool time_split = true;  // also fit 5 times on the past and score the following future
};

struct OptimizeReport {
    size_t reviews = 0;
    size_t cards = 0;
    size_t items = 0;          // training items (answers on a later day than the previous)
    size_t trained_items = 0;  // after the outlier filter
    size_t scored_items = 0;   // the items the scores are over (the filter's survivors)
    study::FsrsWeights current{};
    study::FsrsWeights fitted{};
    Evaluation before;  // in-sample, current weights
    Evaluation after;   // in-sample, fitted weights
    bool has_split = false;
    Evaluation split_before;  // the split's test items, current weights
    Evaluation split_after;   // the same items, each predicted by weights fitted on its past
};

// Errors: kInvalidArgument when the set has fewer than kMinimumItems items (the message says
// how many there are and how many are needed); those of Fit.
[[nodiscard]] Result<OptimizeReport> Optimize(const TrainingSet& set,
                                              const OptimizeOptions& options);

}  // namespace summit::optimizer
