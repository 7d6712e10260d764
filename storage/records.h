// Plain rows the collection returns and accepts. No SQLite types leak through these.
#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "content/model/card.h"
#include "content/model/question.h"
#include "storage/ids.h"

namespace summit::storage {

enum class SchedulerKind { kFsrs, kSm2 };

// Which counts Collection::ListDecks reads.
enum class DeckCounts {
    kAll,    // every count of DeckSummary
    kStudy,  // all but card_count: what the home screen shows
};

// One line of the deck list, with the counts the home screen shows.
struct DeckSummary {
    DeckId id;
    std::string name;
    SchedulerKind scheduler = SchedulerKind::kFsrs;
    int question_count = 0;
    int card_count = 0;      // every card, including suspended and buried ones
    int new_count = 0;       // phase new, not suspended or buried
    int learning_count = 0;  // learning or relearning, due before the next day starts
    int due_count = 0;       // review phase, due before the next day starts
};

struct QuestionRow {
    QuestionId id;
    std::string guid;  // "<bank id>/<question id>"
    std::string deck;
    content::QuestionType type = content::QuestionType::kFlashcard;
    std::string prompt;
    std::string topic;
    int64_t created_ms = 0;   // ms since the epoch (UTC)
    int64_t modified_ms = 0;  // last import that changed the question's content
};

// A card with its question, as the scheduler and the queue consume it.
struct StudyCard {
    CardId id;
    QuestionId question_id;
    DeckId deck_id;
    int ordinal = 0;  // 0 = the question as written; 1 = back -> front of a reversible flashcard
    std::string guid;
    CardState state;
    bool suspended = false;
    int64_t buried_until_ms = 0;  // hidden from the queue until then; 0 when not buried
    content::Question question;
};

// A card as statistics read it (Collection::ReadCardStates): its state and its question's
// topic, nothing of the question's text.
struct CardStateRow {
    CardId id;
    QuestionId question_id;
    std::string topic;  // the question's topic tag; empty when it has none
    CardState state;
    bool suspended = false;
};

enum class CardSelection {
    kDue,  // learning, review and relearning cards due before `due_before_ms`, soonest first
    kNew,  // new cards in the order they were added
    kAll,  // every card, in the order they were added (browsing, exports)
};

struct CardQuery {
    std::optional<DeckId> deck;  // nullopt = every deck
    CardSelection selection = CardSelection::kDue;
    int64_t due_before_ms = 0;       // kDue only: due_ms < this
    int64_t now_ms = 0;              // cards buried until after this are left out
    int limit = -1;                  // at most this many; -1 = no limit
    bool include_suspended = false;  // also return suspended and buried cards
    // false: StudyCard::question gets only id, type, prompt, topic and, when the question
    // names a source paragraph, source (paragraph and article), read from columns without
    // decoding the question JSON (the queue, and statistics over many cards)
    bool full_questions = true;

