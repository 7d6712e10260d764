// The deck list as a learner sees it today: new and due counts capped by each deck's daily
// limits and what was already studied today, as Anki's deck list shows them.
#pragma once

#include <cstdint>
#include <optional>
#include <vector>

#include "content/model/error.h"
#include "storage/collection.h"

namespace summit::study {

// Every deck (ListDecks' one grouped query) in tree order (content::DeckTreeLess), each row
// counting its whole tree (the deck and its descendants: "A" holds "A::B"'s cards), with
// `new_count` and `due_count` reduced to what the study queue of that deck would still ask
// today under the deck's own limits and the tree's reviews today; learning counts are never capped.
// A flat deck's row is its own. The day boundary comes from the default deck settings' rollover
// hour. `counts` as for Collection::ListDecks. Errors: the collection's read errors;
// LoadDeckSettings' errors.
[[nodiscard]] Result<std::vector<storage::DeckSummary>> ListDecksForToday(
    const storage::Collection& collection, int64_t now_ms,
    storage::DeckCounts counts = storage::DeckCounts::kAll);

// What is left to study today in one deck or every deck, as the deck list counts it. The one
// source of these numbers: Home, `summit decks` and the study session's header all show it.
struct TodayCounts {
    int fresh = 0;     // new cards today's limits still allow
    int learning = 0;  // cards on learning steps due before the study day ends (not only now)
    int review = 0;    // review cards due today, within the limits

    int Total() const { return fresh + learning + review; }
    bool operator==(const TodayCounts&) const = default;
};

// ListDecksForToday's counts for `deck` (its tree), or summed over every top-level deck
// (nullopt).
// Errors: kNotFound for an unknown deck; those of ListDecksForToday.
[[nodiscard]] Result<TodayCounts> CountToday(const storage::Collection& collection,
                                             std::optional<storage::DeckId> deck, int64_t now_ms);

}  // namespace summit::study
