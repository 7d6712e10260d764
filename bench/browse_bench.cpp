// The browser on 100,000 questions and 1,000,000 reviews (a collection file made once by
// make_collection, cached as browse_100k_1m.db; SUMMIT_BROWSE_DB names another): each
// keystroke's search, sorted in SQL (target <= 50 ms), and bulk actions on 10,000 cards
// (target <= 1 s), each timed without the undo that restores the file between iterations.
#include <array>
#include <chrono>
#include <cstdint>
#include <string>
#include <vector>

#include <benchmark/benchmark.h>

#include "bench/e2e_collection.h"
#include "storage/collection.h"

namespace summit::storage {
namespace {

constexpr int64_t kNowMs = 1'795'000'000'000;  // make_collection's default clock
constexpr int64_t kDayMs = 86'400'000;
constexpr std::size_t kBulkCards = 10'000;

bench::E2eCollection& SharedFixture() {
    static bench::E2eCollection fixture =
        bench::OpenE2eCollection("browse_100k_1m.db", "SUMMIT_BROWSE_DB");
    return fixture;
}

// Typing "question 4242" a key at a time, then queries with fields.
const std::array<const char*, 17> kQueries = {
    "q",
    "qu",
    "que",
    "ques",
    "questi",
    "question",
    "question 4",
    "question 42",
    "question 4242",
    "\"right for question\"",
    "deck:Synthetic is:due",
    "-is:new prop:ivl>10 type:typed",
    "topic:topic-7 OR rated:3",
    "is:review prop:due<=7 -type:flashcard",
    "(type:cloze OR type:true_false) prop:lapses>=1",
    "card",
    "",
};

BrowseQuery Query(const char* search, BrowseColumn sort) {
    BrowseQuery query;
    query.search = search;
    query.clock = {kNowMs, kNowMs - kNowMs % kDayMs, kNowMs - kNowMs % kDayMs + kDayMs};
    query.sort = sort;
    return query;
}

void RunSearch(benchmark::State& state, BrowseColumn sort) {
    bench::E2eCollection& fixture = SharedFixture();
    if (!fixture.collection) {
        state.SkipWithError(fixture.error.c_str());
        return;
    }
    const char* search = kQueries[static_cast<std::size_t>(state.range(0))];
    std::size_t found = 0;
    for (auto _ : state) {
        auto ids = fixture.collection->SearchCards(Query(search, sort));
        if (!ids) {
            state.SkipWithError(ids.error().ToString().c_str());
            return;
        }
        found = ids->size();
        benchmark::DoNotOptimize(ids);
    }
    state.SetLabel(std::string("'") + search + "'");
    state.counters["cards"] = static_cast<double>(found);
}

// The default order (cards as added) and the costliest common sort (due, over a join).
void BM_BrowseSearch(benchmark::State& state) {
    RunSearch(state, BrowseColumn::kCreated);
}
BENCHMARK(BM_BrowseSearch)->DenseRange(0, kQueries.size() - 1)->Unit(benchmark::kMillisecond);

void BM_BrowseSearchByDue(benchmark::State& state) {
    RunSearch(state, BrowseColumn::kDue);
}
BENCHMARK(BM_BrowseSearchByDue)->Arg(5)->Arg(10)->Arg(16)->Unit(benchmark::kMillisecond);

void BM_BrowseSearchByDeck(benchmark::State& state) {
    RunSearch(state, BrowseColumn::kDeck);
}
BENCHMARK(BM_BrowseSearchByDeck)->Arg(5)->Arg(16)->Unit(benchmark::kMillisecond);

// The rows the table draws for one screen: what each scroll step reads.
void BM_BrowseLoadScreenOfRows(benchmark::State& state) {
    bench::E2eCollection& fixture = SharedFixture();
    if (!fixture.collection) {
        state.SkipWithError(fixture.error.c_str());
        return;
    }
    auto ids = fixture.collection->SearchCards(Query("", BrowseColumn::kDue));
    if (!ids || ids->size() < 50'064) {
        state.SkipWithError("too few cards");
        return;
    }
    const std::vector<CardId> screen(ids->begin() + 50'000, ids->begin() + 50'064);
    for (auto _ : state) {
        auto rows = fixture.collection->LoadBrowseRows(screen);
        benchmark::DoNotOptimize(rows);
    }
}
BENCHMARK(BM_BrowseLoadScreenOfRows)->Unit(benchmark::kMillisecond);

BulkAction ActionFor(int64_t index, DeckId other_deck) {
    switch (index) {
        case 0:
            return {BulkKind::kSuspend, {}, "", 0};
        case 1:
            return {BulkKind::kAddTag, {}, "bench", 0};
        case 2:
            return {BulkKind::kSetTopic, {}, "bench-topic", 0};
        case 3:
            return {BulkKind::kMoveToDeck, other_deck, "", 0};
        case 4:
            return {BulkKind::kResetScheduling, {}, "", 0};
        default:
            return {BulkKind::kDelete, {}, "", 0};
    }
}

// One bulk action on 10,000 cards spread over the collection; the undo that puts the file
// back after each iteration is timed apart (counter "undo_ms").
void BM_BrowseBulk(benchmark::State& state) {
    bench::E2eCollection& fixture = SharedFixture();
    if (!fixture.collection) {
        state.SkipWithError(fixture.error.c_str());
        return;
    }
    Collection& collection = *fixture.collection;
    content::Bank other;
    other.id = "bench-other";
    other.title = "Bench other";
    content::Question question;
    question.id = "q";
    question.prompt = "Where moved cards go";
    question.back = "here";
    other.questions = {question};
    auto imported = collection.ImportBank(other);  // writes nothing once it exists
    auto all = collection.SearchCards(Query("", BrowseColumn::kCreated));
    if (!imported || !all) {
        state.SkipWithError("cannot prepare the bulk benchmark");
        return;
    }
    std::vector<CardId> chosen;
    const std::size_t step = all->size() / kBulkCards;
    for (std::size_t i = 0; i < all->size() && chosen.size() < kBulkCards; i += step) {
        chosen.push_back((*all)[i]);
    }
    const BulkAction action = ActionFor(state.range(0), imported->deck_id);
    double undo_ms = 0;
    for (auto _ : state) {
        auto applied = collection.ApplyBulk(action, chosen);
        if (!applied) {
            state.SkipWithError(applied.error().ToString().c_str());
            return;
        }
        state.PauseTiming();
        const auto start = std::chrono::steady_clock::now();
        if (auto undone = collection.UndoBulk(); !undone) {
            state.SkipWithError(undone.error().ToString().c_str());
            return;
        }
        undo_ms =
            std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start)
                .count();
        state.ResumeTiming();
    }
    static constexpr const char* kNames[] = {"suspend",      "add tag", "set topic",
                                             "move to deck", "reset",   "delete"};
    state.SetLabel(kNames[state.range(0)]);
    state.counters["cards"] = static_cast<double>(chosen.size());
    state.counters["undo_ms"] = undo_ms;
}
BENCHMARK(BM_BrowseBulk)->DenseRange(0, 5)->Unit(benchmark::kMillisecond)->Iterations(3);

}  // namespace
}  // namespace summit::storage
