// The optimizer's model against the scheduler's FSRS-6 (ts-fsrs parity), and its Dual-number
// gradient against central finite differences.
#include "app/optimizer/model.h"

#include <cmath>
#include <random>

#include <gtest/gtest.h>

#include "app/optimizer/scoring.h"
#include "app/scheduler/fsrs_model.h"

namespace summit::optimizer {
namespace {

// A few cards with same-day and later answers, lapses and every grade.
TrainingSet SmallSet() {
    std::vector<ReviewEvent> events;
    std::mt19937 random(7);
    const int64_t day = 86'400'000;
    for (int card = 0; card < 40; ++card) {
        int64_t t = 1'700'000'000'000 + card * 3'600'000;
        for (int k = 0; k < 12; ++k) {
            const int grade = 1 + static_cast<int>(random() % 4);
            events.push_back({card, t, grade, k == 0});
            const int gap = static_cast<int>(random() % 5);
            t += gap == 0 ? 600'000 : gap * gap * day;
        }
    }
    auto set = BuildTrainingSet(events, study::DayRule{study::DayRule::kUtc, 0});
    EXPECT_TRUE(set);
    return *set;
}

TEST(OptimizerModel, MatchesTheSchedulersFsrs6) {
    const study::FsrsModel reference(study::kDefaultFsrsWeights, 0.9, true);
    const ModelTerms<double> k(study::kDefaultFsrsWeights);
    std::mt19937 random(11);
    for (int sequence = 0; sequence < 200; ++sequence) {
        study::MemoryState expected;
        Memory<double> actual;
        for (int n = 0; n < 15; ++n) {
            const int grade = 1 + static_cast<int>(random() % 4);
            const int elapsed = n == 0 ? 0 : static_cast<int>(random() % 40) % 7 * (n % 3);
            const double r = n == 0 ? 0 : reference.ForgettingCurve(elapsed, expected.stability);
            expected = reference.Step(expected, elapsed, grade, r);
            actual = n == 0 ? FirstMemory(k, grade) : NextMemory(k, actual, elapsed, grade);
            // ts-fsrs rounds to 8 decimals and floors S0 at 0.1; the optimizer does neither.
            ASSERT_NEAR(actual.stability, expected.stability, 1e-6 * expected.stability + 1e-7)
                << "sequence " << sequence << " answer " << n;
            ASSERT_NEAR(actual.difficulty, expected.difficulty, 1e-6);
        }
    }
}

TEST(OptimizerModel, GradientMatchesFiniteDifferences) {
    const TrainingSet set = SmallSet();
    ASSERT_GT(set.items.size(), 100u);
    std::vector<double> weight(set.items.size(), 1.0);
    // Away from the defaults and the clip bounds, so no clamp switches inside the step.
    study::FsrsWeights w = study::kDefaultFsrsWeights;
    w[7] = 0.05;
    w[19] = 0.2;
    Gradient gradient{};
    const double loss = WeightedLossAndGradient(set, w, weight, {}, gradient);
    EXPECT_NEAR(loss, WeightedLoss(set, w, weight), 1e-9 * loss);
    for (int i = 0; i < study::kFsrsWeightCount; ++i) {
        const double h = 1e-6 * std::max(1.0, std::abs(w[i]));
        study::FsrsWeights up = w;
        study::FsrsWeights down = w;
        up[i] += h;
        down[i] -= h;
        const double numeric =
            (WeightedLoss(set, up, weight) - WeightedLoss(set, down, weight)) / (2 * h);
        EXPECT_NEAR(gradient[i], numeric, 1e-5 * std::max(1.0, std::abs(numeric))) << "w" << i;
    }
}

}  // namespace
}  // namespace summit::optimizer
