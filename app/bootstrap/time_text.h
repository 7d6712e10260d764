// Reading and writing times on the command line (ISO 8601).
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "content/model/error.h"

namespace summit::bootstrap {

// Accepts "2024-05-01T10:00:00Z", "2024-05-01T10:00:00.250+02:00", "2024-05-01T10:00" (local
// time), "2024-05-01 10:00:00" and "2024-05-01" (local midnight). Returns ms since the epoch.
[[nodiscard]] Result<int64_t> ParseIsoTime(std::string_view text);

// "2024-05-01T10:00:00Z" (UTC, second precision).
std::string FormatIsoTimeUtc(int64_t ms);

}  // namespace summit::bootstrap
