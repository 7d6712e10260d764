// Answering, undo and button intervals over the collection, with the deck's scheduler.
#include "app/study/answering.h"

#include <algorithm>
#include <cstdio>
#include <memory>
#include <utility>

#include "app/decks/deck_settings_store.h"
#include "app/scheduler/scheduler.h"

namespace summit::study {
namespace {

constexpr int64_t kMsPerMinute = 60'000;
constexpr int64_t kMsPerHour = 60 * kMsPerMinute;
constexpr int64_t kMsPerDay = 24 * kMsPerHour;

struct LoadedCard {
    storage::StudyCard card;
    std::unique_ptr<Scheduler> scheduler;
};

Result<LoadedCard> LoadWithScheduler(const storage::Collection& collection, storage::CardId id) {
    auto card = collection.GetCard(id);
    if (!card) {
        return std::unexpected(card.error());
    }
    auto settings = LoadDeckSettings(collection, card->deck_id);
    if (!settings) {
        return std::unexpected(settings.error());
    }
    auto scheduler = MakeScheduler(*settings);
    if (!scheduler) {
        return std::unexpected(scheduler.error());
    }
    return LoadedCard{std::move(*card), std::move(*scheduler)};
}

bool ValidRating(Rating rating) {
    const int value = static_cast<int>(rating);
    return value >= 1 && value <= 4;
}

// "2.5" or "2" for a value shown with at most one decimal.
std::string OneDecimal(double value) {
    char text[32];
    std::snprintf(text, sizeof text, "%.1f", value);
    std::string result = text;
    if (result.size() > 2 && result.ends_with(".0")) {
        result.resize(result.size() - 2);
    }
    return result;
}

}  // namespace

Result<AnswerOutcome> AnswerCard(storage::Collection& collection, storage::CardId card,
                                 Rating rating, int64_t now_ms, const ReviewDetails& details,
                                 std::optional<uint32_t> shuffle_seed) {
    if (!ValidRating(rating)) {
        return Fail(ErrorCode::kInvalidArgument,
                    "rating " + std::to_string(static_cast<int>(rating)) + " is not 1..4");
    }
    if (details.duration_ms < 0) {
        return Fail(ErrorCode::kInvalidArgument,
                    "answer duration " + std::to_string(details.duration_ms) + " ms is negative");
    }
    // Reading the card inside the transaction means no other writer can change it between
    // computing the next state and storing it.
    return collection.Transact([&]() -> Result<AnswerOutcome> {
        auto loaded = LoadWithScheduler(collection, card);
        if (!loaded) {
            return std::unexpected(loaded.error());
        }
        AnswerOutcome outcome;
        outcome.card = card;
        outcome.before = loaded->card.state;
        outcome.after = loaded->scheduler->Next(outcome.before, now_ms, rating);
        storage::ReviewRecord record;
        record.time_ms = now_ms;
        record.rating = rating;
        record.answer = details.answer;
        record.correct = details.correct;
        record.duration_ms = details.duration_ms;
        std::optional<int64_t> seed;
        if (shuffle_seed) {
            seed = static_cast<int64_t>(*shuffle_seed);
        }
        auto review = collection.RecordReview(card, outcome.after, record, seed);
        if (!review) {
            return std::unexpected(review.error());
        }
        outcome.review = *review;
        return outcome;
    });
}

Result<std::vector<storage::UndoneReview>> UndoReviews(storage::Collection& collection, int steps) {
    if (steps < 1) {
        return Fail(ErrorCode::kInvalidArgument,
                    "cannot undo " + std::to_string(steps) + " reviews; give 1 or more");
    }
    return collection.Transact([&]() -> Result<std::vector<storage::UndoneReview>> {
        std::vector<storage::UndoneReview> undone;
        for (int i = 0; i < steps; ++i) {
            auto one = collection.UndoLastReview();
            if (!one) {
                Error error = one.error();
                if (error.code == ErrorCode::kConflict) {
                    error.message = "only " + std::to_string(i) + " of " + std::to_string(steps) +
                                    " reviews can be undone";
                }
                return std::unexpected(std::move(error));
            }
            undone.push_back(*one);
        }
        return undone;
    });
}

Result<std::array<NextInterval, 4>> NextIntervals(const storage::Collection& collection,
                                                  storage::CardId card, int64_t now_ms) {
    auto loaded = LoadWithScheduler(collection, card);
    if (!loaded) {
        return std::unexpected(loaded.error());
    }
    const std::array<CardState, 4> states = loaded->scheduler->Preview(loaded->card.state, now_ms);
    std::array<NextInterval, 4> intervals;
    for (size_t i = 0; i < states.size(); ++i) {
        NextInterval& next = intervals[i];
        next.rating = static_cast<Rating>(i + 1);
        next.state = states[i];
        next.interval_ms = std::max<int64_t>(0, states[i].due_ms - now_ms);
        next.text = IntervalText(next.interval_ms);
    }
    return intervals;
}

std::string IntervalText(int64_t interval_ms) {
    if (interval_ms < kMsPerMinute) {
        return "<1m";
    }
    if (interval_ms < kMsPerHour) {
        return std::to_string(interval_ms / kMsPerMinute) + "m";
    }
    if (interval_ms < kMsPerDay) {
        return std::to_string(interval_ms / kMsPerHour) + "h";
    }
    const double days = static_cast<double>(interval_ms) / static_cast<double>(kMsPerDay);
    if (days < 30) {
        return std::to_string(static_cast<int64_t>(days + 0.5)) + "d";
    }
    if (days < 365) {
        const double months = days / 30;
        return (months < 10 ? OneDecimal(months) : std::to_string(static_cast<int>(months))) + "mo";
    }
    const double years = days / 365;
    return (years < 10 ? OneDecimal(years) : std::to_string(static_cast<int64_t>(years))) + "y";
}

}  // namespace summit::study
