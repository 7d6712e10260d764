// Fuzz target for the JSON bank reader: any bytes either parse into a valid bank that survives
// a write and re-read unchanged, or fail with located, explained errors.
#include <algorithm>
#include <cstdint>
#include <string>

#include "content/formats/json_bank.h"
#include "tests/fuzz/fuzz_check.h"

namespace summit::fuzz {
namespace {

constexpr std::string_view kFileName = "fuzz.json";

void CheckErrors(std::string_view text, const ErrorList& errors) {
    SUMMIT_FUZZ_CHECK(!errors.empty());
    const int lines = static_cast<int>(std::count(text.begin(), text.end(), '\n')) + 1;
    for (const Error& error : errors) {
        SUMMIT_FUZZ_CHECK(HasMessage(error));
        SUMMIT_FUZZ_CHECK(error.file == kFileName);
        SUMMIT_FUZZ_CHECK(error.line >= 1 && error.line <= lines);
        SUMMIT_FUZZ_CHECK(error.column >= 1);
        SUMMIT_FUZZ_CHECK(error.code == ErrorCode::kParse || error.code == ErrorCode::kValidation ||
                          error.code == ErrorCode::kUnsupportedVersion);
    }
    // Malformed JSON and a newer version stop the reader at their single error.
    const ErrorCode first = errors.front().code;
    if (first == ErrorCode::kParse || first == ErrorCode::kUnsupportedVersion) {
        SUMMIT_FUZZ_CHECK(errors.size() == 1);
    }
}

}  // namespace
}  // namespace summit::fuzz

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    using namespace summit;
    const std::string_view text = fuzz::AsText(data, size);
    auto bank = content::ParseJsonBank(text, fuzz::kFileName);
    if (!bank) {
        fuzz::CheckErrors(text, bank.error());
        return 0;
    }
    SUMMIT_FUZZ_CHECK(content::ValidateBank(*bank, fuzz::kFileName).empty());
    const std::string written = content::WriteJsonBank(*bank);
    auto reread = content::ParseJsonBank(written, fuzz::kFileName);
    SUMMIT_FUZZ_CHECK(reread.has_value());
    SUMMIT_FUZZ_CHECK(*reread == *bank);
    SUMMIT_FUZZ_CHECK(content::WriteJsonBank(*reread) == written);
    return 0;
}
