// Fuzz target for stored app preferences: what loads is valid and writes back and reloads
// unchanged; what does not load fails with kParse or kInvalidArgument.
#include <cstdint>
#include <string>

#include "app/ui/settings/app_settings.h"
#include "tests/fuzz/fuzz_check.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    using namespace summit;
    auto settings = study::AppSettingsFromJson(fuzz::AsText(data, size));
    if (!settings) {
        SUMMIT_FUZZ_CHECK(fuzz::HasMessage(settings.error()));
        SUMMIT_FUZZ_CHECK(settings.error().code == ErrorCode::kParse ||
                          settings.error().code == ErrorCode::kInvalidArgument);
        return 0;
    }
    SUMMIT_FUZZ_CHECK(settings->Validate().has_value());
    auto reread = study::AppSettingsFromJson(study::AppSettingsToJson(*settings));
    SUMMIT_FUZZ_CHECK(reread.has_value());
    SUMMIT_FUZZ_CHECK(*reread == *settings);
    return 0;
}
