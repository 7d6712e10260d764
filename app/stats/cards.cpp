// Card-level statistics: states, answer buttons, retrievability and estimated knowledge.
#include <algorithm>
#include <cmath>

#include "app/stats/charts.h"
#include "app/stats/summary_charts.h"

namespace summit::stats {

double FsrsRetrievability(const CardRow& card, int64_t now_ms, double decay) {
    if (!IsStudied(card) || card.stability <= 0 || decay <= 0) {
        return 0;
    }
    const double elapsed_days = std::max<int64_t>(0, now_ms - card.last_review_ms) / 86'400'000.0;
    // F is chosen so that R = 0.9 exactly when the elapsed time equals the stability.
    const double factor = std::pow(0.9, -1.0 / decay) - 1.0;
    return std::pow(1.0 + factor * elapsed_days / card.stability, -decay);
}

double CardRetrievability(const StatsInput& input, const CardRow& card) {
    if (input.retrievability) {
        return input.retrievability(card, input.now_ms);
    }
    return FsrsRetrievability(card, input.now_ms, input.fsrs_decay);
}

CardStates ComputeCardStates(const StatsInput& input) {
    CardStates states;
    for (const CardRow& card : input.cards) {
        if (card.suspended) {
            ++states.suspended;
            continue;
        }
        switch (card.phase) {
            case CardPhase::kNew:
                ++states.new_cards;
                break;
            case CardPhase::kLearning:
                ++states.learning;
                break;
            case CardPhase::kReview:
                ++states.review;
                break;
            case CardPhase::kRelearning:
                ++states.relearning;
                break;
        }
    }
    return states;
}

AnswerButtons ComputeAnswerButtons(const StatsInput& input, const DayIndex& days, int window_days) {
    if (input.summary) {
        return SummaryAnswerButtons(input, *input.summary, days, window_days);
    }
    AnswerButtons buttons;
    if (window_days <= 0) {
        return buttons;
    }
    const int64_t today = days.Day(input.now_ms);
    const int64_t begin = days.StartMs(today - window_days + 1);
    const int64_t end = days.StartMs(today + 1);
    for (const ReviewRow& review : input.reviews) {
        if (review.time_ms < begin || review.time_ms >= end) {
            continue;
        }
        const int rating = static_cast<int>(review.rating);
        if (rating < 1 || rating > 4) {
            continue;
        }
        ButtonGroup group = kGroupLearning;
        if (review.phase_before == CardPhase::kReview) {
            group = review.interval_before_days < kYoungMatureDays ? kGroupYoung : kGroupMature;
        }
        ++buttons.counts[static_cast<size_t>(group)][static_cast<size_t>(rating - 1)];
    }
    return buttons;
}

Knowledge ComputeKnowledge(const StatsInput& input) {
    Knowledge knowledge;
    for (const CardRow& card : input.cards) {
        if (!IsStudied(card)) {
            continue;
        }
        ++knowledge.studied_cards;
        knowledge.estimated_known += CardRetrievability(input, card);
    }
    return knowledge;
}

}  // namespace summit::stats
