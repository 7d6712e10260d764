// What every question-bank reader returns: the bank, plus what it read with a loss.
#pragma once

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
};

}  // namespace summit::content
