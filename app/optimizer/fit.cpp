// Adam over mini-batches of whole cards (FSRS.md §15.3).
#include "app/optimizer/fit.h"

#include <algorithm>
#include <cmath>
#include <numbers>
#include <vector>

#include "app/optimizer/pretrain.h"
#include "app/optimizer/scoring.h"

namespace summit::optimizer {
namespace {

using study::FsrsWeights;

// Prior standard deviation of each weight (fsrs-rs PARAMS_STDDEV; FSRS.md §2).
constexpr FsrsWeights kPriorSigma = {6.43, 9.66, 17.58, 27.85, 0.57, 0.28, 0.6,
                                     0.12, 0.39, 0.18,  0.33,  0.3,  0.09, 0.16,
                                     0.57, 0.25, 1.03,  0.31,  0.32, 0.14, 0.27};

// A small, portable generator so a seed means the same order everywhere.
uint64_t SplitMix(uint64_t& state) {
    uint64_t z = (state += 0x9e3779b97f4a7c15ULL);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
}

void Shuffle(std::vector<uint32_t>& values, uint64_t& state) {
    for (size_t i = values.size(); i > 1; --i) {
        std::swap(values[i - 1], values[SplitMix(state) % i]);
    }
}

bool Frozen(int index, const FitOptions& options) {
    if (options.enable_short_term) {
        return false;
    }
    return index <= 3 || (index >= 17 && index <= 19);
}

}  // namespace

FsrsWeights ClipWeights(FsrsWeights w, const FitOptions& options) {
    auto ranges = study::FsrsWeightRanges(options.enable_short_term);
    if (options.relearning_steps > 1) {
        const double w11 = std::clamp(w[11], ranges[11].lo, ranges[11].hi);
        const double w13 = std::clamp(w[13], ranges[13].lo, ranges[13].hi);
        const double w14 = std::clamp(w[14], ranges[14].lo, ranges[14].hi);
        const double v = -(std::log(w11) + std::log(std::pow(2, w13) - 1) + 0.3 * w14) /
                         options.relearning_steps;
        const double ceiling = std::min(std::sqrt(std::max(v, 0.01)), 2.0);
        ranges[17].hi = ceiling;
        ranges[18].hi = ceiling;
    }
    for (int i = 0; i < study::kFsrsWeightCount; ++i) {
        w[i] = std::clamp(w[i], ranges[i].lo, ranges[i].hi);
    }
    if (!options.enable_short_term) {
        w[17] = w[18] = w[19] = 0;
    }
    return w;
}

Result<FitResult> Fit(const TrainingSet& set, const FitOptions& options) {
    return Fit(set, options, FirstItems(set, set.items.size()));
}

Result<FitResult> Fit(const TrainingSet& set, const FitOptions& options,
                      std::span<const uint32_t> items) {
    const std::vector<bool> kept = OutlierFilter(set, items);
    FitResult result;
    result.weights = ClipWeights(study::kDefaultFsrsWeights, options);
    result.trained_items = static_cast<size_t>(std::count(kept.begin(), kept.end(), true));
    if (result.trained_items < 8) {
        return result;
    }
    const std::array<double, 4> initial = PretrainInitialStability(set, kept);
    FsrsWeights start = study::kDefaultFsrsWeights;
    std::copy(initial.begin(), initial.end(), start.begin());
    start = ClipWeights(start, options);

    // Item weights (recency) and the cards that hold training items.
    std::vector<double> item_weight(set.items.size(), 0);
    std::vector<uint32_t> item_count_of_card(set.card_count(), 0);
    const size_t n = result.trained_items;
    size_t rank = 0;
    for (uint32_t i : items) {
        if (!kept[i]) {
            continue;
        }
        const double x = n > 1 ? double(rank) / double(n - 1) : 1.0;
        item_weight[i] = options.recency_weighting ? 0.25 + 0.75 * x * x * x : 1.0;
        ++item_count_of_card[set.items[i].card];
        ++rank;
    }
    std::vector<uint32_t> cards;
    for (uint32_t c = 0; c < set.card_count(); ++c) {
        if (item_count_of_card[c] > 0) {
            cards.push_back(c);
        }
    }

    const size_t batches_per_epoch = (n + options.batch_size - 1) / options.batch_size;
    const int epochs = std::max<int>(
        options.epochs,
        static_cast<int>((options.min_steps + batches_per_epoch - 1) / batches_per_epoch));
    const double total_steps = double(batches_per_epoch * epochs);
    FsrsWeights w = start;
    Gradient m{};
    Gradient v{};
    constexpr double kBeta1 = 0.9;
    constexpr double kBeta2 = 0.999;
    constexpr double kEpsilon = 1e-8;
    uint64_t rng = options.seed;
    int step = 0;
    std::vector<uint32_t> batch;
    for (int epoch = 0; epoch < epochs; ++epoch) {
        Shuffle(cards, rng);
        size_t next = 0;
        while (next < cards.size()) {
            batch.clear();
            size_t batch_items = 0;
            while (next < cards.size() && batch_items < size_t(options.batch_size)) {
                batch.push_back(cards[next]);
                batch_items += item_count_of_card[cards[next]];
                ++next;
            }
            Gradient g{};
            WeightedLossAndGradient(set, w, item_weight, batch, g);
            const double prior_scale = options.l2_strength * double(batch_items) / double(n);
            ++step;
            const double lr = options.learning_rate * 0.5 *
                              (1 + std::cos(std::numbers::pi * std::min(step / total_steps, 1.0)));
            for (int i = 0; i < study::kFsrsWeightCount; ++i) {
                if (Frozen(i, options)) {
                    continue;
                }
                const double sigma2 = kPriorSigma[i] * kPriorSigma[i];
                g[i] += prior_scale * 2 * (w[i] - start[i]) / sigma2;
                m[i] = kBeta1 * m[i] + (1 - kBeta1) * g[i];
                v[i] = kBeta2 * v[i] + (1 - kBeta2) * g[i] * g[i];
                const double m_hat = m[i] / (1 - std::pow(kBeta1, step));
                const double v_hat = v[i] / (1 - std::pow(kBeta2, step));
                w[i] -= lr * m_hat / (std::sqrt(v_hat) + kEpsilon);
            }
            w = ClipWeights(w, options);
        }
        if (options.progress && !options.progress(double(epoch + 1) / epochs)) {
            return Fail(ErrorCode::kConflict, kCancelledMessage);
        }
    }
    for (double value : w) {
        if (!std::isfinite(value)) {
            return Fail(ErrorCode::kConflict, "the fit diverged (a parameter is not finite)");
        }
    }
    result.weights = w;
    return result;
}

}  // namespace summit::optimizer
