// Internal: lookups several stores share.
#pragma once

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <system_error>

#include "content/model/error.h"
#include "storage/ids.h"
#include "storage/records.h"
#include "storage/sqlite_db.h"

namespace summit::storage {

// The columns a QuestionRow is read from, for "SELECT " + kQuestionRowColumns + " FROM
// questions q JOIN decks d ON d.id = q.deck_id ...".
inline constexpr const char* kQuestionRowColumns =
    "q.id, q.guid, d.name, q.type, q.prompt, q.topic, q.created_ms, q.modified_ms";
// The QuestionRow at `stmt`'s current row, selected as kQuestionRowColumns.
QuestionRow QuestionRowAt(const Statement& stmt);

// nullopt when no deck has this name.
[[nodiscard]] Result<std::optional<DeckId>> FindDeck(Db& db, const std::string& name);
// kNotFound when no deck has this name.
[[nodiscard]] Result<DeckId> RequireDeck(Db& db, const std::string& name);

// The name of the deck with this id; kNotFound when no deck has it.
[[nodiscard]] Result<std::string> DeckNameOf(Db& db, DeckId id);
// kNotFound when no deck has this id.
[[nodiscard]] Status RequireDeckId(Db& db, DeckId id);

// The deck's row id when `deck` is set, nullopt (every deck) when it is nullopt; kNotFound
// when no deck has the id. Bound as a parameter, nullopt reads as SQL NULL, which the
// stores' "?1 IS NULL OR deck_id = ?1" filters take as "all decks".
[[nodiscard]] Result<std::optional<int64_t>> DeckIdOrAll(Db& db, std::optional<DeckId> deck);
// The kNotFound error for a deck name nothing matches.
Error NoDeckNamed(const Db& db, const std::string& name);
// The kNotFound error for a deck id nothing matches.
Error NoDeckWithId(const Db& db, DeckId id);

// kInvalidArgument naming `what` unless `json` is valid JSON, checked by the same parser as
// the schema's CHECK constraints so a later insert cannot fail on it.
[[nodiscard]] Status CheckJson(Db& db, const std::string& json, const std::string& what);

// Recomputes cards.source_key (codec/source_key.h) for the questions that name a source
// paragraph and match `question_filter` (an SQL condition on questions; "" for all), one
// question at a time, since the hash is computed in C++. Schema step 4 and the browser's Set
// topic share it so both write the same keys; it must not change what it writes.
[[nodiscard]] Status RefreshSourceKeys(Db& db, std::string_view question_filter);

// kIo for a file operation that failed: "WHAT PATH: reason", naming the file.
Error FileError(const std::filesystem::path& path, const std::string& what,
                const std::error_code& ec);

}  // namespace summit::storage
