// Ids for the decks, notes and cards of an exported package, derived from what stays the same
// between two exports of one Summit deck (its bank id, question GUIDs) instead of the clock, so
// a second export updates what the first one created, in Anki and in Summit alike.
#pragma once

#include <cstdint>
#include <set>
#include <string_view>

namespace summit::storage::anki {

// Hands out ids of one kind (deck, note or card) for one package. Anki shows note and card ids
// as creation times, so every id is a plausible time in ms (2001-09-09 to 2023-11-14): positive,
// never 1 (Anki's Default deck) and below 2^53 (exact as a JSON or JavaScript number).
class StableIds {
  public:
    // The id of `key`: a hash of it, moved up past ids already handed out (so colliding keys
    // stay distinct; the same keys asked in the same order give the same ids every time).
    std::int64_t For(std::string_view key);

    // Takes `id` itself (an id Anki gave the object before) when it is in Anki's range and not
    // yet handed out; false otherwise.
    bool Claim(std::int64_t id);

  private:
    std::set<std::int64_t> used_;
};

}  // namespace summit::storage::anki
