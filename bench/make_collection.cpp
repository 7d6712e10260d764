// make_collection: writes a synthetic collection for benchmarks — by default 100,000
// questions of mixed types in one deck, with cards in every phase and, optionally, a long
// review log (e.g. 1,000,000 rows for the statistics benchmarks). Deterministic for a seed.
//
//   make_collection OUT.db [--questions N] [--reviews M] [--seed S] [--now MS] [--force]
#include <algorithm>
#include <chrono>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

#include "bench/synthetic.h"
#include "content/model/bank.h"
#include "storage/collection.h"

namespace {

using summit::CardPhase;
using summit::CardState;
using summit::Rating;
namespace content = summit::content;
namespace storage = summit::storage;
using summit::bench::FinalState;
using summit::bench::kDayMs;
using summit::bench::Rng;

constexpr int64_t kHistoryDays = 730;  // the log spans the last two years
constexpr int kTopics = 200;
constexpr int kParagraphs = 60;

struct Options {
    std::filesystem::path out;
    int questions = 100'000;
    int64_t reviews = 0;  // total log rows; at least one per studied card
    uint64_t seed = 20261129;
    int64_t now_ms = 1'795'000'000'000;  // 2026-11-18, the clock the benchmarks use
    bool force = false;
};

int Usage(const char* why) {
    std::fprintf(stderr,
                 "make_collection: %s\n"
                 "usage: make_collection OUT.db [--questions N] [--reviews M] [--seed S] "
                 "[--now MS] [--force]\n",
                 why);
    return 2;
}

bool ParseInt(std::string_view text, int64_t& out) {
    if (text.empty()) {
        return false;
    }
    char* end = nullptr;
    const std::string copy(text);
    out = std::strtoll(copy.c_str(), &end, 10);
    return end != nullptr && *end == '\0' && out >= 0;
}

content::Question MakeQuestion(int i, Rng& rng) {
    content::Question q;
    q.id = "q" + std::to_string(i);
    q.topic = "topic-" + std::to_string(rng.Below(kTopics));
    q.source = content::SourceRef{"", 1 + static_cast<int>(rng.Below(kParagraphs))};
    const int64_t kind = rng.Below(100);
    const std::string n = std::to_string(i);
    if (kind < 30) {
        q.type = content::QuestionType::kFlashcard;
        q.prompt = "Front of card " + n;
        q.back = "Back of card " + n;
        q.reversible = kind < 10;
    } else if (kind < 55) {
        q.type = content::QuestionType::kMultipleChoice;
        q.prompt = "Which option is right for question " + n + "?";
        q.choices = {{"Right " + n, true, ""}, {"Wrong " + n, false, ""}, {"Other", false, ""}};
    } else if (kind < 70) {
        q.type = content::QuestionType::kTrueFalse;
        q.prompt = "Statement " + n + " is true.";
        q.answer = (i % 2) == 0;
    } else if (kind < 85) {
        q.type = content::QuestionType::kTyped;
        q.prompt = "Type the answer to question " + n;
        q.accepted = {"answer " + n};
    } else {
        q.type = content::QuestionType::kCloze;
        q.prompt = "Question " + n + " has a {{gap}} to fill.";
    }
    return q;
}

struct Event {
    int64_t time_ms;
    int64_t card;       // index into the studied cards
    bool last = false;  // this review leaves the card in its final state
};

}  // namespace

