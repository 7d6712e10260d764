// Checking and importing Anki packages from the command line, over the shared import
// (app/bootstrap/anki_file.h): read, convert each note type by its structure, then import
// questions, images and review history in one transaction.
#include "app/cli/anki_verbs.h"

#include <iostream>
#include <string>

#include "app/bootstrap/anki_file.h"

namespace summit::cli {
namespace {

namespace anki = storage::anki;

// Reads and converts FILE, printing every warning; nullopt (the error printed) on failure.
std::optional<bootstrap::AnkiFile> LoadPackage(Context& context) {
    auto read = bootstrap::ReadAnkiFile(context.args().words.at(1));
    if (!read) {
        context.Report(read.error());
        return std::nullopt;
    }
    for (const Error& warning : read->conversion.warnings) {
        context.err() << warning.ToString("warning") << "\n";
    }
    return std::move(*read);
}

std::string Plural(std::size_t count, const std::string& noun) {
    return std::to_string(count) + " " + noun + (count == 1 ? "" : "s");
}

// The lines `check` and `import` both print: what each note type became, media, reviews.
void PrintSummary(Context& context, const bootstrap::AnkiFile& read) {
    for (const std::string& line : bootstrap::AnkiSummaryLines(read)) {
        context.out() << "  " << line << "\n";
    }
}

// The terminal's progress line as an import's progress; the command line has no Cancel.
bootstrap::ImportProgress ShownProgress(Context& context, const char* what) {
    auto shown = TerminalProgress(context, what);
    if (!shown) {
        return {};
    }
    return [shown](std::size_t done, std::size_t total) {
        shown(done, total);
        return true;
    };
}

}  // namespace

int RunAnkiCheck(Context& context) {
    auto read = LoadPackage(context);
    if (!read) {
        return kExitFailure;
    }
    std::size_t cards = 0;
    for (const content::ParsedBank& bank : read->conversion.banks) {
        for (const content::Question& question : bank.bank.questions) {
            cards += static_cast<std::size_t>(content::CardCount(question));
        }
    }
    context.out() << context.args().words[1] << ": ok, "
                  << Plural(read->package.notes.size(), "note") << " -> "
                  << Plural(read->conversion.QuestionCount(), "question") << " ("
                  << Plural(cards, "card") << ") in " << bootstrap::AnkiDeckList(read->conversion)
                  << " " << bootstrap::AnkiContainerNote(read->package) << "\n";
    PrintSummary(context, *read);
    context.out() << "  review log: " << Plural(read->package.revlog.size(), "row") << ", "
                  << anki::ImportableReviews(read->package, read->conversion)
                  << " to import as reviews\n";
    return kExitOk;
}

int RunAnkiImport(Context& context) {
    if (context.args().Get("deck")) {
        return context.Report(Error{ErrorCode::kInvalidArgument,
                                    "--deck does not apply to an Anki package: its notes go into "
                                    "the package's own decks",
                                    context.args().words[1], 0, 0});
    }
    auto read = LoadPackage(context);
    if (!read) {
        return kExitFailure;
    }
    if (read->conversion.banks.empty()) {
        context.out() << "Nothing to import: " << context.args().words[1] << " holds no notes "
                      << bootstrap::AnkiContainerNote(read->package) << ".\n";
        return kExitOk;
    }
    auto collection = context.OpenCollection();
    if (!collection) {
        return context.Report(collection.error());
    }
    auto report = bootstrap::ImportAnkiFile(**collection, *read, context.args().words[1],
                                            context.now_ms(), ShownProgress(context, "questions"),
                                            ShownProgress(context, "cards' review histories"));
    if (!report) {
        return context.Report(report.error());
    }
    const storage::ImportReport totals = bootstrap::AnkiTotals(*report);
    context.out() << "Imported " << context.args().words[1] << " into "
                  << bootstrap::AnkiDeckList(read->conversion) << ": " << totals.added << " added, "
                  << totals.updated << " updated, " << totals.unchanged << " unchanged "
                  << bootstrap::AnkiContainerNote(read->package) << ".\n";
    PrintSummary(context, *read);
    const storage::HistoryImportReport& history = report->history;
    context.out() << "  reviews: " << history.reviews_added << " imported, "
                  << history.reviews_present << " already present, " << report->revlog_skipped
                  << " not imported (no answer, or a card Summit merges)";
    if (report->memory_states_computed > 0) {
        context.out() << "; FSRS memory state computed from the history for "
                      << Plural(static_cast<std::size_t>(report->memory_states_computed), "card");
    }
    if (history.cards_kept > 0) {
        context.out() << "; " << Plural(history.cards_kept, "card")
                      << " studied in Summit since kept their state";
    }
    context.out() << "\n";
    return kExitOk;
}

}  // namespace summit::cli
