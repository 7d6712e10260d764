// `summit check` and `summit import` of Anki packages (.apkg, .colpkg), which RunCheck and
// RunImport hand over to: the package is read by storage/anki, not by a bank reader.
#pragma once

#include "app/cli/context.h"

namespace summit::cli {

int RunAnkiCheck(Context& context);   // summit check DECK.apkg
int RunAnkiImport(Context& context);  // summit import DECK.apkg

}  // namespace summit::cli
