// Initial stabilities by a one-dimensional search per first grade (FSRS.md §15.2).
#include "app/optimizer/pretrain.h"

#include <algorithm>
#include <cmath>
#include <map>

#include "app/scheduler/fsrs_params.h"

namespace summit::optimizer {
namespace {

constexpr double kMinInitial = 0.001;
constexpr double kMaxInitial = 100;
// Interpolation exponents between neighbouring grades (fsrs-rs' current values).
constexpr double kAgainHard = 0.41;
constexpr double kHardEasy = 0.54;

struct Group {
    double days = 0;
    double recall = 0;  // smoothed toward the overall mean
    double count = 0;
};

double GroupLoss(const std::vector<Group>& groups, double stability, double default_s0) {
    const double decay = -study::kDefaultFsrsWeights[20];
    const double factor = std::pow(0.9, 1 / decay) - 1;
    double loss = 0;
    for (const Group& g : groups) {
        const double r =
            std::clamp(std::pow(1 + factor * g.days / stability, decay), 1e-7, 1 - 1e-7);
        loss -= g.count * (g.recall * std::log(r) + (1 - g.recall) * std::log(1 - r));
    }
    // A weak pull toward the default keeps a grade with little data near it.
    return loss + std::abs(stability - default_s0) / 16;
}

double SearchStability(const std::vector<Group>& groups, double default_s0) {
    double low = kMinInitial;
    double high = kMaxInitial;
    for (int i = 0; i < 1000 && high - low > 1e-9; ++i) {
        const double m1 = low + (high - low) / 3;
        const double m2 = high - (high - low) / 3;
        if (GroupLoss(groups, m1, default_s0) < GroupLoss(groups, m2, default_s0)) {
            high = m2;
        } else {
            low = m1;
        }
    }
    return (low + high) / 2;
}

}  // namespace

std::array<double, 4> SmoothInitialStability(std::array<double, 4> s,
                                             const std::array<int, 4>& counts) {
    constexpr std::pair<int, int> kPairs[] = {{0, 1}, {1, 2}, {2, 3}, {0, 2}, {1, 3}, {0, 3}};
    for (auto [small, big] : kPairs) {
        if (s[small] >= 0 && s[big] >= 0 && s[small] > s[big]) {
            if (counts[small] > counts[big]) {
                s[big] = s[small];
            } else {
                s[small] = s[big];
            }
        }
    }
    const auto known = [&](int g) { return s[g] >= 0; };
    const int known_count =
        static_cast<int>(std::count_if(s.begin(), s.end(), [](double v) { return v >= 0; }));
    const double w1 = kAgainHard;
    const double w2 = kHardEasy;
    const auto p = [](double base, double exponent) { return std::pow(base, exponent); };
    if (known_count == 0) {
        return {study::kDefaultFsrsWeights[0], study::kDefaultFsrsWeights[1],
                study::kDefaultFsrsWeights[2], study::kDefaultFsrsWeights[3]};
    }
    if (known_count == 1) {
        int g = 0;
        while (!known(g)) {
            ++g;
        }
        const double scale = s[g] / study::kDefaultFsrsWeights[g];
        for (int i = 0; i < 4; ++i) {
            s[i] = study::kDefaultFsrsWeights[i] * scale;
        }
    } else if (known_count == 2) {
        if (known(2) && known(3)) {
            s[1] = p(s[2], 1 / (1 - w2)) * p(s[3], 1 - 1 / (1 - w2));
            s[0] = p(s[1], 1 / w1) * p(s[2], 1 - 1 / w1);
        } else if (known(1) && known(3)) {
            s[2] = p(s[1], 1 - w2) * p(s[3], w2);
            s[0] = p(s[1], 1 / w1) * p(s[2], 1 - 1 / w1);
        } else if (known(1) && known(2)) {
            s[3] = p(s[1], 1 - 1 / w2) * p(s[2], 1 / w2);
            s[0] = p(s[1], 1 / w1) * p(s[2], 1 - 1 / w1);
        } else if (known(0) && known(3)) {
            const double a = w1 / (w1 + w2 - w1 * w2);
            const double b = w2 / (w1 + w2 - w1 * w2);
            s[1] = p(s[0], a) * p(s[3], 1 - a);
            s[2] = p(s[0], 1 - b) * p(s[3], b);
        } else if (known(0) && known(2)) {
            s[1] = p(s[0], w1) * p(s[2], 1 - w1);
            s[3] = p(s[1], 1 - 1 / w2) * p(s[2], 1 / w2);
        } else {  // Again and Hard
            s[2] = p(s[0], 1 - 1 / (1 - w1)) * p(s[1], 1 / (1 - w1));
            s[3] = p(s[1], 1 - 1 / w2) * p(s[2], 1 / w2);
        }
    } else if (known_count == 3) {
        if (!known(0)) {
            s[0] = p(s[1], 1 / w1) * p(s[2], 1 - 1 / w1);
        } else if (!known(1)) {
            s[1] = p(s[0], w1) * p(s[2], 1 - w1);
        } else if (!known(2)) {
            s[2] = p(s[1], 1 - w2) * p(s[3], w2);
        } else {
            s[3] = p(s[1], 1 - 1 / w2) * p(s[2], 1 / w2);
        }
    }
    for (double& v : s) {
        v = std::clamp(v, kMinInitial, kMaxInitial);
    }
    return s;
}

std::array<double, 4> PretrainInitialStability(const TrainingSet& set,
                                               const std::vector<bool>& use) {
    // first grade -> days -> (recalled, count)
    std::map<int, std::map<int, std::pair<double, double>>> outcomes;
    double recalled_total = 0;
    double count_total = 0;
    for (size_t i = 0; i < set.items.size() && i < use.size(); ++i) {
        const TrainingItem& item = set.items[i];
        if (!use[i] || !item.first_long_term) {
            continue;
        }
        auto& cell = outcomes[item.first_grade][set.steps[item.step].elapsed_days];
        cell.first += item.recalled ? 1 : 0;
        cell.second += 1;
        recalled_total += item.recalled ? 1 : 0;
        count_total += 1;
    }
    std::array<double, 4> fitted = {-1, -1, -1, -1};
    std::array<int, 4> counts = {0, 0, 0, 0};
    const double mean_recall = count_total > 0 ? recalled_total / count_total : 0.9;
    for (const auto& [grade, by_days] : outcomes) {
        std::vector<Group> groups;
        double n = 0;
        for (const auto& [days, cell] : by_days) {
            n += cell.second;
        }
        for (const auto& [days, cell] : by_days) {
            const double recall = cell.first / cell.second;
            groups.push_back({double(days), (recall * n + mean_recall) / (n + 1), cell.second});
        }
        fitted[grade - 1] = SearchStability(groups, study::kDefaultFsrsWeights[grade - 1]);
        counts[grade - 1] = static_cast<int>(n);
    }
    return SmoothInitialStability(fitted, counts);
}

}  // namespace summit::optimizer
