// Queue building over 100,000 cards: the pure BuildQueue on rows held in memory (target
// <= 20 ms), and FetchQueue on a collection file made by make_collection, named by the
// SUMMIT_BENCH_COLLECTION environment variable (skipped when unset).
#include <cstdint>
#include <cstdlib>
#include <ctime>
#include <vector>

#include <benchmark/benchmark.h>

#include "app/study/deck_settings.h"
#include "app/study/fsrs.h"
#include "app/study/queue.h"

namespace summit::study {
namespace {

constexpr int kCards = 100'000;
constexpr int64_t kDayMs = 86'400'000;
constexpr int64_t kNowMs = 1'795'000'000'000;  // make_collection's default clock

// SplitMix64, as in make_collection: a fixed sequence on every platform.
class Rng {
  public:
    explicit Rng(uint64_t seed) : state_(seed) {}
    uint64_t Next() {
        uint64_t z = (state_ += 0x9e3779b97f4a7c15ULL);
        z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
        z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
        return z ^ (z >> 31);
    }
    int64_t Below(int64_t n) { return static_cast<int64_t>(Next() % static_cast<uint64_t>(n)); }

  private:
    uint64_t state_;
};

void UseRealTimeZone() {
    // A zone with DST, so local-day arithmetic costs what it costs on a user's machine.
    setenv("TZ", "America/New_York", 1);
    tzset();
}

// The shape make_collection writes: 20% new; of the rest 5% learning, 88% review (due from 30
// days ago to 60 days ahead), 7% relearning; one question in ten has two directions; 200
// topics of 60 paragraphs each as source points.
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
            CardState& s = card.state;
            const int64_t kind = rng.Below(100);
            if (kind >= 20) {
                const int64_t phase = rng.Below(100);
                s.phase = phase < 5    ? CardPhase::kLearning
                          : phase < 93 ? CardPhase::kReview
                                       : CardPhase::kRelearning;
                s.stability = 0.5 + static_cast<double>(rng.Below(36'500)) / 100.0;
                s.difficulty = 1 + static_cast<double>(rng.Below(900)) / 100.0;
                if (s.phase == CardPhase::kReview) {
                    s.scheduled_days = 1 + static_cast<int>(rng.Below(120));
                    s.due_ms = kNowMs + (rng.Below(90) - 30) * kDayMs + rng.Below(kDayMs);
                    s.last_review_ms = s.due_ms - s.scheduled_days * kDayMs;
                } else {
                    s.due_ms = kNowMs + rng.Below(4 * 3'600'000) - 2 * 3'600'000;
                    s.last_review_ms = s.due_ms - 600'000;
                }
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
    size_t entries = 0;
    for (auto _ : state) {
        auto queue = FetchQueue(*collection, {"Synthetic", std::nullopt}, kNowMs);
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
