// What the home view shows: one row per deck with its counts. Filled from the collection by
// LoadHomeModel (home_model_load.h), or by hand in tests; views never query storage directly.
#pragma once

#include <cstdint>
#include <set>
#include <string>
#include <vector>

#include "storage/ids.h"

namespace summit::ui {

struct DeckRow {
    storage::DeckId deck_id;    // the collection's id for the deck; stable across frames
    std::string name;           // UTF-8, the full name ("A::B"); its last part is shown
    int depth = 0;              // 0 for a top-level deck; drawn indented by this many levels
    bool has_children = false;  // the next rows (deeper) are its subdecks; it can collapse
    // The counts are of the deck's whole tree: a parent's include its subdecks'.
    int question_count = 0;  // questions in the deck
    int new_count = 0;       // cards never studied that today's limits allow
    int learning_count = 0;  // cards in (re)learning steps due today
    int due_count = 0;       // review cards due today
};

struct HomeModel {
    std::vector<DeckRow> decks;  // in display order: each deck right after its parent
    // One sentence suggesting Settings -> Optimize parameters for the top-level decks that
    // gathered enough reviews since their FSRS parameters were last fitted; empty for none.
    std::string fit_hint;
};

// The indexes of `model.decks` shown when the decks in `collapsed` (ids) hide their subdecks,
// in display order.
std::vector<int> VisibleDeckRows(const HomeModel& model, const std::set<int64_t>& collapsed);

// Sets `depth` and `has_children` of each row from the names, for rows in display order.
void MarkDeckTree(HomeModel& model);

// Every character shown for `model`'s decks, as UTF-8: fonts bake glyph ranges from it.
std::string HomeModelText(const HomeModel& model);

}  // namespace summit::ui
