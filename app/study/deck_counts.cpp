// Deck counts capped by the daily limits, the same arithmetic BuildQueue applies.
#include "app/study/deck_counts.h"

#include <algorithm>

#include "app/decks/deck_settings_store.h"
#include "app/study/queue.h"
#include "content/model/deck_name.h"

namespace summit::study {

namespace {

// Adds the raw counts of every deck in `deck`'s tree (itself included) from `decks`.
storage::DeckSummary SumTree(const std::vector<storage::DeckSummary>& decks,
                             const storage::DeckSummary& deck) {
    storage::DeckSummary tree = deck;
    for (const storage::DeckSummary& other : decks) {
        if (other.id == deck.id || !content::IsDeckInTree(other.name, deck.name)) {
            continue;
        }
        tree.question_count += other.question_count;
        tree.card_count += other.card_count;
        tree.new_count += other.new_count;
        tree.learning_count += other.learning_count;
        tree.due_count += other.due_count;
    }
    return tree;
}

// True when another listed deck is an ancestor of `deck` (its counts are already in that
// ancestor's). A deck named "A::B" by an older Summit may have no "A".
bool HasListedAncestor(const std::vector<storage::DeckSummary>& decks,
                       const storage::DeckSummary& deck) {
    return std::any_of(decks.begin(), decks.end(), [&](const storage::DeckSummary& other) {
        return other.id != deck.id && content::IsDeckInTree(deck.name, other.name);
    });
}

}  // namespace

Result<std::vector<storage::DeckSummary>> ListDecksForToday(const storage::Collection& collection,
                                                            int64_t now_ms,
                                                            storage::DeckCounts counts) {
    auto defaults = LoadDeckSettings(collection, std::nullopt);
    if (!defaults) {
        return Fail(defaults.error());
    }
    auto own = collection.ListDecks(now_ms, NextDayStartMs(now_ms, defaults->Day()), counts);
    if (!own) {
        return Fail(own.error());
    }
    std::vector<storage::DeckSummary> decks;
    decks.reserve(own->size());
    for (const storage::DeckSummary& row : *own) {
        storage::DeckSummary deck = SumTree(*own, row);
        auto settings = LoadDeckSettings(collection, deck.id);
        if (!settings) {
            return Fail(settings.error());
        }
        // The log of the whole tree, as FetchQueue counts it for the same deck.
        auto today = collection.CountReviewsTowardLimit(
            deck.id, StudyDayStartMs(now_ms, settings->Day()), now_ms, settings->reviews_per_day);
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
        decks.push_back(std::move(deck));
    }
    std::stable_sort(decks.begin(), decks.end(), [](const auto& a, const auto& b) {
        return content::DeckTreeLess(a.name, b.name);
    });
    return decks;
}

Result<TodayCounts> CountToday(const storage::Collection& collection,
                               std::optional<storage::DeckId> deck, int64_t now_ms) {
    auto decks = ListDecksForToday(collection, now_ms, storage::DeckCounts::kStudy);
    if (!decks) {
        return Fail(decks.error());
    }
    TodayCounts counts;
    bool found = !deck.has_value();
    for (const storage::DeckSummary& row : *decks) {
        // One deck's row already holds its tree; every deck sums the top-level trees.
        if (deck ? row.id != *deck : HasListedAncestor(*decks, row)) {
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
