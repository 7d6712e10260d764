// The scheduling state of one card (one studied direction of a question) and the ratings a
// review gives it. Shared by the scheduler (app/study) and the collection (storage).
#pragma once

#include <cstdint>
#include <optional>
#include <string_view>

namespace summit {

// Matches ts-fsrs' State numbering, which the review log stores.
enum class CardPhase : int { kNew = 0, kLearning = 1, kReview = 2, kRelearning = 3 };

// Matches FSRS grades 1..4.
enum class Rating : int { kAgain = 1, kHard = 2, kGood = 3, kEasy = 4 };

// "new", "learning", "review", "relearning".
const char* CardPhaseName(CardPhase phase);
// "again", "hard", "good", "easy".
const char* RatingName(Rating rating);
// Accepts "again", "hard", "good", "easy" (any case) or "1".."4".
std::optional<Rating> ParseRating(std::string_view text);

struct CardState {
    CardPhase phase = CardPhase::kNew;
    double stability = 0;        // FSRS S in days; 0 for a new card
    double difficulty = 0;       // FSRS D in [1, 10]; 0 for a new card
    double ease = 0;             // SM-2 ease factor (e.g. 2.5); 0 when scheduled by FSRS
    int step = 0;                // index into the (re)learning steps
    int64_t due_ms = 0;          // when it is next due, ms since the Unix epoch (UTC)
    int64_t last_review_ms = 0;  // ms since the epoch; 0 when never reviewed
    int scheduled_days = 0;      // the interval given at the last review, in days
    int reps = 0;                // reviews so far
    int lapses = 0;              // times forgotten after graduating

    bool operator==(const CardState&) const = default;
};

}  // namespace summit
