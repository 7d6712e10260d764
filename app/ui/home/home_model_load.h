// Fills the home view's rows from the collection: the one place the home view's data is read.
#pragma once

#include <cstdint>

#include "app/ui/home/home_model.h"
#include "content/model/error.h"
#include "storage/collection.h"

namespace summit::ui {

// One row per deck, in tree order (each deck after its parent), with the counts of its tree
// still to study today as of `now_ms` (ms since the Unix epoch): new and due capped by the
// deck's daily limits, as study::ListDecksForToday gives them. Its errors (the collection's read
// errors, damaged deck settings) are passed through unchanged.
[[nodiscard]] Result<HomeModel> LoadHomeModel(const storage::Collection& collection,
                                              int64_t now_ms);

}  // namespace summit::ui
