// Answering a card: the deck's scheduler computes the next state, and the review log row and
// the card update are written together. Also undo and the intervals shown on rating buttons.
#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "content/model/card.h"
#include "content/model/error.h"
#include "storage/collection.h"
#include "storage/ids.h"

namespace summit::study {

// What the learner did, besides the rating, as the review log keeps it.
struct ReviewDetails {
    std::string answer;       // the text or choice given; empty for self-rated flashcards
    bool correct = false;     // as graded (for flashcards: rating above Again)
    int64_t duration_ms = 0;  // time spent on the card, ms, >= 0
};

struct AnswerOutcome {
    storage::CardId card;
    storage::ReviewId review;  // the new review log row
    CardState before;
    CardState after;  // now stored in the collection
};

// Answers `card` with `rating` at `now_ms` (ms since the epoch, UTC) using its deck's settings
// and scheduler; writes exactly one review log row and the new card state in one transaction.
// `shuffle_seed` is the seed the question was shown with (ShownOrderFor), kept in the log so
// the order can be rebuilt; nullopt when nothing was shown (the command line's `summit review`).
// Errors: kNotFound for an unknown card; kInvalidArgument for a negative duration, or for
// damaged deck settings; and the
// collection's write errors (kBusy, kReadOnly, kFull, ...), in which case nothing is written.
[[nodiscard]] Result<AnswerOutcome> AnswerCard(storage::Collection& collection,
                                               storage::CardId card, Rating rating, int64_t now_ms,
                                               const ReviewDetails& details,
                                               std::optional<uint32_t> shuffle_seed = std::nullopt);

// Undoes the last `steps` reviews, newest first, as one unit: either every one is undone or
// none is. Returns what each undo restored, newest first. Errors: kInvalidArgument for
// steps < 1; kConflict when the log holds fewer than `steps` reviews (nothing is undone); and
// the collection's write errors.
[[nodiscard]] Result<std::vector<storage::UndoneReview>> UndoReviews(
    storage::Collection& collection, int steps);

// What answering with one rating would do, for the label on its button.
struct NextInterval {
    Rating rating = Rating::kGood;
    CardState state;          // the card after that answer
    int64_t interval_ms = 0;  // state.due_ms - now_ms, >= 0
    std::string text;         // IntervalText(interval_ms), e.g. "10m", "4d"
};

// The four outcomes (Again, Hard, Good, Easy, in that order) of answering `card` at `now_ms`.
// Writes nothing. Errors: as AnswerCard's reads (kNotFound, settings, scheduler).
[[nodiscard]] Result<std::array<NextInterval, 4>> NextIntervals(
    const storage::Collection& collection, storage::CardId card, int64_t now_ms);

// A short label for a delay: "<1m", "10m", "3h", "4d", "2.5mo", "1.3y". Months are 30 days,
// years 365; one decimal is shown below 10 months or 10 years and dropped when it is ".0".
std::string IntervalText(int64_t interval_ms);

}  // namespace summit::study
