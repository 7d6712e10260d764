// What the browser's card-info panel shows for one card: its state, its review history and
// its memory now (stability, difficulty, retrievability).
#pragma once

#include <cstdint>
#include <optional>
#include <vector>

#include "content/model/error.h"
#include "storage/collection.h"

namespace summit::study {

struct CardInfo {
    storage::StudyCard card;
    std::vector<storage::ReviewRow> reviews;  // this card's, oldest first
    // FSRS's predicted recall now, 0..1, by the deck's settings; nullopt for a card never
    // reviewed. SM-2 cards have no stability: their last interval stands in for it.
    std::optional<double> retrievability;
};

// The card-info of `card` at `now_ms`. The history is read through the review log of the
// card's deck (Collection::ReadReviewLog), the one reader of that table. Errors: kNotFound
// for an unknown card; the collection's read errors; a deck's invalid settings.
[[nodiscard]] Result<CardInfo> LoadCardInfo(const storage::Collection& collection,
                                            storage::CardId card, int64_t now_ms);

}  // namespace summit::study
