// Fit plus its scores (FSRS.md §15.4), with the time-series split of fsrs-rs / scikit-learn:
// the last 5/6 of the items in 5 equal test folds, each predicted from everything before it.
#include "app/optimizer/optimize.h"

#include <algorithm>
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
    auto fit = Fit(set, options.fit);
    if (!fit) {
        return std::unexpected(fit.error());
    }
    report.fitted = fit->weights;
    report.trained_items = fit->trained_items;
    const std::vector<double> before = PredictItems(set, options.current);
    report.before = EvaluateItems(set, before, 0, n);
    report.after = EvaluateItems(set, PredictItems(set, report.fitted), 0, n);
    if (!options.time_split) {
        return report;
    }
    const size_t fold = n / (kTimeSplitFolds + 1);
    const size_t first_test = n - kTimeSplitFolds * fold;
    std::vector<double> future(n, 0);
    FitOptions fold_options = options.fit;
    fold_options.progress = nullptr;
    for (int i = 0; i < kTimeSplitFolds; ++i) {
        const size_t test_begin = first_test + i * fold;
        auto past = Fit(set, fold_options, test_begin);
        if (!past) {
            return std::unexpected(past.error());
        }
        const std::vector<double> predicted = PredictItems(set, past->weights);
        std::copy(predicted.begin() + test_begin, predicted.begin() + test_begin + fold,
                  future.begin() + test_begin);
    }
    report.has_split = true;
    report.split_before = EvaluateItems(set, before, first_test, n);
    report.split_after = EvaluateItems(set, future, first_test, n);
    return report;
}

}  // namespace summit::optimizer
