// The deck list as a learner sees it today: new and due counts capped by each deck's daily
// limits and what was already studied today, as Anki's deck list shows them.
#pragma once

#include <cstdint>
#include <vector>

#include "content/model/error.h"
#include "storage/collection.h"

namespace summit::study {

// Every deck (ListDecks' one grouped query) with `new_count` and `due_count` reduced to what
// the study queue would still ask today under the deck's limits; learning counts are never
// capped. The day boundary comes from the default deck settings' rollover hour.
// Errors: the collection's read errors; LoadDeckSettings' errors.
[[nodiscard]] Result<std::vector<storage::DeckSummary>> ListDecksForToday(
    const storage::Collection& collection, int64_t now_ms);

}  // namespace summit::study
