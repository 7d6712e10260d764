// The one notion of "now" in Summit: a function returning ms since the Unix epoch (UTC).
// The bootstrap makes the app's clock (the system's, or one started at --now); the core and
// the views only ever ask the clock they are given, and tests pass a fixed or stepping one.
#pragma once

#include <cstdint>
#include <functional>

namespace summit::study {

using Clock = std::function<int64_t()>;

// A clock that always says `ms`.
inline Clock FixedClock(int64_t ms) {
    return [ms] { return ms; };
}

}  // namespace summit::study
