// The rounding rules of JavaScript that ts-fsrs relies on, so results match it to the bit.
#pragma once

#include <cmath>

namespace summit::study {

// Math.round: halves round toward +infinity (unlike std::round, which rounds away from zero),
// and without the double rounding of floor(x + 0.5).
inline double JsRound(double x) {
    const double down = std::floor(x);
    return x - down >= 0.5 ? down + 1 : down;
}

// ts-fsrs roundTo(x, 8): Math.round(x * 1e8) / 1e8.
inline double Round8(double x) {
    return JsRound(x * 1e8) / 1e8;
}

}  // namespace summit::study