    static CardQuery Due(std::optional<DeckId> deck, int64_t due_before_ms, int64_t now_ms) {
        return {deck, CardSelection::kDue, due_before_ms, now_ms, -1, false};
    }
    static CardQuery New(std::optional<DeckId> deck, int64_t now_ms) {
        return {deck, CardSelection::kNew, 0, now_ms, -1, false};
    }
    // Every card, suspended and buried ones included.
    static CardQuery All(std::optional<DeckId> deck = {}) {
        return {deck, CardSelection::kAll, 0, 0, -1, true};
    }
};

// What the study queue reads (Collection::LoadQueueRows): cards that may be asked today.
struct QueueRowQuery {
    std::optional<DeckId> deck;        // nullopt = every deck
    std::optional<std::string> topic;  // nullopt = every topic; else exact topic id
    int64_t now_ms = 0;                // cards buried until after this are left out
    // Learning and relearning cards due before this, and those on a day-scale step
    // (scheduled_days >= 1) due before review_due_before_ms.
    int64_t learning_due_before_ms = 0;
    int64_t review_due_before_ms = 0;  // review cards due before this (the next day start)
    // Review ranking: the first instant of the current study day; elapsed days since a
    // review are counted from it in whole 24-hour days (FSRS cards), or from now_ms (cards
    // without stability, whose last interval stands in for it).
    int64_t day_start_ms = 0;
    int review_limit = -1;  // at most this many reviews, most at risk first; -1 = all
    int new_limit = -1;     // at most this many new cards, in the order added; -1 = all
};

// One card as the queue reads it: ids, keys and scheduling state, no question text. Only
// phase, due_ms, last_review_ms, stability and scheduled_days of `state` are read.
struct QueueRow {
    CardId id;
    QuestionId question_id;
    uint64_t source_key = 0;  // see storage/source_key.h; 0 = no source point
    CardState state;
    int64_t buried_until_ms = 0;
};

struct QueueRows {
    std::vector<QueueRow> rows;  // learning, then reviews (most at risk first), then new
    int review_due_total = 0;    // unsuspended, unburied reviews due, before review_limit
};

// What a review adds to the log, besides the card state before and after it.
struct ReviewRecord {
    int64_t time_ms = 0;  // when it was answered, ms since the epoch (UTC)
    Rating rating = Rating::kGood;
    std::string answer;  // what the learner gave; empty for self-rated flashcards
    bool correct = false;
    int64_t duration_ms = 0;  // time spent answering
};

// One review for Collection::AppendReviews: the card, its state after the review, the review.
struct ReviewAppend {
    CardId card;
    CardState new_state;
    ReviewRecord review;
};

// One row of the review log, as statistics read it (no answer text or snapshot).
struct ReviewRow {
    ReviewId id;
    CardId card_id;
    QuestionId question_id;
    DeckId deck_id;
    int64_t time_ms = 0;
    Rating rating = Rating::kGood;
    bool correct = false;
    int64_t duration_ms = 0;
    CardPhase phase_before = CardPhase::kNew;
    CardPhase phase_after = CardPhase::kNew;
    int scheduled_days_before = 0;        // the card's scheduled interval when it was asked, days
    std::optional<int64_t> shuffle_seed;  // as RecordReview got it; nullopt before schema v5
};

// One review as a bulk statistics read returns it: no ids beyond the card's, so the log is
// read without joins. The caller maps cards to questions and decks.
struct ReviewEntry {
    CardId card_id;
    int64_t time_ms = 0;  // ms since the epoch (UTC)
    Rating rating = Rating::kGood;
    bool correct = false;
    int64_t duration_ms = 0;
    CardPhase phase_before = CardPhase::kNew;
    CardPhase phase_after = CardPhase::kNew;
    int scheduled_days_before = 0;  // the card's scheduled interval when it was asked, days
};

// One quarter hour of the review log's summary (table review_quarters, schema v9): what
// statistics need of the answers given in [quarter * 15 min, (quarter + 1) * 15 min) UTC.
struct ReviewQuarter {
    static constexpr int64_t kMs = 900'000;
    int64_t quarter = 0;  // floor(time_ms / kMs)
    int64_t answers = 0;
    int64_t correct = 0;
    int64_t duration_ms = 0;
    std::array<int64_t, 4> by_phase{};  // by the card's phase before: new .. relearning
    // [learning, young, mature][rating - 1]: learning = asked while new, learning or
    // relearning; young / mature = review phase with an interval under / at least 21 days.
    std::array<std::array<int64_t, 4>, 3> buttons{};
};

// Answers per card over the whole log (review_card_totals).
struct CardAnswerTotals {
    CardId card_id;
    int64_t answers = 0;
    int64_t correct = 0;
};

// A review-phase answer recorded within 26 hours of another of the same card
// (review_same_day): true retention keeps only the first of a card's answers on a study day.
struct SameDayCandidate {
    CardId card_id;
    ReviewId review_id;
    int64_t time_ms = 0;
    bool young = false;   // interval before under 21 days
    bool failed = false;  // rated Again
};

// What the learner gave in one review (Collection::ReadReviewAnswers), for reports that show
// which answer was chosen.
struct ReviewAnswer {
    ReviewId review_id;
    std::string answer;  // as ReviewRecord::answer; empty for self-rated reviews
};

// Reviews in a time range counted by the card's phase before them (index: CardPhase).
struct ReviewCounts {
    int by_phase_before[4] = {0, 0, 0, 0};

    int Count(CardPhase phase) const { return by_phase_before[static_cast<int>(phase)]; }
};

struct UndoneReview {
    ReviewId review_id;
    CardId card_id;
    CardState restored;  // the card state now in the collection, as before that review
};

struct QuizAttempt {
    QuizAttemptId id;  // ignored by InsertQuizAttempt
    int64_t started_ms = 0;
    int64_t finished_ms = 0;           // 0 while unfinished
    std::string settings_json = "{}";  // how the quiz was set up (deck, count, types, ...)
    double score = 0;
    double max_score = 0;
    std::string results_json = "[]";  // per-question results, as the quiz layer defines them
};

enum class ImportAction { kAdded, kUpdated, kUnchanged, kKept };

struct ImportLine {
    std::string guid;
    ImportAction action = ImportAction::kAdded;
};

struct ImportReport {
    DeckId deck_id;
    std::string deck;
    bool deck_created = false;
    int added = 0;      // new questions
    int updated = 0;    // questions whose content changed; cards and history kept
    int unchanged = 0;  // identical to what the collection holds
    int kept = 0;       // in the collection from this bank but no longer in it; not deleted
    int cards_added = 0;
    std::vector<ImportLine> lines;  // one per added, updated or kept question
};

// A card found by its question's GUID (Collection::ListCardsByGuidPrefix).
struct GuidCard {
    std::string guid;
    int ordinal = 0;
    CardId id;
};

// One card's history from another program (Collection::ImportCardHistories).
struct ImportedCardHistory {
    CardId card;
    std::vector<ReviewAppend> reviews;  // oldest first; each time_ms identifies the review
    CardState state;                    // the card after its history
    bool suspended = false;
    int64_t buried_until_ms = 0;
};

struct HistoryImportReport {
    int64_t reviews_added = 0;
    int64_t reviews_present = 0;  // already in the log from an earlier import
    int cards_updated = 0;        // state set from the imported history
    int cards_kept = 0;           // left alone: studied in Summit after the imported history
};

// What a collection holds (Collection::Counts).
// The collection file's size, and how much of it SQLite keeps free for reuse: pages emptied by
// deletions, which the file never gives back by itself.
struct FileSpace {
    int64_t file_bytes = 0;
    int64_t free_bytes = 0;
};

struct CollectionCounts {
    int64_t questions = 0;
    int64_t cards = 0;
    int64_t reviews = 0;
};

// One kind of problem Check Collection looks for, and how many rows have it.
struct CheckFinding {
    std::string what;         // "reviews of cards that do not exist"
    int64_t count = 0;        // rows found; 0 when the check passed
    bool repairable = false;  // --repair can fix it without guessing
    bool repaired = false;    // fixed by this run
};

struct CheckReport {
    std::vector<std::string> integrity;  // PRAGMA integrity_check lines; empty when sound
    std::vector<CheckFinding> findings;  // every check that was run, in order

