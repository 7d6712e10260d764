// One pass of the model over each card scores every item of the card (items share history).
#include "app/optimizer/scoring.h"

#include <algorithm>
#include <cmath>
#include <map>

#include "app/optimizer/model.h"

namespace summit::optimizer {
namespace {

template <class T>
ModelTerms<T> TermsOf(const study::FsrsWeights& w) {
    WeightsOf<T> weights;
    for (int i = 0; i < kWeightCount; ++i) {
        if constexpr (std::is_same_v<T, Dual>) {
            weights[i] = Dual::Variable(w[i], i);
        } else {
            weights[i] = w[i];
        }
    }
    return ModelTerms<T>(weights);
}

// Runs the model over card `card`, calling visit(item index, R) at each item's answer for
// which `wanted(item)` holds, and stops after the last such answer.
template <class T, class Wanted, class Visit>
void RunCard(const TrainingSet& set, const ModelTerms<T>& k, uint32_t card, Wanted wanted,
             Visit visit) {
    const uint32_t begin = set.card_starts[card];
    const uint32_t end = set.card_starts[card + 1];
    uint32_t last = begin;
    for (uint32_t j = begin + 1; j < end; ++j) {
        if (set.steps[j].item >= 0 && wanted(set.steps[j].item)) {
            last = j;
        }
    }
    if (last == begin) {
        return;
    }
    Memory<T> memory = FirstMemory(k, set.steps[begin].grade);
    for (uint32_t j = begin + 1; j <= last; ++j) {
        const SequenceStep& step = set.steps[j];
        if (step.item >= 0 && wanted(step.item)) {
            visit(step.item, Retrievability(k, step.elapsed_days, memory.stability));
        }
        if (j < last) {
            memory = NextMemory(k, memory, step.elapsed_days, step.grade);
        }
    }
}

double Bce(bool recalled, double r) {
    r = std::clamp(r, kProbabilityFloor, 1 - kProbabilityFloor);
    return -(recalled ? std::log(r) : std::log(1 - r));
}

}  // namespace

std::vector<double> PredictItems(const TrainingSet& set, const study::FsrsWeights& w) {
    std::vector<double> predictions(set.items.size(), 0);
    const ModelTerms<double> k = TermsOf<double>(w);
    for (uint32_t card = 0; card < set.card_count(); ++card) {
        RunCard(
            set, k, card, [](int32_t) { return true; },
            [&](int32_t item, double r) { predictions[item] = r; });
    }
    return predictions;
}

Evaluation EvaluateItems(const TrainingSet& set, std::span<const double> predictions,
                         std::span<const uint32_t> items, ItemWeights weights) {
    Evaluation result;
    const size_t count = items.size();
    if (count == 0) {
        return result;
    }
    double loss = 0;
    double plain_loss = 0;
    double total = 0;
    // bin -> (sum of predictions, sum of outcomes, count, sum of weights); ordered, so the sum
    // is reproducible
    std::map<uint64_t, std::array<double, 4>> bins;
    for (size_t k = 0; k < count; ++k) {
        const uint32_t i = items[k];
        const TrainingItem& item = set.items[i];
        const double x = count > 1 ? double(k) / double(count - 1) : 1.0;
        const double weight = weights == ItemWeights::kRecency ? 0.25 + 0.75 * x * x * x : 1.0;
        const double bce = Bce(item.recalled, predictions[i]);
        total += weight;
        loss += weight * bce;
        plain_loss += bce;
        auto& bin = bins[item.bin];
        bin[0] += predictions[i];
        bin[1] += item.recalled ? 1 : 0;
        bin[2] += 1;
        bin[3] += weight;
    }
    // As fsrs-rs: plain means per bin, each bin weighed by its items' weights.
    double squared = 0;
    for (const auto& [key, bin] : bins) {
        const double gap = (bin[0] - bin[1]) / bin[2];
        squared += bin[3] * gap * gap;
    }
    result.items = count;
    result.log_loss = loss / total;
    result.plain_log_loss = plain_loss / double(count);
    result.rmse_bins = std::sqrt(squared / total);
    return result;
}

double WeightedLossAndGradient(const TrainingSet& set, const study::FsrsWeights& w,
                               std::span<const double> item_weight, std::span<const uint32_t> cards,
                               Gradient& gradient) {
    const ModelTerms<Dual> k = TermsOf<Dual>(w);
    double loss = 0;
    const auto wanted = [&](int32_t item) { return item_weight[item] > 0; };
    const auto visit = [&](int32_t item, const Dual& r) {
        const double weight = item_weight[item];
        const bool recalled = set.items[item].recalled;
        loss += weight * Bce(recalled, r.v);
        if (r.v <= kProbabilityFloor || r.v >= 1 - kProbabilityFloor) {
            return;  // clipped: no gradient
        }
        // d BCE / d R
        const double slope = weight * (recalled ? -1 / r.v : 1 / (1 - r.v));
        for (int i = 0; i < kWeightCount; ++i) {
            gradient[i] += slope * r.d[i];
        }
    };
    if (cards.empty()) {
        for (uint32_t card = 0; card < set.card_count(); ++card) {
            RunCard(set, k, card, wanted, visit);
        }
    } else {
        for (uint32_t card : cards) {
            RunCard(set, k, card, wanted, visit);
        }
    }
    return loss;
}

double WeightedLoss(const TrainingSet& set, const study::FsrsWeights& w,
                    std::span<const double> item_weight) {
    const ModelTerms<double> k = TermsOf<double>(w);
    double loss = 0;
    for (uint32_t card = 0; card < set.card_count(); ++card) {
        RunCard(
            set, k, card, [&](int32_t item) { return item_weight[item] > 0; },
            [&](int32_t item, double r) {
                loss += item_weight[item] * Bce(set.items[item].recalled, r);
            });
    }
    return loss;
}

}  // namespace summit::optimizer
