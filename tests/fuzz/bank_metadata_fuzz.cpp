// Fuzz target for the bank metadata a deck keeps for export (DecodeBankMetadata): what decodes
// encodes and decodes again unchanged; what does not fails with kCorrupt and a message.
#include <cstdint>
#include <string>

#include "storage/codec/json_codec.h"
#include "tests/fuzz/fuzz_check.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    using namespace summit;
    auto bank = storage::DecodeBankMetadata(fuzz::AsText(data, size));
    if (!bank) {
        SUMMIT_FUZZ_CHECK(fuzz::HasMessage(bank.error()));
        SUMMIT_FUZZ_CHECK(bank.error().code == ErrorCode::kCorrupt);
        return 0;
    }
    // Metadata never carries questions; they live in their own rows.
    SUMMIT_FUZZ_CHECK(bank->questions.empty());
    const std::string written = storage::EncodeBankMetadata(*bank);
    auto reread = storage::DecodeBankMetadata(written);
    SUMMIT_FUZZ_CHECK(reread.has_value());
    SUMMIT_FUZZ_CHECK(*reread == *bank);
    SUMMIT_FUZZ_CHECK(storage::EncodeBankMetadata(*reread) == written);
    return 0;
}