    bool Clean() const {
        if (!integrity.empty()) {
            return false;
        }
        for (const CheckFinding& finding : findings) {
            if (finding.count > 0 && !finding.repaired) {
                return false;
            }
        }
        return true;
    }
};

// The instants the browser's search measures is:due, is:buried, prop:due and rated: from, ms
// since the epoch (the caller applies the study day's rules).
struct SearchClock {
    int64_t now_ms = 0;             // buried until after this = buried
    int64_t day_start_ms = 0;       // the first instant of today's study day
    int64_t next_day_start_ms = 0;  // due before this = due today
};

// The browser's columns; each sorts in SQL (Collection::SearchCards).
enum class BrowseColumn {
    kPrompt,    // the question's prompt
    kType,      // its type name
    kDeck,      // its deck's full name
    kTopic,     // its topic id
    kTags,      // its tags, as stored (a JSON array)
    kDue,       // the card's due time; new cards last
    kInterval,  // the scheduled interval, days
    kEase,      // SM-2 ease for SM-2 decks, FSRS difficulty otherwise
    kLapses,    // times forgotten
    kReviews,   // times reviewed
    kCreated,   // when the question was added (then card order)
};
inline constexpr int kBrowseColumnCount = 11;

// One search of the browser (docs/search.md).
struct BrowseQuery {
    std::string search;                          // the query; empty or blank finds every card
    SearchClock clock;                           // what "today" is for the query
    BrowseColumn sort = BrowseColumn::kCreated;  // the order of the result
    bool descending = false;                     // largest first (ties stay in card order)
};

// One card as the browser's table shows it.
struct BrowseRow {
    CardId card_id;
    QuestionId question_id;
    DeckId deck_id;
    int ordinal = 0;   // 1: the reverse card of a reversible flashcard
    std::string guid;  // the question's, "<bank id>/<question id>"
    content::QuestionType type = content::QuestionType::kFlashcard;
    std::string prompt;
    std::string deck;
    std::string topic;
    std::vector<std::string> tags;
    SchedulerKind scheduler = SchedulerKind::kFsrs;  // the deck's
    CardState state;
    bool suspended = false;
    int64_t buried_until_ms = 0;
    int64_t created_ms = 0;  // when the question was added, ms since the epoch
};

// What a bulk action of the browser does (Collection::ApplyBulk).
enum class BulkKind {
    kMoveToDeck,       // the questions move to `deck` (their cards follow)
    kAddTag,           // the questions get tag `text` (once)
    kRemoveTag,        // the questions lose tag `text`
    kSetTopic,         // the questions' topic becomes `text` ("" clears it)
    kSuspend,          // the cards are suspended
    kUnsuspend,        // the cards are no longer suspended
    kBury,             // the cards are hidden from the queue until `until_ms`
    kResetScheduling,  // the cards become new; review history and counts are kept
    kDelete,           // the questions, all their cards and their review history are deleted
};

struct BulkAction {
    BulkKind kind = BulkKind::kSuspend;
    DeckId deck;           // kMoveToDeck
    std::string text;      // kAddTag, kRemoveTag, kSetTopic
    int64_t until_ms = 0;  // kBury
};

// What DeleteDeck removed: the deck with its subdecks and their questions (with their cards).
// `reviews` counts those cards' reviews, which the log keeps as history.
struct DeckDeletion {
    std::string name;  // the deleted deck's name
    int64_t decks = 0;
    int64_t questions = 0;
    int64_t reviews = 0;
};

// What ApplyBulk changed.
struct BulkResult {
    int questions = 0;  // questions the action applied to
    int cards = 0;      // cards the action applied to
};

// An image kept in the collection (media_store.cpp).
struct MediaBlob {
    std::string bytes;
    std::string mime;  // "image/png", "image/jpeg" or "image/gif", from the bytes

    bool operator==(const MediaBlob&) const = default;
};

}  // namespace summit::storage
