// Fills the home view's rows from the collection: the one place the home view's data is read.
#pragma once

#include <cstdint>

#include "app/ui/home_model.h"
#include "content/model/error.h"
#include "storage/collection.h"

namespace summit::ui {

// One row per deck, in the collection's order (by name), with counts as of `now_ms` for the
// study day ending at `next_day_start_ms` (both ms since the Unix epoch). Errors are those of
// storage::Collection::ListDecks (kBusy, kCorrupt, kDatabase, ...), passed through unchanged.
[[nodiscard]] Result<HomeModel> LoadHomeModel(const storage::Collection& collection, int64_t now_ms,
                                              int64_t next_day_start_ms);

}  // namespace summit::ui
