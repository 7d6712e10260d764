// Activity charts: today's answers, the study streak, answers per day.
#include <algorithm>
#include <vector>

#include "app/stats/charts.h"
#include "app/stats/summary_charts.h"

namespace summit::stats {

TodayStats ComputeToday(const StatsInput& input, const DayIndex& days) {
    if (input.summary) {
        return SummaryToday(input, *input.summary, days);
    }
    TodayStats today;
    today.day = days.Day(input.now_ms);
    const int64_t begin = days.StartMs(today.day);
    const int64_t end = days.StartMs(today.day + 1);
    for (const ReviewRow& review : input.reviews) {
        if (review.time_ms < begin || review.time_ms >= end) {
            continue;
        }
        ++today.reviews;
        today.correct += review.correct ? 1 : 0;
        today.time_ms += review.duration_ms;
    }
    today.studied_today = today.reviews > 0;
    today.streak_days = ComputeStreak(input, days);
    return today;
}

int ComputeStreak(const StatsInput& input, const DayIndex& days) {
    if (input.summary) {
        return SummaryStreak(input, *input.summary, days);
    }
    const int64_t today = days.Day(input.now_ms);
    // Mark the study days of the last year in a bitmap; older days are only looked at when the
    // streak reaches back that far.
    constexpr int64_t kRecentDays = 366;
    const int64_t first_recent = today - kRecentDays + 1;
    const int64_t recent_begin = days.StartMs(first_recent);
    const int64_t end = days.StartMs(today + 1);
    std::vector<bool> studied(kRecentDays, false);
    int64_t oldest_ms = recent_begin;
    for (const ReviewRow& review : input.reviews) {
        if (review.time_ms >= end) {
            continue;
        }
        if (review.time_ms < recent_begin) {
            oldest_ms = std::min(oldest_ms, review.time_ms);
            continue;
        }
        studied[static_cast<size_t>(days.Day(review.time_ms) - first_recent)] = true;
    }
    int64_t day = studied.back() ? today : today - 1;
    int streak = 0;
    while (day >= first_recent && studied[static_cast<size_t>(day - first_recent)]) {
        ++streak;
        --day;
    }
    if (day >= first_recent || oldest_ms == recent_begin) {
        return streak;
    }
    // The streak is over a year long: index the older days too and continue the walk. A
    // streak is not counted back past a century, so a bogus ancient time cannot make the
    // index huge or overflow.
    constexpr int64_t kCenturyMs = int64_t{36'525} * 86'400'000;
    oldest_ms = std::max(oldest_ms, recent_begin - kCenturyMs);
    const DayIndex older_days(days.rule(), oldest_ms, recent_begin);
    const int64_t first_older = older_days.Day(oldest_ms);
    std::vector<bool> older(static_cast<size_t>(first_recent - first_older), false);
    for (const ReviewRow& review : input.reviews) {
        if (review.time_ms < recent_begin && review.time_ms >= oldest_ms) {
            older[static_cast<size_t>(older_days.Day(review.time_ms) - first_older)] = true;
        }
    }
    while (day >= first_older && older[static_cast<size_t>(day - first_older)]) {
        ++streak;
        --day;
    }
    return streak;
}

std::vector<DayCount> ComputeReviewsPerDay(const StatsInput& input, const DayIndex& days,
                                           int window_days) {
    if (input.summary) {
        return SummaryReviewsPerDay(input, *input.summary, days, window_days);
    }
    if (window_days <= 0) {
        return {};
    }
    std::vector<DayCount> counts = EmptyDaysEndingToday(input, days, window_days);
    const int64_t first = counts.front().day;
    const int64_t today = counts.back().day;
    const int64_t begin = days.StartMs(first);
    const int64_t end = days.StartMs(today + 1);
    for (const ReviewRow& review : input.reviews) {
        if (review.time_ms < begin || review.time_ms >= end) {
            continue;
        }
        DayCount& count = counts[static_cast<size_t>(days.Day(review.time_ms) - first)];
        switch (review.phase_before) {
            case CardPhase::kNew:
                ++count.new_cards;
                break;
            case CardPhase::kLearning:
                ++count.learning;
                break;
            case CardPhase::kReview:
                ++count.review;
                break;
            case CardPhase::kRelearning:
                ++count.relearning;
                break;
        }
        count.time_ms += review.duration_ms;
    }
    return counts;
}

}  // namespace summit::stats
