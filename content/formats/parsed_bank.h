// What every question-bank reader returns: the bank, plus what it read with a loss.
#pragma once

#include <string>
#include <vector>

#include "content/model/bank.h"
#include "content/model/error.h"

namespace summit::content {

// A reader returns std::expected<ParsedBank, ErrorList>: the errors (each with file, line and
// column where there is one) when nothing may be imported, else the bank and its warnings —
// things read with a loss or skipped (an essay without grading, a feature the model lacks),
// printed as "FILE:LINE:COL: warning: …" (Error::ToString("warning")). Nothing is ever
// dropped without a warning.
struct ParsedBank {
    Bank bank;
    ErrorList warnings;
    // The bytes of each image the bank's Markdown texts show as ![alt](media:SHA256); the
    // importer keeps them with the bank, in its transaction (Collection::ImportBankWithImages).
    std::vector<std::string> images;
};

}  // namespace summit::content
