// Internal: lookups several stores share.
#pragma once

#include <cstdint>
#include <optional>
#include <string>

#include "content/model/error.h"
#include "storage/ids.h"
#include "storage/sqlite_db.h"

namespace summit::storage {

// nullopt when no deck has this name.
[[nodiscard]] Result<std::optional<DeckId>> FindDeck(Db& db, const std::string& name);
// kNotFound when no deck has this name.
[[nodiscard]] Result<DeckId> RequireDeck(Db& db, const std::string& name);

// kInvalidArgument naming `what` unless `json` is valid JSON, checked by the same parser as
// the schema's CHECK constraints so a later insert cannot fail on it.
[[nodiscard]] Status CheckJson(Db& db, const std::string& json, const std::string& what);

// Wall-clock time in ms since the epoch (UTC), for created/modified stamps.
int64_t NowMs();

}  // namespace summit::storage
