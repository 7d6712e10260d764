// Fitting the 21 FSRS-6 weights to a training set the way fsrs-rs does: outlier filter,
// pretrained initial stabilities, then Adam on the recency-weighted binary cross-entropy with
// an L2 pull toward the starting weights, clipping after every step.
#pragma once

#include <cstdint>
#include <functional>
#include <span>

#include "app/optimizer/training_set.h"
#include "app/scheduler/fsrs_params.h"
#include "content/model/error.h"

namespace summit::optimizer {

inline constexpr const char* kCancelledMessage = "the fit was cancelled";

struct FitOptions {
    bool enable_short_term = true;  // false: w17..w19 are 0 and w0..w3 stay as pretrained
    int relearning_steps = 1;       // more than 1 lowers the ceiling of w17 and w18
    int epochs = 5;
    // More epochs when needed for this many Adam steps: 5 epochs of a small log (or of the
    // first fold of a time split) are only a handful of steps, too few to move from the start.
    int min_steps = 100;
    int batch_size = 512;           // items per Adam step (whole cards, so a little more)
    double learning_rate = 0.04;    // cosine-annealed to 0 over the run
    uint64_t seed = 2023;           // order of the cards in each epoch
    bool recency_weighting = true;  // item k of N weighs 0.25 + 0.75 (k / (N - 1))^3
    double l2_strength = 1;         // the prior's weight (fsrs-rs' gamma)
    // Called after each epoch with the fraction done (0..1]; returning false stops the fit
    // (an error, kConflict, with kCancelledMessage). May be empty.
    std::function<bool(double)> progress;
};

struct FitResult {
    study::FsrsWeights weights{};  // within the clip ranges
    size_t trained_items = 0;      // after the outlier filter
};

// Fits to the items listed in `items` (indexes into set.items), weighed by recency in the
// order listed, as fsrs-rs trains on the items it is given. Fewer than 8 usable items give the
// defaults (as fsrs-rs); a fit that goes non-finite is an error (kConflict).
[[nodiscard]] Result<FitResult> Fit(const TrainingSet& set, const FitOptions& options,
                                    std::span<const uint32_t> items);
// Fits to every item of `set` in time order.
[[nodiscard]] Result<FitResult> Fit(const TrainingSet& set, const FitOptions& options);

// Clamps every weight into its fsrs-rs range for these options (w17..w19 = 0 without short-term).
study::FsrsWeights ClipWeights(study::FsrsWeights w, const FitOptions& options);

}  // namespace summit::optimizer
