// The rows statistics are computed from: fetched once from the collection (or built by hand in
// tests and benchmarks), then read by pure functions, one per chart.
#pragma once

#include <cstdint>
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "app/scheduler/day_rule.h"
#include "content/model/card.h"
#include "storage/records.h"

namespace summit::stats {

// One answer from the review log.
struct ReviewRow {
    int64_t card_id = 0;
    int64_t question_id = 0;  // 0 for a deleted card's review, which counts in the history only
    int64_t time_ms = 0;      // when it was answered, ms since the Unix epoch
    Rating rating = Rating::kGood;             // the button (or the grade an answer mapped to)
    bool correct = false;                      // the answer was right (for flashcards: not Again)
    int64_t duration_ms = 0;                   // time spent answering, ms
    CardPhase phase_before = CardPhase::kNew;  // the card's phase when it was asked
    int interval_before_days = 0;  // the card's scheduled_days when asked; < 21 means young
};

// The current state of one card.
struct CardRow {
    int64_t card_id = 0;
    int64_t question_id = 0;
    std::string topic;  // the question's topic tag; empty when it has none
    CardPhase phase = CardPhase::kNew;
    bool suspended = false;
    int64_t due_ms = 0;          // ms since the epoch
    double stability = 0;        // FSRS S in days; 0 for a new card
    double difficulty = 0;       // FSRS D in [1, 10]; 0 for a new card
    int64_t last_review_ms = 0;  // ms since the epoch; 0 when never reviewed
    int scheduled_days = 0;
    int reps = 0;
    int lapses = 0;
};

// What the hardest-questions list shows for a question. Optional: without it the list shows
// ids and topics only.
struct QuestionRow {
    int64_t question_id = 0;
    std::string guid;    // bank id + "/" + question id
    std::string prompt;  // the question's prompt (flashcard front)
};

// One finished quiz.
struct QuizRow {
    int64_t finished_ms = 0;  // ms since the epoch
    double score = 0;         // points earned
    double max_score = 0;     // points possible; 0 makes the percentage unknown
};

// The review log as its summary tables hold it (schema v9): what the review charts need,
// read in a few thousand rows instead of a million (FetchStatsSummaryInput).
struct ReviewSummary {
    // Quarter hours with answers from `first_quarter` on, oldest first. Each lies inside one
    // study day (FetchStatsSummaryInput checks).
    std::vector<storage::ReviewQuarter> quarters;
    int64_t first_quarter = 0;
    // Older quarter hours with answers, newest first: read only when a streak could reach
    // back past `first_quarter` (its first study day has answers).
    std::vector<int64_t> older_answered_quarters;
    // Answers per card over the whole log, cards of other decks or topics included.
    std::vector<storage::CardAnswerTotals> card_totals;
    // Review-phase answers since `first_quarter` that may be a card's second of a study day.
    std::vector<storage::SameDayCandidate> same_day;
};

// Returns the probability (0..1) that a card is recalled at `now_ms`.
using RetrievabilityFn = std::function<double(const CardRow& card, int64_t now_ms)>;

// Everything a report is computed from. Rows may come in any order.
// A question of the hardest-questions list (ComputeHardest).
struct HardQuestion {
    int64_t question_id = 0;
    std::string topic;
    std::string topic_title;  // the topic's title from its bank; empty when it has none
    std::string prompt;       // from input.questions (cloze gaps as blanks); empty when not given
    int lapses = 0;           // summed over the question's cards
    int reviews = 0;
    int correct = 0;

    std::optional<double> Accuracy() const;
    // Lapsed or answered wrong at least once: only such questions are worth listing as hard.
    bool Missed() const { return lapses > 0 || correct < reviews; }
};

// The hardest questions as FetchStatsSummaryInput ranked them (to know which prompts to read),
// with their prompts: ComputeReport reuses them for the same limit instead of ranking again.
struct RankedHardest {
    int limit = 0;
    std::vector<HardQuestion> questions;
};

struct StatsInput {
    std::vector<ReviewRow> reviews;        // empty when `summary` is set
    std::optional<ReviewSummary> summary;  // when set, the review charts read it, not reviews
    std::vector<CardRow> cards;
    std::vector<QuestionRow> questions;
    std::vector<QuizRow> quizzes;
    std::map<std::string, std::string> topic_titles;  // topic id -> the title its bank gives;
                                                      // topics without a title are absent
    int64_t now_ms = 0;  // the instant "today" is taken from, ms since the epoch
    study::DayRule day_rule{study::DayRule::kLocal, 4};  // local days starting at 4 am
    double desired_retention = 0.9;                      // 0..1; a card at or above is mastered
    double fsrs_decay = 0.1542;                          // FSRS-6 w20, used when no function set
    RetrievabilityFn retrievability;       // empty: the FSRS forgetting curve with fsrs_decay
    std::optional<RankedHardest> hardest;  // when set, ComputeHardest's answer for its limit
};

// The FSRS forgetting curve R(t, S) = (1 + F·t/S)^(-decay) with F = 0.9^(-1/decay) - 1, where t
// is the time since the last review in (fractional) days. New or never-reviewed cards and
// cards without stability have R = 0.
double FsrsRetrievability(const CardRow& card, int64_t now_ms, double decay);

// The retrievability `input` asks for: its function when set, else FsrsRetrievability.
double CardRetrievability(const StatsInput& input, const CardRow& card);

// A card that has been answered at least once and is not back in the new phase.
inline bool IsStudied(const CardRow& card) {
    return card.phase != CardPhase::kNew && card.last_review_ms > 0;
}

}  // namespace summit::stats
