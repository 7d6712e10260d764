// Item analysis: the hand-worked class of docs/class.md, and the formulas against an
// independent computation (one-pass sums, and the largest covariance found by trying every
// pairing rather than by sorting).
#include "app/classroom/item_analysis.h"

#include <algorithm>
#include <cmath>
#include <numeric>
#include <random>

#include <gtest/gtest.h>

#include "app/classroom/class_analysis.h"
#include "hand_class.h"

namespace summit::classroom {
namespace {

TEST(ItemAnalysisTest, TheHandWorkedClassGivesTheFiguresInTheDocs) {
    const ClassAnalysis analysis = AnalyseClass(testing::HandClass(), 1'700'000'000'000);
    ASSERT_EQ(analysis.items.size(), 3u);
    const ItemFigures& q1 = analysis.items[0].figures;
    const ItemFigures& q2 = analysis.items[1].figures;
    const ItemFigures& q3 = analysis.items[2].figures;
    EXPECT_EQ(q1.students, 5);
    EXPECT_NEAR(*q1.facility, 60, 1e-9);
    EXPECT_NEAR(*q1.sd, 54.7723, 1e-4);
    EXPECT_NEAR(*q1.discrimination, 0.6455, 1e-4);
    EXPECT_NEAR(*q1.efficiency, 100, 1e-9);
    EXPECT_NEAR(*q2.facility, 60, 1e-9);
    EXPECT_NEAR(*q2.discrimination, 0, 1e-12);
    EXPECT_NEAR(*q2.efficiency, 0, 1e-12);
    EXPECT_NEAR(*q3.facility, 40, 1e-9);
    EXPECT_NEAR(*q3.sd, 54.7723, 1e-4);
    EXPECT_NEAR(*q3.discrimination, 0.3273, 1e-4);
    EXPECT_NEAR(*q3.efficiency, 37.5, 1e-9);

    // Q1's options: three chose Paris, two Lyon, nobody Nice.
    const ItemRow& mc = analysis.items[0];
    ASSERT_EQ(mc.options.size(), 3u);
    EXPECT_EQ(mc.options[0].count, 3);
    EXPECT_NEAR(mc.options[1].share, 0.4, 1e-12);
    EXPECT_EQ(mc.options[2].count, 0);
    EXPECT_EQ(mc.flags, std::vector<std::string>{"distractor nobody picked: Nice"});
    EXPECT_EQ(analysis.items[1].flags, std::vector<std::string>{"weak discrimination: under 0.2"});
    EXPECT_TRUE(analysis.items[2].flags.empty());
}

TEST(ItemAnalysisTest, FlagsVeryHardVeryEasyAndNegativeDiscrimination) {
    // Only E, the weakest student, right on Q3: facility exactly 20% (not under it), and the
    // stronger students miss it.
    ClassFolder negative = testing::HandClass();
    for (LoadedReport& loaded : negative.reports) {
        StudentReport& report = testing::Edit(loaded);
        report.questions[2].first->correct = report.student_name == "Student E";
    }
    const ClassAnalysis first = AnalyseClass(negative, 1'700'000'000'000);
    EXPECT_NEAR(*first.items[2].figures.facility, 20, 1e-9);
    EXPECT_LT(*first.items[2].figures.discrimination, 0);
    EXPECT_EQ(first.items[2].flags,
              std::vector<std::string>{"negative discrimination: weaker students do better on it"});

    // Everybody right on Q2, nobody on Q3.
    ClassFolder extremes = testing::HandClass();
    for (LoadedReport& loaded : extremes.reports) {
        StudentReport& report = testing::Edit(loaded);
        report.questions[1].first->correct = true;
        report.questions[2].first->correct = false;
    }
    const ClassAnalysis second = AnalyseClass(extremes, 1'700'000'000'000);
    EXPECT_NEAR(*second.items[1].figures.facility, 100, 1e-9);
    EXPECT_FALSE(second.items[1].figures.discrimination) << "no variance, no correlation";
    EXPECT_EQ(second.items[1].flags, std::vector<std::string>{"very easy: facility over 95%"});
    EXPECT_EQ(second.items[2].flags, std::vector<std::string>{"very hard: facility under 20%"});
}

// The same figures by other arithmetic: raw sums in one pass, and C_max as the largest
// covariance over every pairing of the rest scores with the item scores.
ItemFigures Independent(const std::vector<double>& x, const std::vector<double>& y) {
    const double n = static_cast<double>(x.size());
    double sx = 0, sy = 0, sxx = 0, syy = 0, sxy = 0;
    for (std::size_t k = 0; k < x.size(); ++k) {
        sx += x[k];
        sy += y[k];
        sxx += x[k] * x[k];
        syy += y[k] * y[k];
        sxy += x[k] * y[k];
    }
    const double vx = (sxx - sx * sx / n) / (n - 1);
    const double vy = (syy - sy * sy / n) / (n - 1);
    const double cxy = (sxy - sx * sy / n) / (n - 1);
    std::vector<std::size_t> order(y.size());
    std::iota(order.begin(), order.end(), 0);
    double most = -1e300;
    do {
        double s = 0;
        for (std::size_t k = 0; k < x.size(); ++k) {
            s += x[k] * y[order[k]];
        }
        most = std::max(most, (s - sx * sy / n) / (n - 1));
    } while (std::next_permutation(order.begin(), order.end()));
    ItemFigures figures;
    figures.students = static_cast<int>(x.size());
    figures.facility = 100 * sx / n;
    figures.sd = 100 * std::sqrt(vx);
    figures.discrimination = cxy / std::sqrt(vx * vy);
    figures.efficiency = 100 * cxy / most;
    return figures;
}

TEST(ItemAnalysisTest, AgreesWithAnIndependentComputationOnRandomClasses) {
    std::mt19937 random(7);
    for (int trial = 0; trial < 200; ++trial) {
        const std::size_t n = 2 + random() % 6;  // 2..7 students: every pairing can be tried
        std::vector<double> item(n);
        std::vector<double> rest(n);
        for (std::size_t k = 0; k < n; ++k) {
            item[k] = static_cast<double>(random() % 2);
            rest[k] = static_cast<double>(random() % 9);
        }
        const ItemFigures got = ComputeItemFigures(item, rest);
        const ItemFigures want = Independent(item, rest);
        ASSERT_NEAR(*got.facility, *want.facility, 1e-9);
        ASSERT_NEAR(*got.sd, *want.sd, 1e-9);
        if (!got.discrimination) {
            // Only when a variance is zero.
            const bool constant_item =
                std::all_of(item.begin(), item.end(), [&](double v) { return v == item[0]; });
            const bool constant_rest =
                std::all_of(rest.begin(), rest.end(), [&](double v) { return v == rest[0]; });
            ASSERT_TRUE(constant_item || constant_rest) << "trial " << trial;
            continue;
        }
        ASSERT_NEAR(*got.discrimination, *want.discrimination, 1e-9) << "trial " << trial;
        ASSERT_TRUE(got.efficiency.has_value()) << "trial " << trial;
        ASSERT_NEAR(*got.efficiency, *want.efficiency, 1e-9) << "trial " << trial;
    }
}

TEST(ItemAnalysisTest, OneStudentHasAFacilityButNoSpread) {
    const ItemFigures figures = ComputeItemFigures({1}, {3});
    EXPECT_EQ(figures.students, 1);
    EXPECT_NEAR(*figures.facility, 100, 1e-12);
    EXPECT_FALSE(figures.sd);
    EXPECT_FALSE(figures.discrimination);
    EXPECT_EQ(ComputeItemFigures({}, {}).facility, std::nullopt);
}

}  // namespace
}  // namespace summit::classroom
