// Deck counts capped by the daily limits, the same arithmetic BuildQueue applies.
#include "app/study/deck_counts.h"

#include <algorithm>

#include "app/decks/deck_settings_store.h"
#include "app/study/queue.h"

namespace summit::study {

Result<std::vector<storage::DeckSummary>> ListDecksForToday(const storage::Collection& collection,
                                                            int64_t now_ms) {
    auto defaults = LoadDeckSettings(collection, std::nullopt);
    if (!defaults) {
        return Fail(defaults.error());
    }
    auto decks = collection.ListDecks(now_ms, NextDayStartMs(now_ms, defaults->Day()));
    if (!decks) {
        return Fail(decks.error());
    }
    for (storage::DeckSummary& deck : *decks) {
        auto settings = LoadDeckSettings(collection, deck.id);
        if (!settings) {
            return Fail(settings.error());
        }
        auto today =
            collection.CountReviewsSince(deck.id, StudyDayStartMs(now_ms, settings->Day()), now_ms);
        if (!today) {
            return Fail(today.error());
        }
        const int new_today = today->Count(CardPhase::kNew);
        const int reviews_today = today->Count(CardPhase::kReview);
        // Reviews take the daily room first; new cards get what is left of both limits.
        const int room = std::max(0, settings->reviews_per_day - reviews_today - new_today);
        deck.due_count = std::min(deck.due_count, room);
        deck.new_count = std::min({deck.new_count, std::max(0, settings->new_per_day - new_today),
                                   room - deck.due_count});
    }
    return std::move(*decks);
}

Result<TodayCounts> CountToday(const storage::Collection& collection,
                               std::optional<storage::DeckId> deck, int64_t now_ms) {
    auto decks = ListDecksForToday(collection, now_ms);
    if (!decks) {
        return Fail(decks.error());
    }
    TodayCounts counts;
    bool found = !deck.has_value();
    for (const storage::DeckSummary& row : *decks) {
        if (deck && row.id != *deck) {
            continue;
        }
        found = true;
        counts.fresh += row.new_count;
        counts.learning += row.learning_count;
        counts.review += row.due_count;
    }
    if (!found) {
        return Fail(ErrorCode::kNotFound, "no deck with id " + std::to_string(deck->value));
    }
    return counts;
}

}  // namespace summit::study
