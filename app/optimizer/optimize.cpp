// Fit plus its scores (FSRS.md §15.4), with the time-series split of fsrs-rs / scikit-learn:
// the last 5/6 of the scored items in 5 test folds, each predicted from everything before it.
#include "app/optimizer/optimize.h"

#include <algorithm>
#include <span>
#include <string>
#include <vector>

namespace summit::optimizer {

Result<OptimizeReport> Optimize(const TrainingSet& set, const OptimizeOptions& options) {
    const size_t n = set.items.size();
    if (n < kMinimumItems) {
        return Fail(ErrorCode::kInvalidArgument,
                    "only " + std::to_string(n) +
                        " reviews came on a later day than the card's previous review; fitting "
                        "needs at least " +
                        std::to_string(kMinimumItems) +
                        " of them to give more than noise, so the parameters stay as they are");
    }
    OptimizeReport report;
    report.reviews = static_cast<size_t>(set.review_count);
    report.cards = set.card_count();
    report.items = n;
    report.current = options.current;
    // Progress over the whole run: the fit, then the folds, each in proportion to its items.
    const double total_work = options.time_split ? 1 + kTimeSplitFolds / 2.0 : 1;
    const auto progress_from = [&](double done, double share) -> std::function<bool(double)> {
        if (!options.fit.progress) {
            return nullptr;
        }
        return [&options, done, share, total_work](double fraction) {
            return options.fit.progress((done + share * fraction) / total_work);
        };
    };
    FitOptions fit_options = options.fit;
    fit_options.progress = progress_from(0, 1);
    auto fit = Fit(set, fit_options);
    if (!fit) {
        return std::unexpected(fit.error());
    }
    report.fitted = fit->weights;
    report.trained_items = fit->trained_items;
    // Scored as fsrs-rs scores: the outlier filter's survivors, first-long-term items first.
    const std::vector<uint32_t> scored = ScoringOrder(set);
    report.scored_items = scored.size();
    const std::vector<double> before = PredictItems(set, options.current);
    report.before = EvaluateItems(set, before, scored, ItemWeights::kRecency);
    report.after =
        EvaluateItems(set, PredictItems(set, report.fitted), scored, ItemWeights::kRecency);
    if (!options.time_split) {
        return report;
    }
    // Six equal segments of the scored order; fold i fits on segments 0..i and predicts
    // segment i + 1 (the last fold also the remainder). Every test item weighs the same.
    const size_t segment = scored.size() / (kTimeSplitFolds + 1);
    const std::span<const uint32_t> all(scored);
    const std::span<const uint32_t> tested = all.subspan(segment);
    std::vector<double> future(n, 0);
    FitOptions fold_options = options.fit;
    double done = 1;
    for (int i = 0; i < kTimeSplitFolds; ++i) {
        const size_t test_begin = (i + 1) * segment;
        const double share = double(i + 1) / (kTimeSplitFolds + 1);
        fold_options.progress = progress_from(done, share);
        done += share;
        const size_t test_end = i + 1 == kTimeSplitFolds ? all.size() : test_begin + segment;
        auto past = Fit(set, fold_options, all.first(test_begin));
        if (!past) {
            return std::unexpected(past.error());
        }
        const std::vector<double> predicted = PredictItems(set, past->weights);
        for (uint32_t item : all.subspan(test_begin, test_end - test_begin)) {
            future[item] = predicted[item];
        }
    }
    report.has_split = true;
    report.split_before = EvaluateItems(set, before, tested, ItemWeights::kEqual);
    report.split_after = EvaluateItems(set, future, tested, ItemWeights::kEqual);
    return report;
}

}  // namespace summit::optimizer
