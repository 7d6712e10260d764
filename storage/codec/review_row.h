// Internal: the review log's columns (schema version 7), written and read in one place: the
// review itself, and the card as it was before it in typed columns, for undo and replay.
#pragma once

#include <cstdint>
#include <optional>
#include <string>

#include "storage/codec/json_codec.h"
#include "storage/records.h"
#include "storage/sqlite_db.h"

namespace summit::storage {

// One row of the review log as stored.
struct StoredReview {
    int64_t id = 0;  // written only by InsertReviewSql(true): a migration keeps its ids
    int64_t card_id = 0;
    int64_t time_ms = 0;
    int rating = 0;
    bool correct = false;
    int64_t duration_ms = 0;
    std::string answer;
    std::optional<int64_t> shuffle_seed;
    int phase_after = 0;
    CardSnapshot before;  // the card's state, suspension and burial before the review
};

// The log row of `review` of `card`, which was in `before` and is left in `new_state`.
// kInvalidArgument for a rating outside 1..4 (the schema's CHECK, said in words).
[[nodiscard]] Result<StoredReview> StoredReviewOf(int64_t card, const CardSnapshot& before,
                                                  const CardState& new_state,
                                                  const ReviewRecord& review,
                                                  std::optional<int64_t> shuffle_seed);

// "INSERT INTO revlog (...) VALUES (?, ...)" binding a StoredReview (its id only when `with_id`).
std::string InsertReviewSql(bool with_id);
void BindStoredReview(Statement& stmt, const StoredReview& review, bool with_id);

// The before-snapshot as SELECT expressions in SnapshotFromRow's order (card_row.h), each
// prefixed with `prefix` ("r." for a join); due_before_ms NULL is computed back here.
std::string SnapshotBeforeColumns(std::string_view prefix = {});

}  // namespace summit::storage
