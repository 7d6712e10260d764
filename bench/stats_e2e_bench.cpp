// Statistics end to end over a collection file: 100,000 questions and 1,000,000 reviews made
// once by make_collection (kept in the temp dir and reused by later runs), then
// FetchStatsInput and ComputeReport timed separately. Set SUMMIT_STATS_E2E_DB to use another
// file; the first run after a build with a newer schema migrates the cached file once.
#include <cstdint>

#include <benchmark/benchmark.h>

#include "app/stats/fetch.h"
#include "app/stats/report.h"
#include "bench/e2e_collection.h"
#include "storage/collection.h"

namespace summit::stats {
namespace {

constexpr int64_t kNowMs = 1'795'000'000'000;  // make_collection's default clock

using Fixture = bench::E2eCollection;

Fixture& SharedFixture() {
    static Fixture fixture = bench::OpenE2eCollection("stats_100k_1m.db", "SUMMIT_STATS_E2E_DB");
    return fixture;
}

void BM_E2eFetchStatsInput(benchmark::State& state) {
    Fixture& fixture = SharedFixture();
    if (!fixture.collection) {
        state.SkipWithError(fixture.error.c_str());
        return;
    }
    size_t reviews = 0;
    for (auto _ : state) {
        auto input = FetchStatsInput(*fixture.collection, {}, kNowMs);
        if (!input) {
            state.SkipWithError(input.error().ToString().c_str());
            return;
        }
        reviews = input->reviews.size();
        benchmark::DoNotOptimize(input);
    }
    state.counters["reviews"] = static_cast<double>(reviews);
}
BENCHMARK(BM_E2eFetchStatsInput)->Unit(benchmark::kMillisecond)->Iterations(5);

void BM_E2eComputeReport(benchmark::State& state) {
    Fixture& fixture = SharedFixture();
    if (!fixture.collection) {
        state.SkipWithError(fixture.error.c_str());
        return;
    }
    auto input = FetchStatsInput(*fixture.collection, {}, kNowMs);
    if (!input) {
        state.SkipWithError(input.error().ToString().c_str());
        return;
    }
    for (auto _ : state) {
        StatsReport report = ComputeReport(*input);
        benchmark::DoNotOptimize(report);
    }
}
BENCHMARK(BM_E2eComputeReport)->Unit(benchmark::kMillisecond)->Iterations(5);

// Both, as the progress view pays them: one fetch and one report per refresh.
void BM_E2eFetchAndCompute(benchmark::State& state) {
    Fixture& fixture = SharedFixture();
    if (!fixture.collection) {
        state.SkipWithError(fixture.error.c_str());
        return;
    }
    for (auto _ : state) {
        auto input = FetchStatsInput(*fixture.collection, {}, kNowMs);
        if (!input) {
            state.SkipWithError(input.error().ToString().c_str());
            return;
        }
        StatsReport report = ComputeReport(*input);
        benchmark::DoNotOptimize(report);
    }
}
BENCHMARK(BM_E2eFetchAndCompute)->Unit(benchmark::kMillisecond)->Iterations(5);

}  // namespace
}  // namespace summit::stats
