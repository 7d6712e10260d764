// Importing an Anki package (.apkg, .colpkg), shared by `summit check` / `summit import` and the
// window's Import dialog: the package read and converted, what importing it would change, and
// the import itself (backup first, then questions, images and review history in one
// transaction).
#pragma once

#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

#include "app/bootstrap/bank_import.h"
#include "content/model/error.h"
#include "storage/anki/anki_import.h"
#include "storage/anki/anki_package.h"
#include "storage/anki/anki_to_bank.h"
#include "storage/collection.h"

namespace summit::bootstrap {

struct AnkiFile {
    storage::anki::AnkiPackage package;
    storage::anki::AnkiConversion conversion;  // its warnings name the file
};

// Reads and converts the package at `path`. Errors: storage::anki::ReadAnkiPackage's.
[[nodiscard]] Result<AnkiFile> ReadAnkiFile(const std::filesystem::path& path);

// "(read as Anki package, collection.anki21, schema 11)".
std::string AnkiContainerNote(const storage::anki::AnkiPackage& package);
// The decks the notes go into, quoted: "\"Spanish\", \"Geography\"", or "no deck".
std::string AnkiDeckList(const storage::anki::AnkiConversion& conversion);
// What each note type became, the media and the skipped notes, one line each, as `summit
// check` prints them (without indentation).
std::vector<std::string> AnkiSummaryLines(const AnkiFile& file);

// The options of an import at `now_ms` (no progress): buried cards come back at Anki's next
// day (4 am local), and cards with a review history but no FSRS memory state get the state
// their history implies under a new deck's FSRS settings (MemoryStateFromHistory).
storage::anki::AnkiImportOptions AnkiImportOptionsAt(int64_t now_ms);

// The added, updated and unchanged questions of every bank together; `deck` is the first
// bank's deck (the one Browse opens on).
storage::ImportReport AnkiTotals(const storage::anki::AnkiImportReport& report);

// What importing `file` would do: the import runs inside a transaction that is then rolled
// back, so the counts are the import's own and the collection is unchanged.
[[nodiscard]] Result<storage::anki::AnkiImportReport> PreviewAnkiImport(
    storage::Collection& collection, const AnkiFile& file, int64_t now_ms);

// The automatic backup, then storage::anki::ImportAnkiPackage in one transaction. `questions`
// reports (questions done, total) of each bank, `histories` (cards done, total) of the review
// history; when either asks to cancel, the transaction is rolled back once the storage call
// returns and the result is a kConflict error with kImportCancelled. After any error the
// collection is unchanged.
[[nodiscard]] Result<storage::anki::AnkiImportReport> ImportAnkiFile(
    storage::Collection& collection, const AnkiFile& file, const std::string& file_name,
    int64_t now_ms, const ImportProgress& questions = {}, const ImportProgress& histories = {});

}  // namespace summit::bootstrap
