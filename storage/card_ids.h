// Internal: the ids new cards get. The review log keeps the reviews of deleted cards (schema
// v14), so a new card's id is above every card id the log holds as well as every card's:
// SQLite's own choice (the largest id plus one) would give a deleted card's id, with its
// history, to the next card added.
#pragma once

namespace summit::storage {

// The first id no card and no review has used; a scalar subquery for INSERT statements.
inline constexpr const char* kFirstFreeCardIdSql =
    "(SELECT max(coalesce((SELECT max(id) FROM cards), 0), "
    "coalesce((SELECT max(card_id) FROM revlog), 0)) + 1)";

}  // namespace summit::storage
