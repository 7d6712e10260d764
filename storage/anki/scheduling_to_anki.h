// The study state of exported questions as Anki scheduling (--with-scheduling): each card's
// phase, due date, interval, ease, counts and FSRS memory state, and the review log.
#pragma once

#include <cstdint>

#include "content/model/error.h"
#include "storage/anki/bank_to_anki.h"
#include "storage/collection.h"
#include "storage/ids.h"

namespace summit::storage::anki {

// Fills the cards of `exported` (made by BankToAnki from deck `deck`'s bank) with their
// Summit states and appends their reviews as revlog rows; cards of questions not in the export
// are ignored. `now_ms` is the export's instant (also given to WriteAnkiPackage: review due
// days count from the day it starts). Errors: the collection's read errors.
[[nodiscard]] Status AddScheduling(const Collection& collection, DeckId deck, std::int64_t now_ms,
                                   AnkiExport& exported);

}  // namespace summit::storage::anki
