// Fuzz target for stored deck options: what loads is valid, writes back and reloads unchanged,
// and makes a scheduler; what does not load fails with kParse or kInvalidArgument.
#include <cstdint>
#include <string>

#include "app/scheduler/deck_settings.h"
#include "tests/fuzz/fuzz_check.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    using namespace summit;
    auto settings = study::DeckSettingsFromJson(fuzz::AsText(data, size));
    if (!settings) {
        SUMMIT_FUZZ_CHECK(fuzz::HasMessage(settings.error()));
        SUMMIT_FUZZ_CHECK(settings.error().code == ErrorCode::kParse ||
                          settings.error().code == ErrorCode::kInvalidArgument);
        return 0;
    }
    SUMMIT_FUZZ_CHECK(settings->Validate().has_value());
    const std::string written = study::DeckSettingsToJson(*settings);
    auto reread = study::DeckSettingsFromJson(written);
    SUMMIT_FUZZ_CHECK(reread.has_value());
    SUMMIT_FUZZ_CHECK(*reread == *settings);
    // Settings that load must be usable for study.
    SUMMIT_FUZZ_CHECK(study::MakeScheduler(*settings).has_value());
    return 0;
}
