// Exporting a deck as an Anki package (.apkg), the one export that is not a bank text.
#pragma once

#include <optional>
#include <string>

#include "app/cli/context.h"
#include "storage/collection.h"

namespace summit::cli {

// Writes deck `deck` to `out`, printing a warning for each question Anki cannot hold as
// Summit does and one summary line. Returns the exit code.
int ExportApkg(Context& context, storage::Collection& collection, storage::DeckId deck,
               const std::string& out);

}  // namespace summit::cli
