// summit simulate: a year of a deck's reviews at desired retention 0.70..0.97 under its FSRS
// parameters: daily review time against knowledge retained, with the current setting and the
// retention that costs least per card remembered.
#include <cstdio>
#include <ostream>

#include "app/cli/verbs.h"
#include "app/decks/deck_settings_store.h"
#include "app/optimizer/workload.h"
#include "app/study/deck_fit.h"
#include "content/json/writer.h"

namespace summit::cli {
namespace {

namespace json = content::json;

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
    auto read = study::ReadDeckWorkload(**collection, **deck, *settings, context.now_ms());
    if (!read) {
        return context.Report(read.error());
    }
    const optimizer::WorkloadOptions& options = *read;
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
