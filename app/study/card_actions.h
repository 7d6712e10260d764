// Suspending, burying and reversing either for cards named by id, outside any study session
// (the command line, and the browser later). A session's own undo stays in StudySession.
#pragma once

#include <cstdint>
#include <span>
#include <vector>

#include "content/model/error.h"
#include "storage/collection.h"
#include "storage/ids.h"

namespace summit::study {

enum class CardAction {
    kSuspend,    // out of every queue until unsuspended
    kUnsuspend,  // back in the queues (a burial still applies)
    kBury,       // hidden until the card's deck starts its next study day
    kUnbury,     // shown again at once
};

// "suspend", "unsuspend", "bury", "unbury".
const char* CardActionName(CardAction action);

struct CardActionResult {
    storage::CardId card;
    bool changed = false;         // false when the card already was as asked (nothing written)
    int64_t buried_until_ms = 0;  // kBury: until when it is hidden; otherwise as stored after
};

// Applies `action` to every card of `cards` at `now_ms`, in one transaction: all or nothing.
// Results are in the order given; a card named twice is reported twice (changed once).
// Burying uses the day rule of the card's deck (its settings), so "tomorrow" is the deck's.
// Errors: kNotFound "no card with id N" for the first unknown id (nothing changes);
// LoadDeckSettings' errors; the collection's errors (rolled back).
[[nodiscard]] Result<std::vector<CardActionResult>> ApplyCardAction(
    storage::Collection& collection, std::span<const storage::CardId> cards, CardAction action,
    int64_t now_ms);

}  // namespace summit::study
