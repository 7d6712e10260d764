// Fuzz target for the plain-text readers (Anki notes, pasted lists): any bytes either read into
// a valid bank or fail with explained errors; positions stay inside the text; what reads back
// through CSV without a warning reads back equal.
#include <algorithm>
#include <cstdint>
#include <string>

#include "content/formats/anki_text.h"
#include "content/formats/csv_bank.h"
#include "content/formats/json_bank.h"
#include "content/formats/pasted_list.h"
#include "tests/fuzz/fuzz_check.h"

namespace summit::fuzz {
namespace {

constexpr std::string_view kFileName = "fuzz.txt";

void CheckPlaced(std::string_view text, const ErrorList& errors) {
    const int lines = static_cast<int>(std::count(text.begin(), text.end(), '\n') +
                                       std::count(text.begin(), text.end(), '\r')) +
                      1;
    for (const Error& error : errors) {
        SUMMIT_FUZZ_CHECK(HasMessage(error));
        SUMMIT_FUZZ_CHECK(error.file == kFileName);
        SUMMIT_FUZZ_CHECK(error.line >= 0 && error.line <= lines);
    }
}

void CheckResult(std::string_view text,
                 const std::expected<content::ParsedBank, ErrorList>& parsed) {
    if (!parsed) {
        SUMMIT_FUZZ_CHECK(!parsed.error().empty());
        CheckPlaced(text, parsed.error());
        return;
    }
    CheckPlaced(text, parsed->warnings);
    SUMMIT_FUZZ_CHECK(content::ValidateBank(parsed->bank, kFileName).empty());
    const content::ExportedText written = content::WriteCsvBank(parsed->bank, '\t');
    auto reread = content::ParseCsvBank(written.text, "fuzz.tsv", '\t');
    if (written.warnings.empty()) {
        SUMMIT_FUZZ_CHECK(reread.has_value());
        SUMMIT_FUZZ_CHECK(reread->bank.questions == parsed->bank.questions);
    }
}

}  // namespace
}  // namespace summit::fuzz

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    using namespace summit;
    const std::string_view text = fuzz::AsText(data, size);
    fuzz::CheckResult(text, content::ParseAnkiText(text, fuzz::kFileName));
    fuzz::CheckResult(text, content::ParsePastedList(text, fuzz::kFileName));
    fuzz::CheckResult(text, content::ParsePastedList(text, fuzz::kFileName, {" - ", ";"}));
    return 0;
}
