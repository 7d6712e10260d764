// Names and parsing for card phases and ratings.
#include "content/model/card.h"

#include <cctype>
#include <string>

namespace summit {

const char* CardPhaseName(CardPhase phase) {
    switch (phase) {
        case CardPhase::kNew:
            return "new";
        case CardPhase::kLearning:
            return "learning";
        case CardPhase::kReview:
            return "review";
        case CardPhase::kRelearning:
            return "relearning";
    }
    return "unknown";
}

const char* RatingName(Rating rating) {
    switch (rating) {
        case Rating::kAgain:
            return "again";
        case Rating::kHard:
            return "hard";
        case Rating::kGood:
            return "good";
        case Rating::kEasy:
            return "easy";
    }
    return "unknown";
}

std::optional<Rating> ParseRating(std::string_view text) {
    std::string lower;
    for (char c : text) {
        lower += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    }
    for (int value = 1; value <= 4; ++value) {
        auto rating = static_cast<Rating>(value);
        if (lower == RatingName(rating) || lower == std::to_string(value)) {
            return rating;
        }
    }
    return std::nullopt;
}

}  // namespace summit
