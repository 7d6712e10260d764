// Exporting a deck to a file in any format Summit writes, for the command line and the window
// alike: the format named or told from the file's extension, the warnings for what a format
// cannot hold, and the file written atomically (a reader sees the old file or the new one).
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <vector>

#include "content/model/error.h"
#include "storage/collection.h"

namespace summit::bootstrap {

enum class ExportFormat { kJson, kCsv, kTsv, kGift, kAiken, kMoodleXml, kAnkiText, kApkg };

struct ExportFormatInfo {
    ExportFormat format;
    const char* name;       // the --format name: "moodle-xml"
    const char* extension;  // lowercase, with the dot: ".xml"
    const char* label;      // for people: "Moodle XML"
};

// Every format, in the order menus list them.
std::span<const ExportFormatInfo> ExportFormats();
const ExportFormatInfo& InfoOf(ExportFormat format);

// The format to export in: `option` (a --format name) when given, else the one `out`'s
// extension names ("-", standard output, gets JSON). Refuses rather than guesses, so
// `out.csv` never silently holds JSON. kInvalidArgument naming the known formats.
[[nodiscard]] Result<ExportFormat> ChooseExportFormat(const std::optional<std::string>& option,
                                                      const std::string& out);

struct ExportRequest {
    ExportFormat format = ExportFormat::kJson;
    std::string out;  // the file to write; "-" returns the text instead (not for kApkg)
    bool with_scheduling = false;  // kApkg only: the cards' states and review log too
    int64_t now_ms = 0;
};

struct DeckExport {
    std::size_t questions = 0;
    std::vector<Error> warnings;  // what the format could not hold, each naming `out`
    std::string text;             // the exported text when `out` was "-"
    std::string details;          // an Anki package's contents: "12 Anki notes, 14 cards, …"
};

// Exports `deck` (the one deck, as Collection::ExportDeck reads it). Errors: kInvalidArgument
// for "-" with kApkg or with_scheduling without it; the collection's read errors; kIo when
// `out` cannot be written (nothing is left half-written).
[[nodiscard]] Result<DeckExport> ExportDeckFile(storage::Collection& collection,
                                                storage::DeckId deck, const ExportRequest& request);

}  // namespace summit::bootstrap
