// summit optimize: fits the FSRS-6 parameters to a deck's review log (or a log file), reports
// the fit, and with --apply stores them in the deck's settings (--undo puts the old ones back).
#include <chrono>
#include <cstdio>
#include <fstream>
#include <iterator>
#include <ostream>

#include "app/cli/verbs.h"
#include "app/decks/deck_settings_store.h"
#include "app/optimizer/optimize.h"
#include "app/optimizer/revlog_files.h"
#include "app/optimizer/summary.h"
#include "app/study/deck_fit.h"

namespace summit::cli {
namespace {

constexpr const char* kUsage =
    "usage: summit optimize [--deck NAME] [--apply] [--json]\n"
    "       summit optimize --undo --deck NAME\n"
    "       summit optimize --revlog FILE [--json]\n";

struct Input {
    optimizer::TrainingSet set;
    optimizer::OptimizeOptions options;
};

Result<Input> ReadRevlogFile(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        return Fail(Error{ErrorCode::kNotFound, "cannot open the review log", path, 0, 0});
    }
    const std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    const auto located = [&](Error error) {
        error.file = path;
        return std::unexpected(std::move(error));
    };
    auto format = optimizer::DetectRevlogFormat(text);
    if (!format) {
        return located(format.error());
    }
    Input input;
    if (*format == optimizer::RevlogFormat::kDayLevelTsv) {
        auto set = optimizer::ReadDayLevelTsv(text);
        if (!set) {
            return located(set.error());
        }
        input.set = std::move(*set);
        // One answer per card per day: nothing for the same-day weights to learn from.
        input.options.fit.enable_short_term = false;
        return input;
    }
    auto events = optimizer::ReadAnswerCsv(text);
    if (!events) {
        return located(events.error());
    }
    // py-fsrs logs carry UTC times and no study-day setting: UTC calendar days.
    auto set = optimizer::BuildTrainingSet(*events, study::DayRule{study::DayRule::kUtc, 0});
    if (!set) {
        return located(set.error());
    }
    input.set = std::move(*set);
    return input;
}

void PrintText(std::ostream& out, const optimizer::OptimizeReport& report, double seconds) {
    char line[200];
    std::snprintf(line, sizeof line,
                  "%zu reviews of %zu cards: %zu reviews on a later day than the card's "
                  "previous one (%zu kept for training)\n",
                  report.reviews, report.cards, report.items, report.trained_items);
    out << line;
    const auto row = [&](const char* name, const optimizer::Evaluation& before,
                         const optimizer::Evaluation& after) {
        std::snprintf(line, sizeof line,
                      "%-11s log loss %.4f -> %.4f (unweighted %.4f -> %.4f), RMSE(bins) "
                      "%.4f -> %.4f\n",
                      name, before.log_loss, after.log_loss, before.plain_log_loss,
                      after.plain_log_loss, before.rmse_bins, after.rmse_bins);
        out << line;
    };
    row("in-sample", report.before, report.after);
    if (report.has_split) {
        row("time split", report.split_before, report.split_after);
    }
    out << optimizer::PlainSummary(report) << "\n";
    out << "parameters:";
    for (size_t i = 0; i < report.fitted.size(); ++i) {
        std::snprintf(line, sizeof line, "%s%.4f", i == 0 ? " " : ", ", report.fitted[i]);
        out << line;
    }
    std::snprintf(line, sizeof line, "\nfitted in %.2f s\n", seconds);
    out << line;
}

int Undo(Context& context, storage::Collection& collection, std::optional<storage::DeckId> deck) {
    if (!deck) {
        context.err() << kUsage;
        return kExitUsage;
    }
    auto settings = study::LoadDeckSettings(collection, deck);
    if (!settings) {
        return context.Report(settings.error());
    }
    if (!settings->previous_fsrs_weights) {
        return context.Report(
            Error{ErrorCode::kConflict, "no applied fit to undo for this deck", {}, 0, 0});
    }
    settings->fsrs_weights = *settings->previous_fsrs_weights;
    settings->previous_fsrs_weights.reset();
    // The time of the fit before is not kept: Home counts every review again, as if never fitted.
    settings->fitted_at_ms = 0;
    if (auto saved = study::SaveDeckSettings(collection, deck, *settings); !saved) {
        return context.Report(saved.error());
    }
    context.out() << (settings->fsrs_weights.empty()
                          ? "restored the default FSRS parameters\n"
                          : "restored the FSRS parameters used before the last fit\n");
    return kExitOk;
}

}  // namespace

int RunOptimize(Context& context) {
    const Args& args = context.args();
    const auto revlog = args.Get("revlog");
    if (args.words.size() != 1 ||
        (revlog && (args.Has("apply") || args.Has("undo") || args.Get("deck"))) ||
        (args.Has("apply") && !args.Get("deck")) || (args.Has("apply") && args.Has("undo"))) {
        context.err() << kUsage;
        return kExitUsage;
    }
    Result<Input> input = Fail(ErrorCode::kInvalidArgument, "no input");
    storage::Collection* collection = nullptr;
    std::optional<storage::DeckId> deck;
    study::DeckSettings settings;
    if (revlog) {
        input = ReadRevlogFile(*revlog);
    } else {
        auto opened = context.OpenCollection();
        if (!opened) {
            return context.Report(opened.error());
        }
        collection = *opened;
        auto chosen = context.DeckOption(*collection);
        if (!chosen) {
            return context.Report(chosen.error());
        }
        deck = *chosen;
        if (args.Has("undo")) {
            return Undo(context, *collection, deck);
        }
        auto loaded = study::LoadDeckSettings(*collection, deck);
        if (!loaded) {
            return context.Report(loaded.error());
        }
        settings = *loaded;
        auto read = study::ReadDeckFitInput(*collection, deck, settings);
        input = read ? Result<Input>(Input{std::move(read->set), std::move(read->options)})
                     : Result<Input>(std::unexpected(read.error()));
    }
    if (!input) {
        return context.Report(input.error());
    }
    const auto start = std::chrono::steady_clock::now();
    auto report = optimizer::Optimize(input->set, input->options);
    const double seconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    if (!report) {
        return context.Report(report.error());
    }
    bool applied = false;
    // As Anki does, weights that do not predict better than the current ones are not stored.
    if (args.Has("apply") && optimizer::FitIsBetter(*report)) {
        if (auto saved =
                study::ApplyFittedWeights(*collection, *deck, report->fitted, context.now_ms());
            !saved) {
            return context.Report(saved.error());
        }
        applied = true;
    }
    if (args.Has("json")) {
        context.out() << optimizer::ReportJsonMembers(*report)
                      << ",\"applied\":" << (applied ? "true" : "false") << "}\n";
    } else {
        PrintText(context.out(), *report, seconds);
        context.out() << (applied ? "applied to the deck's settings (summit optimize --undo "
                                    "--deck NAME puts the old ones back)\n"
                          : args.Has("apply") ? "not applied: the current parameters are as good\n"
                                              : "not applied\n");
    }
    return kExitOk;
}

}  // namespace summit::cli
