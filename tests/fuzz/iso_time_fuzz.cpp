// Fuzz target for --now times (ParseIsoTime): a time that parses formats as UTC and parses back
// to the same second; anything else is kInvalidArgument quoting the input.
#include <cstdint>
#include <string>

#include "app/bootstrap/time_text.h"
#include "tests/fuzz/fuzz_check.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    using namespace summit;
    const std::string_view text = fuzz::AsText(data, size);
    auto ms = bootstrap::ParseIsoTime(text);
    if (!ms) {
        SUMMIT_FUZZ_CHECK(ms.error().code == ErrorCode::kInvalidArgument);
        SUMMIT_FUZZ_CHECK(fuzz::HasMessage(ms.error()));
        return 0;
    }
    // A time written exactly as FormatIsoTimeUtc writes it (a real date, no leap second) must
    // come back as written.
    const std::string formatted = bootstrap::FormatIsoTimeUtc(*ms);
    // A time zone offset can carry 9999-12-31 into year 10000, which ISO 8601 cannot write
    // in four digits; every other time must read back to its second.
    const bool four_digit_year = formatted.size() == 20 && formatted[0] != '-';
    if (four_digit_year) {
        auto again = bootstrap::ParseIsoTime(formatted);
        SUMMIT_FUZZ_CHECK(again.has_value());
        SUMMIT_FUZZ_CHECK(*again == *ms - (((*ms % 1000) + 1000) % 1000));
    }
    if (text.size() == 20 && text[10] == 'T' && text[19] == 'Z' && text.substr(17, 2) != "60") {
        SUMMIT_FUZZ_CHECK(formatted == text);
    }
    return 0;
}
