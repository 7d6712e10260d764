// What the Import dialog shows before anything is written: the file's format, the target deck,
// how many questions of each type, how many are new or updated, and every warning and error
// with its line. Built by the same core as `summit check` and `summit import`
// (content::ReadBankFile's steps, bootstrap::PreviewBankImport; for an Anki package
// bootstrap::ReadAnkiFile and PreviewAnkiImport).
#pragma once

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "app/bootstrap/anki_file.h"
#include "app/bootstrap/bank_import.h"
#include "content/formats/bank_file.h"
#include "storage/collection.h"

namespace summit::ui {

struct ImportPreview {
    std::filesystem::path path;
    std::string format;  // "gift", "json", ...; empty when unknown
    std::string deck;    // the target: the bank's deck unless edited; an Anki package's decks
    std::optional<content::BankFile> file;         // a bank file, when it could be read
    std::optional<bootstrap::AnkiFile> anki;       // an Anki package, when it could be read
    std::vector<std::string> notes;                // an Anki package's summary lines
    std::vector<bootstrap::TypeCount> counts;      // questions per type
    std::optional<storage::ImportReport> planned;  // added, updated, ... when importable
    ErrorList errors;                              // each blocks the import
    ErrorList warnings;                            // read with a loss; the import may go ahead

    // True when the file was read and nothing blocks it.
    bool CanImport() const {
        return (file.has_value() || anki.has_value()) && planned.has_value() && errors.empty();
    }
    // The deck to pass as an override: nullopt when it is the bank's own.
    std::optional<std::string> DeckOverride() const;
};

// Reads `path` as a bank (format detected as `summit check` does) and plans its import into
// its own deck, or as an Anki package (by its name) into the package's decks. Never fails:
// problems are in `errors`. Reads the collection only.
ImportPreview PreviewImportFile(storage::Collection& collection, const std::filesystem::path& path,
                                int64_t now_ms);

// Plans again for `deck` (an edited target), replacing `preview`'s plan and its plan errors.
void RetargetImport(storage::Collection& collection, ImportPreview& preview, std::string deck);

}  // namespace summit::ui
