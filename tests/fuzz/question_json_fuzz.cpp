// Fuzz target for one stored question (ReadQuestionJson): what reads back writes out and
// reads again unchanged; what does not read fails with kParse or kValidation and a message.
#include <cstdint>
#include <string>

#include "content/formats/json_bank.h"
#include "tests/fuzz/fuzz_check.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    using namespace summit;
    auto question = content::ReadQuestionJson(fuzz::AsText(data, size));
    if (!question) {
        SUMMIT_FUZZ_CHECK(fuzz::HasMessage(question.error()));
        SUMMIT_FUZZ_CHECK(question.error().code == ErrorCode::kParse ||
                          question.error().code == ErrorCode::kValidation);
        return 0;
    }
    const std::string written = content::WriteQuestionJson(*question);
    auto reread = content::ReadQuestionJson(written);
    SUMMIT_FUZZ_CHECK(reread.has_value());
    SUMMIT_FUZZ_CHECK(*reread == *question);
    SUMMIT_FUZZ_CHECK(content::WriteQuestionJson(*reread) == written);
    return 0;
}
