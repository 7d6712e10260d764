// Fits on the two real review logs of ../shared/fixtures/fsrs-data against the official
// optimizer's results (fsrs-rs 6.5.0, in the fixtures' README); skipped when absent.
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <optional>
#include <string>

#include <gtest/gtest.h>

#include "app/optimizer/optimize.h"
#include "app/optimizer/revlog_files.h"

namespace summit::optimizer {
namespace {

std::optional<std::string> ReadFixture(const std::string& name) {
    std::ifstream in(std::filesystem::path(SUMMIT_FIXTURES_DIR) / "fsrs-data" / name,
                     std::ios::binary);
    if (!in) {
        return std::nullopt;
    }
    return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

constexpr const char* kAnswerLog = "review_logs_josh_1711744352250_to_1728234780857.csv";
constexpr const char* kDayLevel = "fsrs-optimizer-tiny_seq2seq.tsv";
// fsrs-rs' log losses are rounded to 4 decimals in the README.
constexpr double kTolerance = 0.0005;
// What fsrs-rs gains by fitting (README and issue): 0.4462 -> 0.4390 in-sample and 0.4391 by
// the time split on the answer log, 0.3265 -> 0.3155 on the day-level log. Our scores of the
// default parameters differ from fsrs-rs' (docs/optimizer.md), so the fit must gain at least
// as much over the defaults on the same items.
constexpr double kAnswerLogGain = 0.4462 - 0.4390;
constexpr double kAnswerLogSplitGain = 0.4462 - 0.4391;
constexpr double kDayLevelGain = 0.3265 - 0.3155;

TEST(FixtureFit, AnswerLogBuildsTheItemsFsrsRsBuilds) {
    auto text = ReadFixture(kAnswerLog);
    if (!text) {
        GTEST_SKIP() << "fixture " << kAnswerLog << " is not there";
    }
    auto events = ReadAnswerCsv(*text);
    ASSERT_TRUE(events) << events.error().message;
    EXPECT_EQ(events->size(), 12580u);
    auto set = BuildTrainingSet(*events, study::DayRule{study::DayRule::kUtc, 0});
    ASSERT_TRUE(set) << set.error().message;
    EXPECT_EQ(set->items.size(), 6032u);
    EXPECT_EQ(set->card_count(), 1205u);
    EXPECT_EQ(set->review_count, 12580);
}

TEST(FixtureFit, SameInputGivesBitwiseTheSameWeights) {
    auto text = ReadFixture(kAnswerLog);
    if (!text) {
        GTEST_SKIP() << "fixture " << kAnswerLog << " is not there";
    }
    auto events = ReadAnswerCsv(*text);
    ASSERT_TRUE(events);
    auto set = BuildTrainingSet(*events, study::DayRule{study::DayRule::kUtc, 0});
    ASSERT_TRUE(set);
    auto first = Fit(*set, FitOptions{});
    auto second = Fit(*set, FitOptions{});
    ASSERT_TRUE(first && second);
    EXPECT_EQ(0,
              std::memcmp(first->weights.data(), second->weights.data(), sizeof(first->weights)));
    EXPECT_NE(first->weights, study::kDefaultFsrsWeights);
}

TEST(FixtureFit, AnswerLogReachesTheOfficialLogLoss) {
    auto text = ReadFixture(kAnswerLog);
    if (!text) {
        GTEST_SKIP() << "fixture " << kAnswerLog << " is not there";
    }
    auto events = ReadAnswerCsv(*text);
    ASSERT_TRUE(events);
    auto set = BuildTrainingSet(*events, study::DayRule{study::DayRule::kUtc, 0});
    ASSERT_TRUE(set);
    auto report = Optimize(*set, OptimizeOptions{});
    ASSERT_TRUE(report) << report.error().message;
    EXPECT_EQ(report->items, 6032u);
    EXPECT_LE(report->after.log_loss, report->before.log_loss - kAnswerLogGain + kTolerance);
    EXPECT_LE(report->after.plain_log_loss,
              report->before.plain_log_loss - kAnswerLogGain + kTolerance);
    EXPECT_LT(report->after.rmse_bins, report->before.rmse_bins);
    ASSERT_TRUE(report->has_split);
    EXPECT_LE(report->split_after.log_loss,
              report->before.log_loss - kAnswerLogSplitGain + kTolerance);
    // Weights fitted on the past predict the future better than the defaults do.
    EXPECT_LT(report->split_after.log_loss, report->split_before.log_loss);
}

TEST(FixtureFit, DayLevelLogReachesTheOfficialLogLoss) {
    auto text = ReadFixture(kDayLevel);
    if (!text) {
        GTEST_SKIP() << "fixture " << kDayLevel << " is not there";
    }
    auto set = ReadDayLevelTsv(*text);
    ASSERT_TRUE(set) << set.error().message;
    EXPECT_EQ(set->items.size(), 83598u);
    OptimizeOptions options;
    options.fit.enable_short_term = false;
    options.time_split = false;
    auto report = Optimize(*set, options);
    ASSERT_TRUE(report) << report.error().message;
    EXPECT_LE(report->after.log_loss, report->before.log_loss - kDayLevelGain + kTolerance);
    EXPECT_LE(report->after.plain_log_loss,
              report->before.plain_log_loss - kDayLevelGain + kTolerance);
    EXPECT_LT(report->after.rmse_bins, report->before.rmse_bins);
    // Long-term only: the same-day weights stay 0.
    EXPECT_EQ(report->fitted[17], 0);
    EXPECT_EQ(report->fitted[19], 0);
}

}  // namespace
}  // namespace summit::optimizer
