// Internal: the SQL of the review log's summaries (schema v9) that more than one place needs:
// the triggers' bodies, which later steps recreate under a WHEN clause, and the quarter-hour
// counters, which a bulk writer that keeps the summaries itself sums over a set of reviews.
// Frozen with schema v9: the triggers stored in every collection are built from this text.
#pragma once

#include <string>

namespace summit::storage {

// The review_quarters table as schema v9 creates it.
std::string ReviewQuartersTable();

// The quarter hour of `time` (an SQL expression), rounded down also before the epoch.
std::string ReviewQuarterOf(const std::string& time);

// "answers, correct, duration_ms, ...": every counter column of review_quarters.
std::string ReviewQuarterColumns();

// "sum(1), sum(revlog.correct), ...": what the reviews in `row` (a table name or alias with the
// review log's columns) add to each column of ReviewQuarterColumns(), in the same order.
std::string ReviewQuarterSums(const std::string& row);

// "answers = review_quarters.answers + d.answers, ...": a SET list for an UPDATE of
// review_quarters that adds (`op` '+') or subtracts ('-') the counters of the row `delta`.
std::string ReviewQuartersChangedBy(char op, const std::string& delta);

// The statements of the trigger that adds a new review (`new`) to the summaries, and of the one
// that takes a deleted review (`old`) out of them: what lies between BEGIN and END.
std::string ReviewSummariesInsertBody();
std::string ReviewSummariesDeleteBody();

// CREATE TRIGGER statements for both triggers as schema v12 made them: they do nothing while
// review_summaries_deferred holds a row. Later steps that rebuild the review log recreate them.
std::string ReviewSummaryTriggers();

}  // namespace summit::storage
