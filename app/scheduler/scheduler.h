// The interface the study queue uses to schedule a card, whichever algorithm the deck uses
// (FSRS-6 or SM-2).
#pragma once

#include <array>
#include <cstdint>

#include "content/model/card.h"

namespace summit::study {

// Implementations are immutable after construction: every method is const, pure (no clock, no
// global random state) and safe to call from several threads at once.
class Scheduler {
  public:
    virtual ~Scheduler() = default;

    // The card after answering `rating` at `now_ms` (ms since the epoch, UTC). A `now_ms`
    // earlier than the card's last review is treated as a review on the same day.
    virtual CardState Next(const CardState& card, int64_t now_ms, Rating rating) const = 0;

    // Next() for Again, Hard, Good and Easy, in that order (index = rating - 1), e.g. to show
    // the next intervals on the answer buttons.
    virtual std::array<CardState, 4> Preview(const CardState& card, int64_t now_ms) const = 0;

    // "fsrs" or "sm2".
    virtual const char* Name() const = 0;
};

}  // namespace summit::study
