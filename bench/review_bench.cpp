// One answer recorded durably on 100,000 questions and 1,000,000 reviews (the cached
// collection make_collection writes; SUMMIT_REVIEW_DB names another): the review row, the
// card's new state, the summaries' triggers and the commit with synchronous = FULL, as a
// study session's answer does it. Target: p99 <= 5 ms in process. Each answer is undone after
// the run, untimed, so the file stays as generated.
#include <algorithm>
#include <chrono>
#include <cstdint>
#include <vector>

#include <benchmark/benchmark.h>

#include "bench/e2e_collection.h"
#include "storage/collection.h"

namespace summit::storage {
namespace {

constexpr int64_t kNowMs = 1'795'000'000'000;  // make_collection's default clock
constexpr int64_t kDayMs = 86'400'000;
constexpr int kAnswers = 200;

double Percentile(std::vector<double> values, double p) {
    std::sort(values.begin(), values.end());
    const auto at = static_cast<std::size_t>(p * static_cast<double>(values.size() - 1));
    return values[at];
}

void BM_RecordReviewAtScale(benchmark::State& state) {
    static bench::E2eCollection fixture =
        bench::OpenE2eCollection("review_100k_1m.db", "SUMMIT_REVIEW_DB");
    if (!fixture.collection) {
        state.SkipWithError(fixture.error.c_str());
        return;
    }
    Collection& collection = *fixture.collection;
    BrowseQuery due;
    due.search = "is:due";
    due.clock = {kNowMs, kNowMs - kNowMs % kDayMs, kNowMs - kNowMs % kDayMs + kDayMs};
    auto cards = collection.SearchCards(due);
    if (!cards || cards->size() < static_cast<std::size_t>(kAnswers)) {
        state.SkipWithError("the collection has too few due cards");
        return;
    }
    std::vector<double> ms;
    for (auto _ : state) {
        ms.clear();
        for (int i = 0; i < kAnswers; ++i) {
            const CardId card = (*cards)[static_cast<std::size_t>(i) * cards->size() / kAnswers];
            auto before = collection.GetCard(card);
            if (!before) {
                state.SkipWithError(before.error().ToString().c_str());
                return;
            }
            CardState after = before->state;
            after.reps += 1;
            after.scheduled_days = std::max(1, after.scheduled_days * 2);
            after.last_review_ms = kNowMs + i;
            after.due_ms = after.last_review_ms + after.scheduled_days * kDayMs;
            ReviewRecord review;
            review.time_ms = kNowMs + i;
            review.correct = true;
            review.duration_ms = 4'000;
            const auto start = std::chrono::steady_clock::now();
            auto recorded = collection.RecordReview(card, after, review);
            ms.push_back(
                std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start)
                    .count());
            if (!recorded) {
                state.SkipWithError(recorded.error().ToString().c_str());
                return;
            }
        }
        state.PauseTiming();
        for (int i = 0; i < kAnswers; ++i) {
            if (auto undone = collection.UndoLastReview(); !undone) {
                state.SkipWithError(undone.error().ToString().c_str());
                return;
            }
        }
        state.ResumeTiming();
    }
    state.counters["p50_ms"] = Percentile(ms, 0.50);
    state.counters["p99_ms"] = Percentile(ms, 0.99);
    state.counters["max_ms"] = Percentile(ms, 1.0);
    state.SetLabel("200 answers, each its own durable commit");
}
BENCHMARK(BM_RecordReviewAtScale)->Unit(benchmark::kMillisecond)->Iterations(1);

}  // namespace
}  // namespace summit::storage
