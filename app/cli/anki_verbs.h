// `summit check` and `summit import` of Anki packages (.apkg, .colpkg), which RunCheck and
// RunImport hand over to: the package is read by storage/anki, not by a bank reader.
#pragma once

#include <cstdint>

#include "app/cli/context.h"
#include "storage/anki/anki_import.h"

namespace summit::cli {

// How `summit import` imports a package at `now_ms` (no progress shown): buried cards come back
// at Anki's next day (4 am local), and cards with a review history but no FSRS memory state get
// the state their history implies under a new deck's FSRS settings (MemoryStateFromHistory).
storage::anki::AnkiImportOptions AnkiImportOptionsAt(int64_t now_ms);

int RunAnkiCheck(Context& context);   // summit check DECK.apkg
int RunAnkiImport(Context& context);  // summit import DECK.apkg

}  // namespace summit::cli
