// What the Import dialog shows before anything is written: the file's format, the target deck,
// how many questions of each type, how many are new or updated, and every warning and error
// with its line. Built by the same core as `summit check` and `summit import`
// (content::ReadBankFile's steps, bootstrap::PreviewBankImport).
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "app/bootstrap/bank_import.h"
#include "content/formats/bank_file.h"
#include "storage/collection.h"

namespace summit::ui {

struct ImportPreview {
    std::filesystem::path path;
    std::string format;                            // "gift", "json", ...; empty when unknown
    std::string deck;                              // the target: the bank's deck unless edited
    std::optional<content::BankFile> file;         // nullopt when the file could not be read
    std::vector<bootstrap::TypeCount> counts;      // questions per type
    std::optional<storage::ImportReport> planned;  // added, updated, ... when importable
    ErrorList errors;                              // each blocks the import
    ErrorList warnings;                            // read with a loss; the import may go ahead

    // True when the file was read and nothing blocks it.
    bool CanImport() const { return file.has_value() && planned.has_value() && errors.empty(); }
    // The deck to pass as an override: nullopt when it is the bank's own.
    std::optional<std::string> DeckOverride() const;
};

// Reads `path` as a bank (format detected as `summit check` does) and plans its import into
// its own deck. Never fails: problems are in `errors`. Reads the collection only.
ImportPreview PreviewImportFile(storage::Collection& collection, const std::filesystem::path& path);

// Plans again for `deck` (an edited target), replacing `preview`'s plan and its plan errors.
void RetargetImport(storage::Collection& collection, ImportPreview& preview, std::string deck);

}  // namespace summit::ui
