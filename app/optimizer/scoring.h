// How well a set of weights predicts a training set: per-item predictions, log loss and
// srs-benchmark's RMSE(bins), and the weighted loss with its exact gradient for the fit.
#pragma once

#include <array>
#include <cstddef>
#include <span>
#include <vector>

#include "app/optimizer/training_set.h"
#include "app/scheduler/fsrs_params.h"

namespace summit::optimizer {

using Gradient = std::array<double, study::kFsrsWeightCount>;

// Predictions below this or above 1 minus it are clipped before the logarithm (fsrs-rs).
inline constexpr double kProbabilityFloor = 1e-7;

// The predicted probability of recall of every item.
std::vector<double> PredictItems(const TrainingSet& set, const study::FsrsWeights& w);

// Scores as fsrs-rs gives them. Its evaluation weighs item k of the N scored by
// 0.25 + 0.75 (k / (N - 1))^3 (recent answers count more); its time split weighs all alike.
struct Evaluation {
    double log_loss = 0;        // weighted mean binary cross-entropy (fsrs-rs)
    double plain_log_loss = 0;  // unweighted mean (srs-benchmark)
    double rmse_bins = 0;       // RMSE between mean prediction and recall per bin, bins weighted
    size_t items = 0;
};

enum class ItemWeights { kRecency, kEqual };

// The scores of the items listed in `items` (indexes into set.items and `predictions`), weighed
// in the order listed.
Evaluation EvaluateItems(const TrainingSet& set, std::span<const double> predictions,
                         std::span<const uint32_t> items, ItemWeights weights);

// Σ weight_i · BCE(y_i, R_i) over items with a positive weight (`item_weight` is indexed like
// set.items), over the cards listed (all when empty), and its gradient with respect to the 21
// weights, accumulated into `gradient` (which the caller zeroes).
double WeightedLossAndGradient(const TrainingSet& set, const study::FsrsWeights& w,
                               std::span<const double> item_weight, std::span<const uint32_t> cards,
                               Gradient& gradient);

// The same sum without the gradient (for finite differences and checks).
double WeightedLoss(const TrainingSet& set, const study::FsrsWeights& w,
                    std::span<const double> item_weight);

}  // namespace summit::optimizer
