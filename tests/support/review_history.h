// A generated review history for tests that need a deck with enough reviews to fit FSRS:
// every card gets `answers` reviews, the first while new, on later days with growing gaps
// and about one lapse in four, written through the storage API as the study screens would.
#pragma once

#include <cstdint>
#include <random>
#include <vector>

#include <gtest/gtest.h>

#include "storage/collection.h"

namespace summit::testing {

// Reviews of the cards `query` finds, starting at `start_ms`, each taking `duration_ms` (0: not
// recorded). Use under ASSERT_NO_FATAL_FAILURE.
inline void AddReviewHistory(storage::Collection& collection, int answers,
                             int64_t start_ms = 1'700'000'000'000,
                             storage::CardQuery query = storage::CardQuery::All(),
                             int64_t duration_ms = 5000) {
    query.full_questions = false;
    auto cards = collection.LoadCards(query);
    ASSERT_TRUE(cards);
    std::mt19937 random(3);
    std::vector<storage::ReviewAppend> reviews;
    constexpr int64_t kDay = 86'400'000;
    for (const storage::StudyCard& card : *cards) {
        int64_t t = start_ms;
        int gap = 1;
        for (int n = 0; n < answers; ++n) {
            const bool forgot = random() % 4 == 0;
            CardState state;
            state.phase = CardPhase::kReview;
            state.stability = gap;
            state.difficulty = 5;
            state.last_review_ms = t;
            state.due_ms = t + gap * kDay;
            state.reps = n + 1;
            reviews.push_back(
                {card.id,
                 state,
                 {t, forgot ? Rating::kAgain : Rating::kGood, "", !forgot, duration_ms}});
            gap = forgot ? 1 : gap * 2 + 1;
            t += gap * kDay;
        }
    }
    ASSERT_TRUE(collection.AppendReviews(reviews));
}

}  // namespace summit::testing
