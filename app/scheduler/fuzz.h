// Interval fuzz: spreads review intervals a little so cards learned together do not stay
// due together. Deterministic: the random factor comes from a seeded PRNG, bit-compatible with
// the "alea" generator and seed string of ts-fsrs, so fuzzed intervals match the reference.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace summit::study {

// Johannes Baagøe's Alea PRNG as ts-fsrs uses it (seeded from a string through "Mash").
class Alea {
  public:
    explicit Alea(std::string_view seed);
    double Next();  // uniform in [0, 1)

  private:
    double c_ = 1;
    double s0_ = 0;
    double s1_ = 0;
    double s2_ = 0;
};

// The seed string ts-fsrs derives for one review: "<review ms>_<reps after the review>_<D*S
// before the review>", the product formatted as JavaScript prints numbers.
std::string FuzzSeed(int64_t review_ms, int reps_after, double difficulty_times_stability);

// JavaScript's Number-to-string conversion (shortest round-trip digits, JS exponent rules).
std::string JsNumberToString(double value);

struct FuzzRange {
    int min_days = 0;
    int max_days = 0;
};

// The allowed range around `interval_days` (FSRS.md §11), never below elapsed + 1 when the
// interval is longer than the elapsed days, never above `maximum_interval`.
FuzzRange FuzzRangeFor(int interval_days, int64_t elapsed_days, int maximum_interval);

// The fuzzed interval for a random factor `u` in [0, 1). Intervals under 2.5 days are kept.
int ApplyFuzz(int interval_days, int64_t elapsed_days, int maximum_interval, double u);

}  // namespace summit::study
