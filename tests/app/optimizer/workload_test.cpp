// The workload simulator: higher retention costs more time and keeps more cards; repeatable.
#include "app/optimizer/workload.h"

#include <gtest/gtest.h>

namespace summit::optimizer {
namespace {

WorkloadOptions Deck() {
    WorkloadOptions options;
    options.new_cards = 2000;
    options.studied = {{10, 5, 3}, {2, 8, 1}, {40, 3, 50}};
    return options;
}

TEST(Workload, HigherRetentionCostsMoreTimeAndKeepsMore) {
    const auto points = SimulateWorkload(Deck());
    ASSERT_EQ(points.size(), 28u);
    EXPECT_DOUBLE_EQ(points.front().retention, 0.70);
    EXPECT_DOUBLE_EQ(points.back().retention, 0.97);
    EXPECT_GT(points.back().minutes_per_day, 1.5 * points.front().minutes_per_day);
    EXPECT_GT(points.back().remembered, points.front().remembered);
    const size_t best = CheapestPoint(points);
    for (const auto& p : points) {
        EXPECT_GE(p.seconds_per_remembered, points[best].seconds_per_remembered);
        EXPECT_GT(p.remembered, 0);
        EXPECT_LE(p.remembered, 2003);
    }
}

TEST(Workload, SameInputSameCurve) {
    const auto a = SimulateWorkload(Deck());
    const auto b = SimulateWorkload(Deck());
    ASSERT_EQ(a.size(), b.size());
    for (size_t i = 0; i < a.size(); ++i) {
        EXPECT_EQ(a[i].minutes_per_day, b[i].minutes_per_day);
        EXPECT_EQ(a[i].remembered, b[i].remembered);
    }
}

TEST(Workload, ReviewLimitCapsTheDailyTime) {
    WorkloadOptions options = Deck();
    options.reviews_per_day = 10;
    options.new_per_day = 0;
    options.studied.assign(500, {1, 5, 1});
    for (const auto& p : SimulateWorkload(options)) {
        EXPECT_LE(p.minutes_per_day, 10 * options.seconds_forgotten / 60 + 1e-9);
    }
}

}  // namespace
}  // namespace summit::optimizer
