// Internal: the review charts computed from the review log's summary (ReviewSummary) instead
// of its rows. Each gives exactly what its Compute* twin in charts.h gives for the same log;
// the twins call these when StatsInput::summary is set.
#pragma once

#include <vector>

#include "app/stats/charts.h"
#include "app/stats/rows.h"

namespace summit::stats {

// Empty counts for the `window_days` (> 0) study days ending today, oldest first.
std::vector<DayCount> EmptyDaysEndingToday(const StatsInput& input, const DayIndex& days,
                                           int window_days);

TodayStats SummaryToday(const StatsInput& input, const ReviewSummary& summary,
                        const DayIndex& days);
int SummaryStreak(const StatsInput& input, const ReviewSummary& summary, const DayIndex& days);
std::vector<DayCount> SummaryReviewsPerDay(const StatsInput& input, const ReviewSummary& summary,
                                           const DayIndex& days, int window_days);
RetentionTable SummaryRetention(const StatsInput& input, const ReviewSummary& summary,
                                const DayIndex& days);
AnswerButtons SummaryAnswerButtons(const StatsInput& input, const ReviewSummary& summary,
                                   const DayIndex& days, int window_days);

}  // namespace summit::stats
