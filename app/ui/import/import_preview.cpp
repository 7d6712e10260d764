// Reading a file for the Import dialog and counting what importing it would change.
#include "app/ui/import/import_preview.h"

#include <algorithm>
#include <utility>

#include "content/model/bank.h"

namespace summit::ui {
namespace {

void Plan(storage::Collection& collection, ImportPreview& preview) {
    preview.planned.reset();
    auto planned = bootstrap::PreviewBankImport(collection, *preview.file, preview.DeckOverride(),
                                                preview.path.string());
    if (planned) {
        preview.planned = std::move(*planned);
    } else {
        preview.errors.push_back(planned.error());
    }
}

void PreviewAnkiFile(storage::Collection& collection, ImportPreview& preview, int64_t now_ms) {
    preview.format = "anki package";
    auto read = bootstrap::ReadAnkiFile(preview.path);
    if (!read) {
        preview.errors.push_back(read.error());
        return;
    }
    preview.format += " " + bootstrap::AnkiContainerNote(read->package);
    preview.deck = bootstrap::AnkiDeckList(read->conversion);
    preview.warnings = read->conversion.warnings;
    preview.notes = bootstrap::AnkiSummaryLines(*read);
    for (const content::ParsedBank& bank : read->conversion.banks) {
        for (const bootstrap::TypeCount& counted : bootstrap::CountQuestionTypes(bank.bank)) {
            auto same = std::find_if(
                preview.counts.begin(), preview.counts.end(),
                [&](const bootstrap::TypeCount& known) { return known.type == counted.type; });
            if (same == preview.counts.end()) {
                preview.counts.push_back(counted);
            } else {
                same->count += counted.count;
            }
        }
    }
    if (read->conversion.banks.empty()) {
        preview.errors.push_back(Error{ErrorCode::kInvalidArgument,
                                       "the package holds no notes; nothing to import",
                                       preview.path.string(), 0, 0});
    } else if (auto planned = bootstrap::PreviewAnkiImport(collection, *read, now_ms)) {
        preview.planned = bootstrap::AnkiTotals(*planned);
    } else {
        preview.errors.push_back(planned.error());
    }
    preview.anki = std::move(*read);
}

}  // namespace

std::optional<std::string> ImportPreview::DeckOverride() const {
    if (file && deck == content::DeckName(file->parsed.bank)) {
        return std::nullopt;
    }
    return deck;
}

ImportPreview PreviewImportFile(storage::Collection& collection, const std::filesystem::path& path,
                                int64_t now_ms) {
    ImportPreview preview;
    preview.path = path;
    if (content::IsAnkiPackageName(path.filename().string())) {
        PreviewAnkiFile(collection, preview, now_ms);
        return preview;
    }
    auto file = content::ReadBankFile(path);
    if (!file) {
        preview.errors = std::move(file.error());
        // The format it was read as, when the text could be read at all.
        if (auto text = content::ReadBankFileText(path)) {
            preview.format =
                content::BankFormatName(content::DetectBankFormat(path.string(), *text));
        }
        return preview;
    }
    preview.format = content::BankFormatName(file->format);
    preview.warnings = file->parsed.warnings;
    preview.counts = bootstrap::CountQuestionTypes(file->parsed.bank);
    preview.deck = content::DeckName(file->parsed.bank);
    preview.file = std::move(*file);
    Plan(collection, preview);
    return preview;
}

void RetargetImport(storage::Collection& collection, ImportPreview& preview, std::string deck) {
    if (!preview.file) {
        return;
    }
    preview.deck = std::move(deck);
    preview.errors.clear();  // a readable file's only errors are its plan's
    Plan(collection, preview);
}

}  // namespace summit::ui
