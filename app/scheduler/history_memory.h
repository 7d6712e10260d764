// The FSRS memory state a card's review history implies, for cards that come with a history
// but no memory state (an Anki collection studied with SM-2): what Anki calls computing the
// memory state from the review history.
#pragma once

#include <cstdint>
#include <span>

#include "app/scheduler/fsrs.h"
#include "app/scheduler/fsrs_model.h"
#include "content/model/card.h"

namespace summit::study {

// One answer of a card's history.
struct TimedRating {
    int64_t time_ms = 0;  // when it was answered, ms since the epoch
    Rating rating = Rating::kGood;
};

// The stability and difficulty after answering `history` (oldest first, times not
// decreasing) through `scheduler` from a new card, on the dates given: each review uses the
// whole days elapsed since the one before by the scheduler's day rule, and reviews on the
// same day the short-term formula when the parameters enable it. (0, 0) for an empty history.
MemoryState MemoryStateFromHistory(const FsrsScheduler& scheduler,
                                   std::span<const TimedRating> history);

}  // namespace summit::study
