// Small builders for statistics tests: a time-zone guard, local timestamps and row makers.
#pragma once

#include <cstdint>
#include <string>
#include <utility>

#include "app/stats/rows.h"
#include "tests/support/time_zone.h"

namespace summit::stats::testing {

// The time-zone guard and local instants are the shared test support's, under the names the
// statistics tests use.
using TzGuard = summit::testing::ScopedTimeZone;
using summit::testing::LocalMs;

inline constexpr int64_t kDayMs = 86'400'000;

inline ReviewRow Review(int64_t card_id, int64_t time_ms, Rating rating,
                        CardPhase phase_before = CardPhase::kReview, int interval_before = 5) {
    ReviewRow row;
    row.card_id = card_id;
    row.question_id = card_id;
    row.time_ms = time_ms;
    row.rating = rating;
    row.correct = rating != Rating::kAgain;
    row.duration_ms = 10'000;
    row.phase_before = phase_before;
    row.interval_before_days = interval_before;
    return row;
}

inline CardRow Card(int64_t card_id, CardPhase phase, std::string topic = "") {
    CardRow row;
    row.card_id = card_id;
    row.question_id = card_id;
    row.topic = std::move(topic);
    row.phase = phase;
    return row;
}

}  // namespace summit::stats::testing
