// Fuzz target for the CSV/TSV bank reader: any bytes either read into a valid bank whose
// questions survive a CSV write and re-read unchanged, or fail with located, explained errors.
#include <algorithm>
#include <cstdint>
#include <string>

#include "content/formats/csv_bank.h"
#include "content/formats/json_bank.h"
#include "tests/fuzz/fuzz_check.h"

namespace summit::fuzz {
namespace {

constexpr std::string_view kFileName = "fuzz.csv";

int LineCount(std::string_view text) {
    return static_cast<int>(std::count(text.begin(), text.end(), '\n') +
                            std::count(text.begin(), text.end(), '\r')) +
           1;
}

void CheckPlaced(std::string_view text, const ErrorList& errors) {
    for (const Error& error : errors) {
        SUMMIT_FUZZ_CHECK(HasMessage(error));
        SUMMIT_FUZZ_CHECK(error.file == kFileName);
        SUMMIT_FUZZ_CHECK(error.line >= 0 && error.line <= LineCount(text));
        SUMMIT_FUZZ_CHECK(error.line == 0 || error.column >= 1);
    }
}

}  // namespace
}  // namespace summit::fuzz

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    using namespace summit;
    const std::string_view text = fuzz::AsText(data, size);
    auto parsed = content::ParseCsvBank(text, fuzz::kFileName);
    if (!parsed) {
        SUMMIT_FUZZ_CHECK(!parsed.error().empty());
        fuzz::CheckPlaced(text, parsed.error());
        return 0;
    }
    fuzz::CheckPlaced(text, parsed->warnings);
    SUMMIT_FUZZ_CHECK(content::ValidateBank(parsed->bank, fuzz::kFileName).empty());
    // What the reader gives, the writer holds exactly.
    const content::ExportedText written = content::WriteCsvBank(parsed->bank, ',');
    SUMMIT_FUZZ_CHECK(written.warnings.empty());
    auto reread = content::ParseCsvBank(written.text, fuzz::kFileName, ',');
    SUMMIT_FUZZ_CHECK(reread.has_value());
    SUMMIT_FUZZ_CHECK(reread->bank.questions == parsed->bank.questions);
    SUMMIT_FUZZ_CHECK(reread->warnings.empty());
    return 0;
}
