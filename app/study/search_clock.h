// What "today" is for the browser's search (is:due, prop:due, rated:): the study day of the
// collection's default settings, so the CLI and the window agree with the home counts.
#pragma once

#include <cstdint>

#include "content/model/error.h"
#include "storage/collection.h"

namespace summit::study {

// The search clock at `now_ms`: today's start and the next day's by the default deck
// settings' rollover hour. Errors: the collection's read errors.
[[nodiscard]] Result<storage::SearchClock> SearchClockAt(const storage::Collection& collection,
                                                         int64_t now_ms);

}  // namespace summit::study
