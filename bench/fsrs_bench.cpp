// Scheduler throughput: FSRS-6 Next() per rating and card phase, Preview(), SM-2 Next(), and
// the 1,000,000-review workload that bench/fsrs_vs_ts_fsrs.sh also runs through ts-fsrs.
#include <cstdint>

#include <benchmark/benchmark.h>

#include "app/scheduler/fsrs.h"
#include "app/scheduler/sm2.h"

namespace summit::study {
namespace {

constexpr int64_t kDay = 86'400'000;
constexpr int64_t kStart = 1'704'067'200'000;  // 2024-01-01 00:00 UTC

const FsrsScheduler& Fsrs() {
    static const FsrsScheduler scheduler = *FsrsScheduler::Create({});
    return scheduler;
}

CardState ReviewCard() {
    CardState card = Fsrs().Next({}, kStart, Rating::kGood);
    card = Fsrs().Next(card, card.due_ms, Rating::kGood);
    return Fsrs().Next(card, card.due_ms, Rating::kGood);  // in review, interval ~11 days
}

void BM_FsrsNextReview(benchmark::State& state) {
    const auto rating = static_cast<Rating>(state.range(0));
    const CardState card = ReviewCard();
    int64_t now = card.due_ms;
    for (auto _ : state) {
        benchmark::DoNotOptimize(Fsrs().Next(card, now, rating));
        now += 1000;  // a different time each call, as in real use
    }
    state.SetItemsProcessed(state.iterations());
}
BENCHMARK(BM_FsrsNextReview)->DenseRange(1, 4)->ArgName("rating");

void BM_FsrsNextNewCard(benchmark::State& state) {
    const auto rating = static_cast<Rating>(state.range(0));
    int64_t now = kStart;
    for (auto _ : state) {
        benchmark::DoNotOptimize(Fsrs().Next({}, now, rating));
        now += 1000;
    }
    state.SetItemsProcessed(state.iterations());
}
BENCHMARK(BM_FsrsNextNewCard)->DenseRange(1, 4)->ArgName("rating");

void BM_FsrsPreviewReview(benchmark::State& state) {
    const CardState card = ReviewCard();
    for (auto _ : state) {
        benchmark::DoNotOptimize(Fsrs().Preview(card, card.due_ms));
    }
    state.SetItemsProcessed(state.iterations());
}
BENCHMARK(BM_FsrsPreviewReview);

void BM_FsrsNextReviewFuzzed(benchmark::State& state) {
    FsrsParams params;
    params.enable_fuzz = true;
    const FsrsScheduler fsrs = *FsrsScheduler::Create(params);
    const CardState card = ReviewCard();
    int64_t now = card.due_ms;
    for (auto _ : state) {
        benchmark::DoNotOptimize(fsrs.Next(card, now, Rating::kGood));
        now += 1000;
    }
    state.SetItemsProcessed(state.iterations());
}
BENCHMARK(BM_FsrsNextReviewFuzzed);

void BM_Sm2NextReview(benchmark::State& state) {
    const Sm2Scheduler sm2 = *Sm2Scheduler::Create({});
    CardState card;
    card.phase = CardPhase::kReview;
    card.ease = 2.5;
    card.scheduled_days = 10;
    card.last_review_ms = kStart;
    const auto rating = static_cast<Rating>(state.range(0));
    for (auto _ : state) {
        benchmark::DoNotOptimize(sm2.Next(card, kStart + 10 * kDay, rating));
    }
    state.SetItemsProcessed(state.iterations());
}
BENCHMARK(BM_Sm2NextReview)->DenseRange(1, 4)->ArgName("rating");

// The shared workload (mirrored exactly in scripts/golden/bench_ts_fsrs.mjs): 20,000 new cards
// reviewed 50 times each, ratings and lateness drawn from a 32-bit LCG. The checksum (sum of
// all intervals) lets the script confirm that both implementations scheduled the same thing.
constexpr int kCards = 20'000;
constexpr int kReviewsPerCard = 50;

uint32_t Lcg(uint32_t& s) {
    s = s * 1664525u + 1013904223u;
    return s;
}

Rating DrawRating(uint32_t x) {
    const uint32_t bucket = (x >> 16) % 20;
    return bucket < 3    ? Rating::kAgain
           : bucket < 6  ? Rating::kHard
           : bucket < 17 ? Rating::kGood
                         : Rating::kEasy;
}

int64_t RunWorkload(const FsrsScheduler& fsrs) {
    uint32_t seed = 12345;
    int64_t checksum = 0;
    for (int c = 0; c < kCards; ++c) {
        CardState card;
        int64_t now = kStart + c * 60'000LL;
        for (int i = 0; i < kReviewsPerCard; ++i) {
            card = fsrs.Next(card, now, DrawRating(Lcg(seed)));
            checksum += card.scheduled_days;
            now = card.due_ms + static_cast<int64_t>((Lcg(seed) >> 16) % 4) * (kDay / 2);
        }
    }
    return checksum;
}

void BM_FsrsMillionReviews(benchmark::State& state) {
    int64_t checksum = 0;
    for (auto _ : state) {
        checksum = RunWorkload(Fsrs());
        benchmark::DoNotOptimize(checksum);
    }
    state.SetItemsProcessed(state.iterations() * kCards * kReviewsPerCard);
    state.counters["checksum"] = static_cast<double>(checksum);
}
BENCHMARK(BM_FsrsMillionReviews)->Unit(benchmark::kMillisecond)->Iterations(5);

}  // namespace
}  // namespace summit::study
