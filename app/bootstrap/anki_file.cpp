// An Anki package through the shared import: read, convert, preview, import.
#include "app/bootstrap/anki_file.h"

#include <cassert>
#include <memory>
#include <optional>
#include <utility>

#include "app/bootstrap/dry_run.h"
#include "app/bootstrap/safety.h"
#include "app/scheduler/day_rule.h"
#include "app/scheduler/deck_settings.h"
#include "app/scheduler/history_memory.h"

namespace summit::bootstrap {
namespace {

namespace anki = storage::anki;

std::string Plural(std::size_t count, const std::string& noun) {
    return std::to_string(count) + " " + noun + (count == 1 ? "" : "s");
}

// Adapts an ImportProgress to the storage's void callbacks: once it asks to cancel, `cancelled`
// is set and it is not asked again.
std::function<void(std::size_t, std::size_t)> Watch(const ImportProgress& progress,
                                                    bool& cancelled) {
    if (!progress) {
        return {};
    }
    return [&progress, &cancelled](std::size_t done, std::size_t total) {
        if (!cancelled && !progress(done, total)) {
            cancelled = true;
        }
    };
}

}  // namespace

Result<AnkiFile> ReadAnkiFile(const std::filesystem::path& path) {
    auto package = anki::ReadAnkiPackage(path);
    if (!package) {
        return Fail(package.error());
    }
    AnkiFile file{std::move(*package), {}};
    file.conversion = anki::ConvertAnkiPackage(file.package, path.string());
    return file;
}

std::string AnkiContainerNote(const anki::AnkiPackage& package) {
    return std::string("(read as Anki package, collection.") +
           anki::ContainerKindName(package.container) + ", schema " +
           std::to_string(package.schema_version) + ")";
}

std::string AnkiDeckList(const anki::AnkiConversion& conversion) {
    std::string decks;
    for (const content::ParsedBank& bank : conversion.banks) {
        decks += (decks.empty() ? "\"" : ", \"") + bank.bank.deck + "\"";
    }
    return decks.empty() ? "no deck" : decks;
}

std::vector<std::string> AnkiSummaryLines(const AnkiFile& file) {
    std::vector<std::string> lines;
    for (const anki::NoteTypeTally& tally : file.conversion.note_types) {
        lines.push_back(tally.name + ": " + Plural(tally.notes, "note") + " -> " +
                        Plural(tally.questions, "question") + " (" + tally.read_as + ")");
    }
    lines.push_back("media: " + Plural(file.package.media.size(), "file") + "; " +
                    Plural(static_cast<std::size_t>(file.conversion.images), "image") + " shown, " +
                    Plural(file.conversion.sounds.size(), "sound") +
                    " shown as text (Summit plays no audio)");
    if (file.conversion.notes_skipped > 0) {
        lines.push_back(
            "skipped: " + Plural(static_cast<std::size_t>(file.conversion.notes_skipped), "note") +
            " (see the warnings)");
    }
    return lines;
}

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

storage::ImportReport AnkiTotals(const anki::AnkiImportReport& report) {
    storage::ImportReport totals;
    for (const storage::ImportReport& bank : report.banks) {
        if (totals.deck.empty()) {
            totals.deck = bank.deck;
            totals.deck_id = bank.deck_id;
            totals.deck_created = bank.deck_created;
        }
        totals.added += bank.added;
        totals.updated += bank.updated;
        totals.unchanged += bank.unchanged;
        totals.kept += bank.kept;
        totals.cards_added += bank.cards_added;
    }
    return totals;
}

Result<anki::AnkiImportReport> PreviewAnkiImport(storage::Collection& collection,
                                                 const AnkiFile& file, int64_t now_ms) {
    return DryRun<anki::AnkiImportReport>(collection, [&] {
        return anki::ImportAnkiPackage(collection, file.package, file.conversion,
                                       AnkiImportOptionsAt(now_ms));
    });
}

Result<anki::AnkiImportReport> ImportAnkiFile(storage::Collection& collection, const AnkiFile& file,
                                              const std::string& file_name, int64_t now_ms,
                                              const ImportProgress& questions,
                                              const ImportProgress& histories) {
    // An import can change many questions at once; the copy from before it is the way back.
    if (auto backup = AutomaticBackup(collection, now_ms); !backup) {
        return Fail(backup.error());
    }
    bool cancelled = false;
    anki::AnkiImportOptions options = AnkiImportOptionsAt(now_ms);
    options.progress = Watch(questions, cancelled);
    options.history_progress = Watch(histories, cancelled);
    return collection.Transact([&]() -> Result<anki::AnkiImportReport> {
        auto report = anki::ImportAnkiPackage(collection, file.package, file.conversion, options);
        if (report && cancelled) {
            return Fail(
                Error{ErrorCode::kConflict, std::string(kImportCancelled), file_name, 0, 0});
        }
        return report;
    });
}

}  // namespace summit::bootstrap
