// What the home view shows: one row per deck with its counts. Filled from the collection by
// LoadHomeModel (home_model_load.h), or by hand in tests; views never query storage directly.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "storage/ids.h"

namespace summit::ui {

struct DeckRow {
    storage::DeckId deck_id;  // the collection's id for the deck; stable across frames
    std::string name;         // UTF-8, shown as is
    int question_count = 0;   // questions in the deck
    int new_count = 0;        // cards never studied that today's limits allow
    int learning_count = 0;   // cards in (re)learning steps due today
    int due_count = 0;        // review cards due today
};

struct HomeModel {
    std::vector<DeckRow> decks;  // in display order
};

// Every character shown for `model`'s decks, as UTF-8: fonts bake glyph ranges from it.
std::string HomeModelText(const HomeModel& model);

}  // namespace summit::ui