int main(int argc, char** argv) {
    Options options;
    for (int i = 1; i < argc; ++i) {
        const std::string_view arg = argv[i];
        int64_t value = 0;
        auto number = [&] { return i + 1 < argc && ParseInt(argv[++i], value); };
        if (arg == "--questions") {
            if (!number() || value < 1) {
                return Usage("--questions needs a whole number of at least 1");
            }
            options.questions = static_cast<int>(value);
        } else if (arg == "--reviews") {
            if (!number()) {
                return Usage("--reviews needs a whole number");
            }
            options.reviews = value;
        } else if (arg == "--seed") {
            if (!number()) {
                return Usage("--seed needs a whole number");
            }
            options.seed = static_cast<uint64_t>(value);
        } else if (arg == "--now") {
            if (!number()) {
                return Usage("--now needs ms since the epoch");
            }
            options.now_ms = value;
        } else if (arg == "--force") {
            options.force = true;
        } else if (!arg.starts_with("--") && options.out.empty()) {
            options.out = std::string(arg);
        } else {
            return Usage(("unknown argument " + std::string(arg)).c_str());
        }
    }
    if (options.out.empty()) {
        return Usage("no output file");
    }
    if (std::filesystem::exists(options.out)) {
        if (!options.force) {
            return Usage((options.out.string() + " exists; add --force to replace it").c_str());
        }
        for (const char* suffix : {"", "-wal", "-shm"}) {
            std::filesystem::remove(options.out.string() + suffix);
        }
    }

    const auto started = std::chrono::steady_clock::now();
    auto collection = storage::Collection::Open(options.out);
    if (!collection) {
        std::fprintf(stderr, "make_collection: %s\n", collection.error().ToString().c_str());
        return 1;
    }
    Rng rng(options.seed);
    content::Bank bank;
    bank.id = "synthetic";
    bank.title = "Synthetic";
    bank.questions.reserve(static_cast<size_t>(options.questions));
    for (int i = 0; i < options.questions; ++i) {
        bank.questions.push_back(MakeQuestion(i, rng));
    }
    auto report = collection->ImportBank(bank);
    if (!report) {
        std::fprintf(stderr, "make_collection: %s\n", report.error().ToString().c_str());
        return 1;
    }

    const auto imported = std::chrono::steady_clock::now();
    storage::CardQuery all;
    all.selection = storage::CardSelection::kAll;
    auto cards = collection->LoadCards(all);
    if (!cards) {
        std::fprintf(stderr, "make_collection: %s\n", cards.error().ToString().c_str());
        return 1;
    }
    // 20% of cards stay new; the rest get a history that ends in their final state.
    std::vector<storage::CardId> studied;
    std::vector<CardState> final_states;
    for (const storage::StudyCard& card : *cards) {
        if (rng.Below(100) >= 20) {
            studied.push_back(card.id);
            final_states.push_back(FinalState(options.now_ms, rng));
        }
    }
    const int64_t extra = std::max<int64_t>(0, options.reviews - std::ssize(studied));
    std::vector<Event> events;
    events.reserve(studied.size() + static_cast<size_t>(extra));
    for (size_t c = 0; c < studied.size(); ++c) {
        events.push_back({final_states[c].last_review_ms, static_cast<int64_t>(c), true});
    }
    for (int64_t e = 0; e < extra; ++e) {
        const int64_t c = rng.Below(std::ssize(studied));
        const int64_t last = final_states[static_cast<size_t>(c)].last_review_ms;
        const int64_t earliest = options.now_ms - kHistoryDays * kDayMs;
        const int64_t span = std::max<int64_t>(1, last - earliest);
        events.push_back({std::min(last - 1, earliest + rng.Below(span)), c, false});
    }
    std::sort(events.begin(), events.end(), [](const Event& a, const Event& b) {
        return a.time_ms != b.time_ms ? a.time_ms < b.time_ms : a.card < b.card;
    });

    std::vector<storage::ReviewAppend> log;
    log.reserve(events.size());
    for (const Event& event : events) {
        const size_t c = static_cast<size_t>(event.card);
        CardState state = final_states[c];
        if (!event.last) {
            state.phase = CardPhase::kReview;
            state.last_review_ms = event.time_ms;
            state.due_ms = event.time_ms + state.scheduled_days * kDayMs;
        }
        storage::ReviewRecord record;
        record.time_ms = event.time_ms;
        record.rating = static_cast<Rating>(1 + rng.Below(4));
        record.correct = record.rating != Rating::kAgain;
        record.duration_ms = 2'000 + rng.Below(20'000);
        log.push_back({studied[c], state, record});
    }
    auto written = collection->AppendReviews(log);
    if (!written) {
        std::fprintf(stderr, "make_collection: %s\n", written.error().ToString().c_str());
        return 1;
    }
    auto seconds = [](auto from, auto to) {
        return std::chrono::duration<double>(to - from).count();
    };
    const auto done = std::chrono::steady_clock::now();
    std::printf(
        "%s: %d questions, %zu cards (%zu studied), %zu reviews in %.1f s "
        "(import %.1f s, review log %.1f s)\n",
        options.out.string().c_str(), options.questions, cards->size(), studied.size(),
        events.size(), seconds(started, done), seconds(started, imported), seconds(imported, done));
    return 0;
}
