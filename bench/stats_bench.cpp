// Statistics over a large synthetic collection: 100,000 cards and 1,000,000 reviews built in
// memory with a fixed seed, timing ComputeReport (the whole report) and each costly chart.
#include <cstdint>
#include <cstdlib>
#include <ctime>
#include <string>

#include <benchmark/benchmark.h>

#include "app/stats/fetch.h"
#include "app/stats/report.h"
#include "bench/synthetic.h"
#include "storage/collection.h"

namespace summit::stats {
namespace {

using bench::kDayMs;
using bench::Rng;

constexpr int kCards = 100'000;
constexpr int kReviews = 1'000'000;
constexpr int kTopics = 200;
constexpr int64_t kHistoryDays = 730;  // reviews spread over the last two years

const StatsInput& SyntheticInput() {
    static const StatsInput input = [] {
        bench::UseRealTimeZone();
        StatsInput in;
        in.now_ms = 1'795'000'000'000;  // 2026-11-18
        in.day_rule = {study::DayRule::kLocal, 4};
        Rng rng(20261129);
        in.cards.reserve(kCards);
        for (int i = 0; i < kCards; ++i) {
            CardRow card;
            card.card_id = i + 1;
            card.question_id = i / 2 + 1;  // every question has two directions
            card.topic = "topic-" + std::to_string(card.question_id % kTopics);
            const int64_t kind = rng.Below(100);
            card.phase = kind < 20   ? CardPhase::kNew
                         : kind < 25 ? CardPhase::kLearning
                         : kind < 95 ? CardPhase::kReview
                                     : CardPhase::kRelearning;
            card.suspended = rng.Below(100) < 2;
            if (card.phase != CardPhase::kNew) {
                card.stability = 0.5 + static_cast<double>(rng.Below(36'500)) / 100.0;
                card.difficulty = 1 + static_cast<double>(rng.Below(900)) / 100.0;
                card.last_review_ms = in.now_ms - rng.Below(120 * kDayMs);
                card.scheduled_days = static_cast<int>(rng.Below(200));
                card.due_ms = card.last_review_ms + card.scheduled_days * kDayMs;
                card.reps = static_cast<int>(1 + rng.Below(20));
                card.lapses = static_cast<int>(rng.Below(5));
            }
            in.cards.push_back(std::move(card));
        }
        in.reviews.reserve(kReviews);
        for (int i = 0; i < kReviews; ++i) {
            ReviewRow review;
            review.card_id = 1 + rng.Below(kCards);
            review.question_id = (review.card_id - 1) / 2 + 1;
            review.time_ms = in.now_ms - rng.Below(kHistoryDays * kDayMs);
            review.rating = static_cast<Rating>(1 + rng.Below(4));
            review.correct = review.rating != Rating::kAgain;
            review.duration_ms = 2'000 + rng.Below(30'000);
            review.phase_before = static_cast<CardPhase>(rng.Below(4));
            review.interval_before_days = static_cast<int>(rng.Below(100));
            in.reviews.push_back(review);
        }
        for (int i = 0; i < 500; ++i) {
            in.quizzes.push_back({in.now_ms - rng.Below(kHistoryDays * kDayMs),
                                  static_cast<double>(rng.Below(21)), 20});
        }
        return in;
    }();
    return input;
}

void BM_ComputeReport(benchmark::State& state) {
    const StatsInput& input = SyntheticInput();
    for (auto _ : state) {
        StatsReport report = ComputeReport(input);
        benchmark::DoNotOptimize(report);
    }
}
BENCHMARK(BM_ComputeReport)->Unit(benchmark::kMillisecond)->MinTime(2.0);

void BM_StatsJson(benchmark::State& state) {
    const StatsReport report = ComputeReport(SyntheticInput());
    for (auto _ : state) {
        std::string json = StatsJson(report);
        benchmark::DoNotOptimize(json);
    }
}
BENCHMARK(BM_StatsJson)->Unit(benchmark::kMillisecond);

void BM_DayIndex(benchmark::State& state) {
    const StatsInput& input = SyntheticInput();
    for (auto _ : state) {
        DayIndex days = ReportDayIndex(input.day_rule, input.now_ms);
        benchmark::DoNotOptimize(days);
    }
}
BENCHMARK(BM_DayIndex)->Unit(benchmark::kMillisecond);

void BM_Retention(benchmark::State& state) {
    const StatsInput& input = SyntheticInput();
    const DayIndex days = ReportDayIndex(input.day_rule, input.now_ms);
    for (auto _ : state) {
        RetentionTable table = ComputeRetention(input, days);
        benchmark::DoNotOptimize(table);
    }
}
BENCHMARK(BM_Retention)->Unit(benchmark::kMillisecond);

void BM_Hardest(benchmark::State& state) {
    const StatsInput& input = SyntheticInput();
    for (auto _ : state) {
        auto hardest = ComputeHardest(input, 10);
        benchmark::DoNotOptimize(hardest);
    }
}
BENCHMARK(BM_Hardest)->Unit(benchmark::kMillisecond);

void BM_TopicMastery(benchmark::State& state) {
    const StatsInput& input = SyntheticInput();
    for (auto _ : state) {
        auto topics = ComputeTopicMastery(input);
        benchmark::DoNotOptimize(topics);
    }
}
BENCHMARK(BM_TopicMastery)->Unit(benchmark::kMillisecond);

// End to end over a collection file (e.g. one written by make_collection): open, fetch, compute
// the report. Runs only when SUMMIT_STATS_DB names the file. `Fetch` is the app's read (the
// review log's summaries) or the reference read of every row.
template <auto Fetch>
void FetchAndCompute(benchmark::State& state) {
    const char* path = std::getenv("SUMMIT_STATS_DB");
    if (path == nullptr) {
        state.SkipWithError("set SUMMIT_STATS_DB to a collection file");
        return;
    }
    auto collection = storage::Collection::Open(path, {storage::OpenMode::kReadOnly, 2000});
    if (!collection) {
        state.SkipWithError(collection.error().ToString().c_str());
        return;
    }
    size_t rows = 0;
    for (auto _ : state) {
        auto input = Fetch(*collection, StatsFilter{}, 1'795'000'000'000);
        if (!input) {
            state.SkipWithError(input.error().ToString().c_str());
            return;
        }
        rows = input->summary ? input->summary->quarters.size() : input->reviews.size();
        StatsReport report = ComputeReport(*input);
        benchmark::DoNotOptimize(report);
    }
    state.counters["review_rows_read"] = static_cast<double>(rows);
}

Result<StatsInput> FetchSummary(const storage::Collection& collection, const StatsFilter& filter,
                                int64_t now_ms) {
    return FetchStatsSummaryInput(collection, filter, now_ms);
}

void BM_FetchAndComputeReport(benchmark::State& state) {
    FetchAndCompute<FetchSummary>(state);
}
BENCHMARK(BM_FetchAndComputeReport)->Unit(benchmark::kMillisecond)->Iterations(3);

void BM_FetchAndComputeReportFromRows(benchmark::State& state) {
    FetchAndCompute<FetchStatsInput>(state);
}
BENCHMARK(BM_FetchAndComputeReportFromRows)->Unit(benchmark::kMillisecond)->Iterations(3);

}  // namespace
}  // namespace summit::stats
