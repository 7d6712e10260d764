// The seeded generator, time zone and card states shared by the benchmarks and make_collection.
#include "bench/synthetic.h"

#include <algorithm>
#include <cstdlib>
#include <ctime>

namespace summit::bench {

uint64_t Rng::Next() {
    uint64_t z = (state_ += 0x9e3779b97f4a7c15ULL);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
}

void UseRealTimeZone() {
    setenv("TZ", "America/New_York", 1);
    tzset();
}

CardState FinalState(int64_t now_ms, Rng& rng) {
    CardState s;
    const int64_t kind = rng.Below(100);
    s.phase = kind < 5    ? CardPhase::kLearning
              : kind < 93 ? CardPhase::kReview
                          : CardPhase::kRelearning;
    s.stability = 0.5 + static_cast<double>(rng.Below(36'500)) / 100.0;
    s.difficulty = 1 + static_cast<double>(rng.Below(900)) / 100.0;
    if (s.phase == CardPhase::kReview) {
        s.scheduled_days = 1 + static_cast<int>(rng.Below(120));
        s.due_ms = now_ms + (rng.Below(90) - 30) * kDayMs + rng.Below(kDayMs);
        s.last_review_ms = s.due_ms - s.scheduled_days * kDayMs;
    } else {
        s.step = static_cast<int>(rng.Below(2));
        s.due_ms = now_ms + rng.Below(4 * 3'600'000) - 2 * 3'600'000;  // +-2 hours
        s.last_review_ms = s.due_ms - 10 * 60'000;
    }
    s.last_review_ms = std::min(s.last_review_ms, now_ms - 60'000);
    s.reps = 1 + static_cast<int>(rng.Below(30));
    s.lapses = s.phase == CardPhase::kRelearning ? 1 + static_cast<int>(rng.Below(5)) : 0;
    return s;
}

}  // namespace summit::bench
