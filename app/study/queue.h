// The study queue: which cards to ask next, in what order, and why. BuildQueue is a pure
// function over card rows fetched once, so the rules are testable and fast; FetchQueue reads
// those rows from the collection. The rules are documented in docs/queue.md.
#pragma once

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "app/decks/deck_settings_store.h"
#include "app/scheduler/day_rule.h"
#include "app/scheduler/fsrs.h"
#include "content/model/card.h"
#include "content/model/error.h"
#include "storage/collection.h"
#include "storage/ids.h"

namespace summit::study {

// Why a card is in the queue.
enum class QueueReason {
    kLearning,  // a learning or relearning card that is due now
    kReview,    // a review card due before the next study day starts
    kNew,       // a new card, within today's new and review limits
    kAhead,     // a learning card due within the learn-ahead window, asked early when idle
};

// "learning", "review", "new", "ahead".
const char* QueueReasonName(QueueReason reason);

// One card as the queue sees it. Two cards are "related" when they share `question_key` (the
// directions of one question) or share a non-zero `source_key` (the same source point: bank,
// article, paragraph and topic). Keys are opaque; only equality matters.
struct QueueCard {
    storage::CardId card_id;
    uint64_t question_key = 0;  // equal for the cards of one question; 0 = unique
    uint64_t source_key = 0;    // equal for questions from one source point; 0 = none
    CardState state;
    bool suspended = false;
    bool buried = false;
    int64_t position = 0;  // order of new cards (import order); ties broken by card_id
};

// True when `a` and `b` must not be asked back to back.
bool Related(const QueueCard& a, const QueueCard& b);

// What has been studied so far in the current study day, counted from the review log.
struct StudiedToday {
    int new_cards = 0;  // cards whose first review (a review of a new card) was today
    int reviews = 0;    // answers given today to cards in the review phase
};

struct QueueOptions {
    int64_t now_ms = 0;                    // the fixed clock: ms since the Unix epoch
    int64_t next_day_start_ms = 0;         // first instant of the next study day (NextDayStartMs)
    int64_t learn_ahead_ms = 20 * 60'000;  // learning cards due this soon may be asked when idle
    int new_per_day = 20;                  // the deck's daily new-card limit
    int reviews_per_day = 200;             // the deck's daily limit on review + new cards
    StudiedToday studied_today;            // subtracted from the two limits
    // Predicted recall now, 0..1, for a review card; lower is asked first. When empty the
    // order falls back to the earliest due time.
    std::function<double(const CardState&)> retrievability;
    // The card just answered, if any: the first card of the queue is not related to it.
    std::optional<QueueCard> previous;
};

struct QueueEntry {
    storage::CardId card_id;
    QueueReason reason = QueueReason::kNew;

    bool operator==(const QueueEntry&) const = default;
};

// Counts are of entries by reason, except the last two. FetchQueue without a topic filter
// reads at most today's room of new cards, so there new_available is capped by that room.
struct StudyQueue {
    std::vector<QueueEntry> entries;  // in the order to ask them
    int learning = 0;                 // kLearning entries
    int review = 0;                   // kReview entries
    int fresh = 0;                    // kNew entries
    int ahead = 0;                    // kAhead entries
    int review_due_total = 0;         // review cards due today before the limit was applied
    int new_available = 0;            // unsuspended new cards before the limits
};

// Orders `cards` for study at `options.now_ms`:
//  1. learning/relearning cards that are due, earliest due first;
//  2. review cards due before the next day start, lowest retrievability first, with new cards
//     (by position) spread evenly between them;
//  3. only when 1 and 2 are empty: learning cards due within the learn-ahead window.
// New cards are capped by new_per_day - studied_today.new_cards; review plus new cards by
// reviews_per_day - studied_today.reviews - studied_today.new_cards (reviews take the room
// first). Learning cards are never capped. Suspended and buried cards are left out. Related
// cards are then moved apart where another card can go between them. Pure: no I/O.
StudyQueue BuildQueue(const std::vector<QueueCard>& cards, const QueueOptions& options);

// Predicted recall of `state` at `now_ms`: FSRS's from its stability, or, for a card without
// stability (SM-2), from its last interval standing in for the stability.
double PredictedRecall(const FsrsScheduler& scheduler, const CardState& state, int64_t now_ms);

// The first instant of the study day containing `now_ms` (the mirror of NextDayStartMs).
int64_t StudyDayStartMs(int64_t now_ms, const DayRule& rule);

// QueueOptions for a deck's settings at `now_ms`: the next day start from its rollover hour,
// its limits and learn-ahead window, and `studied` subtracted. No retrievability is set.
QueueOptions MakeQueueOptions(const DeckSettings& settings, int64_t now_ms, StudiedToday studied);

// What to study: one deck or every deck, optionally narrowed to one topic id.
struct QueueSelection {
    std::optional<storage::DeckId> deck;  // nullopt = every deck (the default settings apply)
    std::optional<std::string> topic;     // nullopt = every topic; else exact topic id
};

// The keys that make cards related (see QueueCard): the question's row id, and a hash of bank
// id + source article + source paragraph + topic when the question names a source paragraph.
QueueCard ToQueueCard(const storage::StudyCard& card, int64_t position, int64_t now_ms);

// Reads the selection's cards and today's review log, loads the deck's settings (the default
// entry for every deck) and builds the queue at `now_ms` with the deck's retrievability.
// Errors: kNotFound for an unknown deck; those of the collection reads, LoadDeckSettings and
// MakeScheduler.
[[nodiscard]] Result<StudyQueue> FetchQueue(const storage::Collection& collection,
                                            const QueueSelection& selection, int64_t now_ms);

}  // namespace summit::study
