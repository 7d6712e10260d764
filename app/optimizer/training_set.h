// The optimizer's view of a review log: each card's answers as (grade, whole days since the
// previous answer), and the training items fsrs-rs builds from them: one per answer on a
// later day than the card's previous answer, predicting that answer from everything before it
// (same-day answers included as inputs). Items sharing a card share their history, so the
// model runs once over each card and scores every item of it on the way.
#pragma once

#include <cstdint>
#include <span>
#include <vector>

#include "app/scheduler/day_rule.h"
#include "content/model/error.h"

namespace summit::optimizer {

// One answer from a review log.
struct ReviewEvent {
    int64_t card_id = 0;
    int64_t time_ms = 0;        // ms since the epoch (UTC)
    int grade = 3;              // 1 Again, 2 Hard, 3 Good, 4 Easy
    bool card_was_new = false;  // the card was new (or reset to new) before this answer
};

// fsrs-rs drops items with a longer history than this (max_seq_len).
inline constexpr int kMaxReviewsPerItem = 256;

struct SequenceStep {
    int32_t elapsed_days = 0;  // whole days since the card's previous answer; 0 for the first
    int8_t grade = 3;          // 1..4
    int32_t item = -1;         // the item this answer is the label of, or -1
};

struct TrainingItem {
    uint32_t card = 0;  // index into TrainingSet::card_starts
    uint32_t step = 0;  // index into TrainingSet::steps of the answer predicted
    bool recalled = false;
    bool first_long_term = false;  // the card's first answer on a later day than its first
    int8_t first_grade = 3;        // grade of the card's first answer
    uint64_t bin = 0;              // srs-benchmark's RMSE bin (interval, length, lapses)
};

struct TrainingSet {
    std::vector<SequenceStep> steps;    // every card's answers, card after card
    std::vector<uint32_t> card_starts;  // card c is steps[card_starts[c], card_starts[c + 1])
    std::vector<TrainingItem> items;    // in time order of the answer they predict
    int64_t review_count = 0;           // answers read, in the cards kept

    size_t card_count() const { return card_starts.empty() ? 0 : card_starts.size() - 1; }
};

// Builds the set from a log in any order. A card's sequence starts at its last answer given
// while it was new (history before a reset is not this memory's); cards never seen new are
// left out, as fsrs-rs leaves out incomplete histories. Days are counted by `day_rule`.
// Errors (kInvalidArgument): a grade outside 1..4.
[[nodiscard]] Result<TrainingSet> BuildTrainingSet(std::span<const ReviewEvent> events,
                                                   const study::DayRule& day_rule);

// Appends one card given at day level (a row of the day-level TSV): its answers as days since
// the previous answer and grades, then for every answer k the days to answer k + 1 and whether
// that was recalled. The answer after the last exists only as its label. Items are ordered as
// they are appended. Errors (kInvalidArgument): unequal lengths, a grade outside 1..4.
[[nodiscard]] Status AppendDayLevelCard(TrainingSet& set, std::span<const int> elapsed_days,
                                        std::span<const int> grades,
                                        std::span<const int> next_elapsed_days,
                                        std::span<const int> recalled);

// The items [0, count) of `set` in time order, the order fsrs-rs trains in.
std::vector<uint32_t> FirstItems(const TrainingSet& set, size_t count);

// fsrs-rs' outlier filter over the items listed in `items`: among first-long-term items,
// grouped by (first grade, days), the rarest groups are dropped up to max(20, 5 %) of that
// grade's items, then groups with fewer than 6 items or longer than 100 days (365 for Easy);
// every item whose card's (first grade, first long-term interval) was dropped goes with it.
// Returns, per item of `set`, whether it is listed and stays.
std::vector<bool> OutlierFilter(const TrainingSet& set, std::span<const uint32_t> items);

// The items fsrs-rs' evaluation scores, in the order its recency weights follow: the outlier
// filter applied to every item, then the kept first-long-term items grouped by first grade
// (Again first) and within a grade by group, smallest group first (shorter interval first on a
// tie), each group in time order; then every other kept item in time order. (The reference
// figures of the official optimizer come from scoring the items in this order.)
std::vector<uint32_t> ScoringOrder(const TrainingSet& set);

}  // namespace summit::optimizer
