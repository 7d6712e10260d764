// The invariants every question-bank text reader keeps, for their fuzz targets: refused with
// errors that say what went wrong, or a bank the bank format accepts with positioned warnings.
#pragma once

#include <expected>

#include "content/formats/json_bank.h"
#include "content/formats/parsed_bank.h"
#include "tests/fuzz/fuzz_check.h"

namespace summit::fuzz {

inline void CheckParsedBank(const std::expected<content::ParsedBank, ErrorList>& parsed) {
    if (!parsed) {
        SUMMIT_FUZZ_CHECK(!parsed.error().empty());
        for (const Error& error : parsed.error()) {
            SUMMIT_FUZZ_CHECK(HasMessage(error));
        }
        return;
    }
    SUMMIT_FUZZ_CHECK(!parsed->bank.questions.empty());
    SUMMIT_FUZZ_CHECK(content::ValidateBank(parsed->bank, "fuzz").empty());
    for (const Error& warning : parsed->warnings) {
        SUMMIT_FUZZ_CHECK(HasMessage(warning));
        SUMMIT_FUZZ_CHECK(warning.line > 0);
    }
}

}  // namespace summit::fuzz
