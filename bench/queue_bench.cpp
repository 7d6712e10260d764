// Queue building over 100,000 cards: the pure BuildQueue on rows held in memory (target
// <= 20 ms), and FetchQueue on a collection file made by make_collection, named by the
// SUMMIT_BENCH_COLLECTION environment variable (skipped when unset).
#include <cstdint>
#include <cstdlib>
#include <ctime>
#include <vector>

#include <benchmark/benchmark.h>

#include "app/scheduler/deck_settings.h"
#include "app/scheduler/fsrs.h"
#include "app/study/queue.h"
#include "bench/synthetic.h"

namespace summit::study {
namespace {

using bench::Rng;
using bench::UseRealTimeZone;

constexpr int kCards = 100'000;
constexpr int64_t kNowMs = 1'795'000'000'000;  // make_collection's default clock

// The shape make_collection writes: 20% new, the rest in bench::FinalState's phases (5%
// learning, 88% review due from 30 days ago to 60 days ahead, 7% relearning); one question in ten
// has two directions; 200 topics of 60 paragraphs each as source points.
const std::vector<QueueCard>& Rows() {
    static const std::vector<QueueCard> rows = [] {
        Rng rng(20261129);
        std::vector<QueueCard> cards;
        cards.reserve(kCards);
        uint64_t question = 0;
        for (int i = 0; i < kCards; ++i) {
            QueueCard card;
            card.card_id = storage::CardId{i + 1};
            if (i == 0 || rng.Below(10) != 0) {
                ++question;  // else: the second direction of the previous question
            }
            card.question_key = question;
            card.source_key = 1 + static_cast<uint64_t>(rng.Below(200 * 60));
            card.position = i;
            card.suspended = rng.Below(100) < 2;
            if (rng.Below(100) >= 20) {
                card.state = bench::FinalState(kNowMs, rng);
            }
            cards.push_back(card);
        }
        return cards;
    }();
    return rows;
}

void BM_BuildQueue(benchmark::State& state) {
    UseRealTimeZone();
    const std::vector<QueueCard>& rows = Rows();
    DeckSettings settings;
    settings.reviews_per_day = static_cast<int>(state.range(0));
    auto fsrs = FsrsScheduler::Create(ToFsrsParams(settings));
    if (!fsrs) {
        state.SkipWithError(fsrs.error().message.c_str());
        return;
    }
    QueueOptions options = MakeQueueOptions(settings, kNowMs, {});
    const FsrsScheduler& scheduler = *fsrs;
    options.retrievability = [&scheduler](const CardState& s) {
        return scheduler.Retrievability(s, kNowMs);
    };
    size_t entries = 0;
    for (auto _ : state) {
        StudyQueue queue = BuildQueue(rows, options);
        entries = queue.entries.size();
        benchmark::DoNotOptimize(queue);
    }
    state.counters["cards"] = static_cast<double>(rows.size());
    state.counters["entries"] = static_cast<double>(entries);
}
// 200 is the default limit; 99,999 (the maximum) puts every due review in the queue.
BENCHMARK(BM_BuildQueue)->Arg(200)->Arg(99'999)->Unit(benchmark::kMillisecond);

void BM_FetchQueue(benchmark::State& state) {
    UseRealTimeZone();
    const char* path = std::getenv("SUMMIT_BENCH_COLLECTION");
    if (path == nullptr) {
        state.SkipWithError("set SUMMIT_BENCH_COLLECTION to a file made by make_collection");
        return;
    }
    auto collection = storage::Collection::Open(path, {storage::OpenMode::kReadOnly});
    if (!collection) {
        state.SkipWithError(collection.error().ToString().c_str());
        return;
    }
    auto deck = collection->FindDeck("Synthetic");
    if (!deck) {
        state.SkipWithError(deck.error().ToString().c_str());
        return;
    }
    size_t entries = 0;
    for (auto _ : state) {
        auto queue = FetchQueue(*collection, {*deck, std::nullopt}, kNowMs);
        if (!queue) {
            state.SkipWithError(queue.error().ToString().c_str());
            return;
        }
        entries = queue->entries.size();
        benchmark::DoNotOptimize(queue);
    }
    state.counters["entries"] = static_cast<double>(entries);
}
BENCHMARK(BM_FetchQueue)->Unit(benchmark::kMillisecond);

}  // namespace
}  // namespace summit::study
