// Checking and importing Anki packages: read (storage/anki), convert each note type by its
// structure, then import questions, images and review history in one transaction.
#include "app/cli/anki_verbs.h"

#include <algorithm>
#include <cassert>
#include <cctype>
#include <filesystem>
#include <iostream>
#include <memory>
#include <string>
#include <vector>

#include "app/bootstrap/safety.h"
#include "app/scheduler/day_rule.h"
#include "app/scheduler/deck_settings.h"
#include "app/scheduler/history_memory.h"
#include "storage/anki/anki_import.h"
#include "storage/anki/anki_to_bank.h"

namespace summit::cli {
namespace {

namespace anki = storage::anki;

struct ReadPackage {
    anki::AnkiPackage package;
    anki::AnkiConversion conversion;
};

// Reads and converts FILE, printing every warning; nullopt (the error printed) on failure.
std::optional<ReadPackage> LoadPackage(Context& context) {
    const std::string& file = context.args().words.at(1);
    auto package = anki::ReadAnkiPackage(file);
    if (!package) {
        context.Report(package.error());
        return std::nullopt;
    }
    ReadPackage read{std::move(*package), {}};
    read.conversion = anki::ConvertAnkiPackage(read.package, file);
    for (const Error& warning : read.conversion.warnings) {
        context.err() << warning.ToString("warning") << "\n";
    }
    return read;
}

std::string Plural(std::size_t count, const std::string& noun) {
    return std::to_string(count) + " " + noun + (count == 1 ? "" : "s");
}

std::string DeckList(const anki::AnkiConversion& conversion) {
    std::string decks;
    for (const content::ParsedBank& bank : conversion.banks) {
        decks += (decks.empty() ? "\"" : ", \"") + bank.bank.deck + "\"";
    }
    return decks.empty() ? "no deck" : decks;
}

// The lines `check` and `import` both print: what each note type became, media, reviews.
void PrintSummary(Context& context, const ReadPackage& read) {
    for (const anki::NoteTypeTally& tally : read.conversion.note_types) {
        context.out() << "  " << tally.name << ": " << Plural(tally.notes, "note") << " -> "
                      << Plural(tally.questions, "question") << " (" << tally.read_as << ")\n";
    }
    const std::size_t files = read.package.media.size();
    context.out() << "  media: " << Plural(files, "file") << "; "
                  << Plural(read.conversion.images, "image") << " shown, "
                  << Plural(read.conversion.sounds.size(), "sound")
                  << " shown as text (Summit plays no audio)\n";
    if (read.conversion.notes_skipped > 0) {
        context.out() << "  skipped: " << Plural(read.conversion.notes_skipped, "note")
                      << " (see the warnings)\n";
    }
}

std::string ContainerNote(const anki::AnkiPackage& package) {
    return std::string("(read as Anki package, collection.") +
           anki::ContainerKindName(package.container) + ", schema " +
           std::to_string(package.schema_version) + ")";
}

}  // namespace

anki::AnkiImportOptions AnkiImportOptionsAt(int64_t now_ms) {
    anki::AnkiImportOptions options;
    const study::DeckSettings settings;  // the deck an import creates starts with these
    // Anki unburies at the start of its next day (4 am local by default).
    options.bury_until_ms = study::NextDayStartMs(now_ms, settings.Day());
    auto scheduler = study::FsrsScheduler::Create(study::ToFsrsParams(settings));
    assert(scheduler && "the default deck settings are valid");
    auto fsrs = std::make_shared<const study::FsrsScheduler>(std::move(*scheduler));
    options.memory_from_history = [fsrs](std::span<const storage::ReviewAppend> reviews) {
        std::vector<study::TimedRating> history;
        history.reserve(reviews.size());
        for (const storage::ReviewAppend& review : reviews) {
            history.push_back({review.review.time_ms, review.review.rating});
        }
        const study::MemoryState memory = study::MemoryStateFromHistory(*fsrs, history);
        return anki::AnkiFsrsState{memory.stability, memory.difficulty, std::nullopt};
    };
    return options;
}

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
                  << Plural(cards, "card") << ") in " << DeckList(read->conversion) << " "
                  << ContainerNote(read->package) << "\n";
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
                      << ContainerNote(read->package) << ".\n";
        return kExitOk;
    }
    auto collection = context.OpenCollection();
    if (!collection) {
        return context.Report(collection.error());
    }
    // An import can change many questions at once; the copy from before it is the way back.
    if (auto backup = bootstrap::AutomaticBackup(**collection, context.now_ms()); !backup) {
        return context.Report(backup.error());
    }
    anki::AnkiImportOptions options = AnkiImportOptionsAt(context.now_ms());
    options.progress = TerminalProgress(context, "questions");
    options.history_progress = TerminalProgress(context, "cards' review histories");
    auto report = anki::ImportAnkiPackage(**collection, read->package, read->conversion, options);
    if (!report) {
        return context.Report(report.error());
    }
    int added = 0;
    int updated = 0;
    int unchanged = 0;
    for (const storage::ImportReport& bank : report->banks) {
        added += bank.added;
        updated += bank.updated;
        unchanged += bank.unchanged;
    }
    context.out() << "Imported " << context.args().words[1] << " into "
                  << DeckList(read->conversion) << ": " << added << " added, " << updated
                  << " updated, " << unchanged << " unchanged " << ContainerNote(read->package)
                  << ".\n";
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
