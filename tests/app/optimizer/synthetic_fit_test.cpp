// A log simulated from known weights: the fit must explain it as well as the truth does.
#include <cmath>
#include <cstring>
#include <random>

#include <gtest/gtest.h>

#include "app/optimizer/model.h"
#include "app/optimizer/optimize.h"

namespace summit::optimizer {
namespace {

// py-fsrs' fitted weights for its test log: far enough from the defaults to be recognisable.
constexpr study::FsrsWeights kTrueWeights = {
    0.1234, 1.2931, 2.3977, 8.2956, 6.6868, 0.4502, 3.0779, 0.0535, 1.6540, 0.1466, 0.6301,
    1.6120, 0.0128, 0.3485, 1.8879, 0.8546, 1.8729, 0.6749, 0.2045, 0.2262, 0.4603};

// Cards answered at intervals near the true model's 90 % point, with Again followed by a
// same-day Good as learning steps would give; recall drawn from the true retrievability.
std::vector<ReviewEvent> Simulate(int cards, uint32_t seed) {
    const ModelTerms<double> k(kTrueWeights);
    std::mt19937 random(seed);
    std::uniform_real_distribution<double> unit(0, 1);
    const double interval_per_stability = (std::pow(0.9, -1 / kTrueWeights[20]) - 1) / k.factor;
    std::vector<ReviewEvent> events;
    const int64_t day = 86'400'000;
    for (int card = 0; card < cards; ++card) {
        int64_t t = 1'700'000'000'000 + card * 60'000;
        const double u = unit(random);
        int grade = u < 0.25 ? 1 : u < 0.35 ? 2 : u < 0.9 ? 3 : 4;
        Memory<double> memory = FirstMemory(k, grade);
        events.push_back({card, t, grade, true});
        for (int n = 0; n < 10; ++n) {
            if (grade == 1) {  // a relearning step ten minutes later
                t += 600'000;
                grade = 3;
                memory = NextMemory(k, memory, 0, grade);
                events.push_back({card, t, grade, false});
            }
            const double wanted = memory.stability * interval_per_stability;
            const int days =
                std::max(1, static_cast<int>(std::lround(wanted * (0.5 + unit(random)))));
            t += days * day;
            const double r = Retrievability(k, days, memory.stability);
            if (unit(random) >= r) {
                grade = 1;
            } else {
                const double g = unit(random);
                grade = g < 0.1 ? 2 : g < 0.9 ? 3 : 4;
            }
            memory = NextMemory(k, memory, days, grade);
            events.push_back({card, t, grade, false});
        }
    }
    return events;
}

TEST(SyntheticFit, RecoversTheLogLossOfTheTrueWeights) {
    const auto events = Simulate(1500, 5);
    auto set = BuildTrainingSet(events, study::DayRule{study::DayRule::kUtc, 0});
    ASSERT_TRUE(set);
    ASSERT_GT(set->items.size(), 10000u);
    OptimizeOptions options;
    options.time_split = false;
    auto report = Optimize(*set, options);
    ASSERT_TRUE(report) << report.error().message;
    const Evaluation truth = EvaluateItems(*set, PredictItems(*set, kTrueWeights),
                                           ScoringOrder(*set), ItemWeights::kRecency);
    EXPECT_LE(report->after.plain_log_loss, truth.plain_log_loss + 0.001);
    EXPECT_LE(report->after.log_loss, truth.log_loss + 0.001);
    // The defaults are measurably worse on the same log, so the check above has teeth.
    EXPECT_GT(report->before.plain_log_loss, truth.plain_log_loss + 0.002);
}

TEST(SyntheticFit, RefusesTooFewReviews) {
    const auto events = Simulate(30, 1);
    auto set = BuildTrainingSet(events, study::DayRule{study::DayRule::kUtc, 0});
    ASSERT_TRUE(set);
    ASSERT_LT(set->items.size(), kMinimumItems);
    auto report = Optimize(*set, OptimizeOptions{});
    ASSERT_FALSE(report);
    EXPECT_EQ(report.error().code, ErrorCode::kInvalidArgument);
    EXPECT_NE(report.error().message.find("at least 400"), std::string::npos);
}

TEST(SyntheticFit, StaysInsideTheClipRanges) {
    const auto events = Simulate(300, 9);
    auto set = BuildTrainingSet(events, study::DayRule{study::DayRule::kUtc, 0});
    ASSERT_TRUE(set);
    FitOptions options;
    options.learning_rate = 5;  // far too large: every step overshoots into a bound
    options.relearning_steps = 3;
    auto fit = Fit(*set, options);
    ASSERT_TRUE(fit);
    EXPECT_EQ(ClipWeights(fit->weights, options), fit->weights);
    const auto ranges = study::FsrsWeightRanges(true);
    for (int i = 0; i < study::kFsrsWeightCount; ++i) {
        EXPECT_GE(fit->weights[i], ranges[i].lo) << "w" << i;
        EXPECT_LE(fit->weights[i], ranges[i].hi) << "w" << i;
    }
}

}  // namespace
}  // namespace summit::optimizer
