// summit stats: the numbers of the Progress view, as text or JSON.
#include <ostream>

#include "app/cli/verbs.h"
#include "app/stats/fetch.h"
#include "app/stats/report.h"

namespace summit::cli {

int RunStats(Context& context) {
    if (context.args().words.size() != 1) {
        context.err() << "usage: summit stats [--deck NAME] [--topic TAG] [--json]\n";
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
    stats::StatsFilter filter{*deck, context.args().Get("topic")};
    auto input = stats::FetchStatsSummaryInput(**collection, filter, context.now_ms());
    if (!input) {
        return context.Report(input.error());
    }
    stats::StatsReport report = stats::ComputeReport(*input);
    context.out() << (context.args().Has("json") ? stats::StatsJson(report)
                                                 : stats::StatsText(report))
                  << "\n";
    return kExitOk;
}

}  // namespace summit::cli
