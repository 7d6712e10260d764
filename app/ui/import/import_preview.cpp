// Reading a file for the Import dialog and counting what importing it would change.
#include "app/ui/import/import_preview.h"

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

}  // namespace

std::optional<std::string> ImportPreview::DeckOverride() const {
    if (file && deck == content::DeckName(file->parsed.bank)) {
        return std::nullopt;
    }
    return deck;
}

ImportPreview PreviewImportFile(storage::Collection& collection,
                                const std::filesystem::path& path) {
    ImportPreview preview;
    preview.path = path;
    const std::string name = path.filename().string();
    if (content::IsAnkiPackageName(name)) {
        preview.format = "anki package";
        preview.errors.push_back(Error{ErrorCode::kInvalidArgument,
                                       "Anki packages are imported from the command line for "
                                       "now: summit import FILE",
                                       path.string(), 0, 0});
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
