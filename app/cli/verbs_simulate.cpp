// summit simulate: a year of a deck's reviews at desired retention 0.70..0.97 under its FSRS
// parameters: daily review time against knowledge retained, with the current setting and the
// retention that costs least per card remembered.
#include <cstdio>
#include <ostream>

#include "app/cli/verbs.h"
#include "app/decks/deck_settings_store.h"
#include "app/optimizer/workload.h"
#include "content/json/writer.h"

namespace summit::cli {
namespace {

namespace json = content::json;

// Mean seconds of the deck's first answers, recalled and forgotten reviews; the defaults
// where the log has none.
void TimesFromLog(const std::vector<storage::ReviewRow>& log, optimizer::WorkloadOptions& o) {
    double sums[3] = {0, 0, 0};
    int counts[3] = {0, 0, 0};
    for (const storage::ReviewRow& row : log) {
        const int kind = row.phase_before == CardPhase::kNew ? 0
                         : row.rating == Rating::kAgain      ? 2
                                                             : 1;
        sums[kind] += double(row.duration_ms) / 1000;
        ++counts[kind];
    }
    double* fields[3] = {&o.seconds_new, &o.seconds_recalled, &o.seconds_forgotten};
    for (int kind = 0; kind < 3; ++kind) {
        if (counts[kind] > 0) {
            *fields[kind] = sums[kind] / counts[kind];
        }
    }
}

}  // namespace

int RunSimulate(Context& context) {
    if (context.args().words.size() != 1 || !context.args().Get("deck")) {
        context.err() << "usage: summit simulate --deck NAME [--json]\n";
        return kExitUsage;
    }
    auto collection = context.OpenCollection();
    if (!collection) {
        return context.Report(collection.error());
    }
    auto deck = context.DeckOption(**collection);
    if (!deck) {
        return context.Report(deck.error());
    }
    auto settings = study::LoadDeckSettings(**collection, *deck);
    if (!settings) {
        return context.Report(settings.error());
    }
    storage::CardQuery query = storage::CardQuery::All(*deck);
    query.full_questions = false;
    auto cards = (*collection)->LoadCards(query);
    if (!cards) {
        return context.Report(cards.error());
    }
    auto log = (*collection)->ReadReviewLog(*deck);
    if (!log) {
        return context.Report(log.error());
    }
    optimizer::WorkloadOptions options;
    const study::FsrsParams params = study::ToFsrsParams(*settings);
    std::copy(params.w.begin(), params.w.end(), options.weights.begin());
    options.new_per_day = settings->new_per_day;
    options.reviews_per_day = settings->reviews_per_day;
    options.maximum_interval = settings->maximum_interval_days;
    for (const storage::StudyCard& card : *cards) {
        if (card.suspended) {
            continue;
        }
        if (card.state.phase == CardPhase::kNew || card.state.stability <= 0) {
            ++options.new_cards;
            continue;
        }
        const int64_t elapsed =
            study::ElapsedDays(card.state.last_review_ms, context.now_ms(), settings->Day());
        options.studied.push_back({card.state.stability,
                                   std::clamp(card.state.difficulty, 1.0, 10.0),
                                   static_cast<int>(std::max<int64_t>(elapsed, 0))});
    }
    TimesFromLog(*log, options);
    const auto points = optimizer::SimulateWorkload(options);
    const size_t best = optimizer::CheapestPoint(points);
    if (context.args().Has("json")) {
        json::Writer writer;
        writer.StartObject()
            .Field("days", options.days)
            .Field("cards", static_cast<int64_t>(options.studied.size() + options.new_cards))
            .Key("current_retention")
            .Fixed(settings->desired_retention, 2)
            .Key("cheapest_retention")
            .Fixed(points[best].retention, 2)
            .Key("points")
            .StartArray();
        for (const auto& p : points) {
            writer.StartObject()
                .Key("retention")
                .Fixed(p.retention, 2)
                .Key("minutes_per_day")
                .Fixed(p.minutes_per_day, 3)
                .Key("remembered")
                .Fixed(p.remembered, 1)
                .Key("seconds_per_remembered")
                .Fixed(p.seconds_per_remembered, 2)
                .EndObject();
        }
        writer.EndArray().EndObject();
        context.out() << writer.str() << "\n";
        return kExitOk;
    }
    char line[160];
    std::snprintf(line, sizeof line,
                  "%zu cards over %d days; review time and cards remembered at the end\n",
                  options.studied.size() + options.new_cards, options.days);
    context.out() << line << "retention  minutes/day  remembered  seconds per card remembered\n";
    for (size_t i = 0; i < points.size(); ++i) {
        const auto& p = points[i];
        const bool current = std::abs(p.retention - settings->desired_retention) < 0.005;
        std::snprintf(line, sizeof line, "%9.2f  %11.1f  %10.0f  %27.1f%s%s\n", p.retention,
                      p.minutes_per_day, p.remembered, p.seconds_per_remembered,
                      current ? "  <- current" : "", i == best ? "  <- least time per card" : "");
        context.out() << line;
    }
    return kExitOk;
}

}  // namespace summit::cli
