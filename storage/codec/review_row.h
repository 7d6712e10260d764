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
    int64_t id = 0;  // the answer time, or the next free millisecond after it (ReviewIdAllocator)
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

// Where a row keeps its answer time: its own time_ms column (schemas 7 to 15, which the v7 step
// writes), or its id with the few milliseconds it was moved by (since schema 16).
enum class ReviewTimeColumn { kTimeMs, kIdOffset };

// "INSERT INTO revlog (id, ...) VALUES (?, ...)" binding every column of a StoredReview.
std::string InsertReviewSql(ReviewTimeColumn time = ReviewTimeColumn::kIdOffset);
void BindStoredReview(Statement& stmt, const StoredReview& review,
                      ReviewTimeColumn time = ReviewTimeColumn::kIdOffset);

// Finds review ids: the first id from a time on that no review holds, as a review answered at
// that time gets (docs/schema.md). Remembers the run of taken ids it last walked, so a bulk
// append of many reviews in one millisecond does not walk it again for each.
class ReviewIdAllocator {
  public:
    static Result<ReviewIdAllocator> Prepare(Db& db);
    Result<int64_t> Next(int64_t time_ms);

  private:
    explicit ReviewIdAllocator(Statement taken) : taken_(std::move(taken)) {}

    Statement taken_;
    // Every id in [run_start_, run_end_] is taken.
    int64_t run_start_ = 0;
    int64_t run_end_ = -1;
};

// The before-snapshot as SELECT expressions in SnapshotFromRow's order (card_row.h), each
// prefixed with `prefix` ("r." for a join); due_before_ms NULL is computed back here.
std::string SnapshotBeforeColumns(std::string_view prefix = {});

}  // namespace summit::storage
