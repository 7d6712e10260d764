// A deck's settings as the collection stores them: read with fallbacks to the default entry and
// the built-in defaults, and written together with the deck's scheduler column.
#pragma once

#include <optional>
#include <string>

#include "app/scheduler/deck_settings.h"
#include "content/model/error.h"
#include "storage/collection.h"

namespace summit::study {

// The config-table key of the settings used by decks that have none of their own, and for
// study across all decks.
inline constexpr const char* kDefaultDeckSettingsKey = "deck_settings/default";

// A deck's settings: its stored options (Collection::GetDeckOptions) when it has any, else
// the default entry, else the built-in defaults. `deck` nullopt reads the default entry.
// Errors: kNotFound for an unknown deck; the collection's read errors; those of
// DeckSettingsFromJson for a stored value that is damaged (the message names where it is).
[[nodiscard]] Result<DeckSettings> LoadDeckSettings(const storage::Collection& collection,
                                                    std::optional<storage::DeckId> deck);

// Validates, then stores the settings as the deck's options and sets its scheduler column to
// match, in one transaction (`deck` nullopt: the default entry). Errors: kInvalidArgument
// from Validate() (nothing is written); kNotFound for an unknown deck; the collection's write
// errors.
[[nodiscard]] Status SaveDeckSettings(storage::Collection& collection,
                                      std::optional<storage::DeckId> deck,
                                      const DeckSettings& settings);

}  // namespace summit::study
