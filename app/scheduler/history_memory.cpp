// Replaying a review history through the FSRS scheduler (see history_memory.h).
#include "app/scheduler/history_memory.h"

namespace summit::study {

MemoryState MemoryStateFromHistory(const FsrsScheduler& scheduler,
                                   std::span<const TimedRating> history) {
    // The whole scheduler, not the bare formulas: its phases decide which answers are
    // first reviews and which same-day ones, exactly as when the card is studied in Summit.
    CardState card;
    for (const TimedRating& answer : history) {
        card = scheduler.Next(card, answer.time_ms, answer.rating);
    }
    return {card.stability, card.difficulty};
}

}  // namespace summit::study
