// Pieces of the synthetic collections every benchmark builds: one seeded generator, one real
// time zone, and the final state of a studied card, so the in-memory rows of the benchmarks
// and the collection files make_collection writes have the same shape.
#pragma once

#include <cstdint>

#include "content/model/card.h"

namespace summit::bench {

// SplitMix64: the same sequence on every platform, unlike the std distributions, so a seed
// names one collection everywhere.
class Rng {
  public:
    explicit Rng(uint64_t seed) : state_(seed) {}
    uint64_t Next();
    // Uniform in [0, n); n > 0. The modulo bias is far below what a benchmark can see.
    int64_t Below(int64_t n) { return static_cast<int64_t>(Next() % static_cast<uint64_t>(n)); }
    // Uniform in [0, 1) with 53 random bits.
    double Unit() { return static_cast<double>(Next() >> 11) / 9007199254740992.0; }

  private:
    uint64_t state_;
};

inline constexpr int64_t kDayMs = 86'400'000;

// Sets TZ to America/New_York for the rest of the process: a zone with DST, so local-day
// arithmetic costs what it costs on a user's machine.
void UseRealTimeZone();

// The final state of a studied card: 5% learning, 88% review (due from 30 days before `now_ms`
// to 60 days after), 7% relearning (due within two hours of `now_ms`), last reviewed at least
// a minute before `now_ms`. Draws a fixed number of values from `rng` per phase.
CardState FinalState(int64_t now_ms, Rng& rng);

}  // namespace summit::bench
