// Fuzz target for the card snapshots the review log keeps for undo (DecodeCardSnapshot): what
// decodes encodes and decodes again to the same snapshot; what does not fails with kCorrupt and
// a message, so a damaged log entry is reported instead of restoring a made-up card.
#include <cstdint>
#include <string>

#include "storage/codec/json_codec.h"
#include "tests/fuzz/fuzz_check.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    using namespace summit;
    auto snapshot = storage::DecodeCardSnapshot(fuzz::AsText(data, size));
    if (!snapshot) {
        SUMMIT_FUZZ_CHECK(fuzz::HasMessage(snapshot.error()));
        SUMMIT_FUZZ_CHECK(snapshot.error().code == ErrorCode::kCorrupt);
        return 0;
    }
    const int phase = static_cast<int>(snapshot->state.phase);
    SUMMIT_FUZZ_CHECK(phase >= 0 && phase <= 3);
    const std::string written = storage::EncodeCardSnapshot(*snapshot);
    auto reread = storage::DecodeCardSnapshot(written);
    SUMMIT_FUZZ_CHECK(reread.has_value());
    SUMMIT_FUZZ_CHECK(reread->state == snapshot->state);
    SUMMIT_FUZZ_CHECK(reread->suspended == snapshot->suspended);
    SUMMIT_FUZZ_CHECK(reread->buried_until_ms == snapshot->buried_until_ms);
    SUMMIT_FUZZ_CHECK(storage::EncodeCardSnapshot(*reread) == written);
    return 0;
}
