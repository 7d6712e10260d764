// The review charts from quarter-hour summaries: a quarter lies inside one study day, so a
// day's answers are the sum of its quarters.
#include "app/stats/summary_charts.h"

#include <algorithm>
#include <cstddef>

#include "app/stats/day_index.h"

namespace summit::stats {
namespace {

using storage::ReviewQuarter;

int64_t StartOf(const ReviewQuarter& quarter) {
    return quarter.quarter * ReviewQuarter::kMs;
}

// Calls `visit(quarter, day)` for each quarter answered in study days [first_day, last_day].
template <typename Visit>
void ForEachQuarterIn(const ReviewSummary& summary, const DayIndex& days, int64_t first_day,
                      int64_t last_day, Visit visit) {
    const int64_t begin = days.StartMs(first_day);
    const int64_t end = days.StartMs(last_day + 1);
    const auto from = std::lower_bound(
        summary.quarters.begin(), summary.quarters.end(), begin,
        [](const ReviewQuarter& quarter, int64_t ms) { return StartOf(quarter) < ms; });
    for (auto at = from; at != summary.quarters.end() && StartOf(*at) < end; ++at) {
        visit(*at, days.Day(StartOf(*at)));
    }
}

}  // namespace

std::vector<DayCount> EmptyDaysEndingToday(const StatsInput& input, const DayIndex& days,
                                           int window_days) {
    const int64_t first = days.Day(input.now_ms) - window_days + 1;
    std::vector<DayCount> counts(static_cast<size_t>(window_days));
    for (int i = 0; i < window_days; ++i) {
        counts[static_cast<size_t>(i)].day = first + i;
    }
    return counts;
}

TodayStats SummaryToday(const StatsInput& input, const ReviewSummary& summary,
                        const DayIndex& days) {
    TodayStats today;
    today.day = days.Day(input.now_ms);
    ForEachQuarterIn(summary, days, today.day, today.day,
                     [&](const ReviewQuarter& quarter, int64_t) {
                         today.reviews += static_cast<int>(quarter.answers);
                         today.correct += static_cast<int>(quarter.correct);
                         today.time_ms += quarter.duration_ms;
                     });
    today.studied_today = today.reviews > 0;
    today.streak_days = SummaryStreak(input, summary, days);
    return today;
}

int SummaryStreak(const StatsInput& input, const ReviewSummary& summary, const DayIndex& days) {
    const int64_t today = days.Day(input.now_ms);
    constexpr int64_t kRecentDays = 366;  // as ComputeStreak
    const int64_t first_recent = today - kRecentDays + 1;
    std::vector<bool> studied(kRecentDays, false);
    ForEachQuarterIn(summary, days, first_recent, today, [&](const ReviewQuarter&, int64_t day) {
        studied[static_cast<size_t>(day - first_recent)] = true;
    });
    int64_t day = studied.back() ? today : today - 1;
    int streak = 0;
    while (day >= first_recent && studied[static_cast<size_t>(day - first_recent)]) {
        ++streak;
        --day;
    }
    if (day >= first_recent) {
        return streak;
    }
    // Past the last year: earlier quarters with answers, newest first (loaded ones before the
    // year, then the older ones), until a day without any. ComputeStreak does not count back
    // past a century before the year either.
    constexpr int64_t kCenturyMs = int64_t{36'525} * 86'400'000;
    const int64_t recent_begin = days.StartMs(first_recent);
    const int64_t oldest_ms = recent_begin - kCenturyMs;
    std::vector<int64_t> earlier;
    for (auto at = summary.quarters.rbegin(); at != summary.quarters.rend(); ++at) {
        if (StartOf(*at) < recent_begin) {
            earlier.push_back(at->quarter);
        }
    }
    earlier.insert(earlier.end(), summary.older_answered_quarters.begin(),
                   summary.older_answered_quarters.end());
    for (const int64_t quarter : earlier) {
        const int64_t start = quarter * ReviewQuarter::kMs;
        if (start < oldest_ms) {
            break;
        }
        const int64_t quarter_day = days.Day(start);
        if (quarter_day == day) {
            ++streak;
            --day;
        } else if (quarter_day < day) {
            break;
        }
    }
    return streak;
}

std::vector<DayCount> SummaryReviewsPerDay(const StatsInput& input, const ReviewSummary& summary,
                                           const DayIndex& days, int window_days) {
    if (window_days <= 0) {
        return {};
    }
    std::vector<DayCount> counts = EmptyDaysEndingToday(input, days, window_days);
    const int64_t first = counts.front().day;
    const int64_t today = counts.back().day;
    ForEachQuarterIn(summary, days, first, today, [&](const ReviewQuarter& quarter, int64_t day) {
        DayCount& count = counts[static_cast<size_t>(day - first)];
        count.new_cards += static_cast<int>(quarter.by_phase[0]);
        count.learning += static_cast<int>(quarter.by_phase[1]);
        count.review += static_cast<int>(quarter.by_phase[2]);
        count.relearning += static_cast<int>(quarter.by_phase[3]);
        count.time_ms += quarter.duration_ms;
    });
    return counts;
}

RetentionTable SummaryRetention(const StatsInput& input, const ReviewSummary& summary,
                                const DayIndex& days) {
    const int64_t today = days.Day(input.now_ms);
    const int64_t first = today - kRetentionPeriodDays[kPeriodYear] + 1;
    RetentionTable table;
    // Adds `passed` and `failed` answers `age` days old to every period that includes them.
    auto add = [&](int64_t age, bool young, int64_t passed, int64_t failed) {
        for (size_t p = 0; p < kPeriodCount; ++p) {
            if (age >= kRetentionPeriodDays[p]) {
                continue;
            }
            for (RetentionCell* cell : {&(young ? table.young : table.mature)[p], &table.all[p]}) {
                cell->passed += static_cast<int>(passed);
                cell->failed += static_cast<int>(failed);
            }
        }
    };
    ForEachQuarterIn(summary, days, first, today, [&](const ReviewQuarter& quarter, int64_t day) {
        for (const bool young : {true, false}) {
            const auto& buttons = quarter.buttons[young ? kGroupYoung : kGroupMature];
            add(today - day, young, buttons[1] + buttons[2] + buttons[3], buttons[0]);
        }
    });
    // The quarters count every review-phase answer; take back each that is not its card's
    // first of the day. Its same-day predecessor is a candidate too, so in card and time
    // order it is the one just before.
    std::vector<storage::SameDayCandidate> candidates = summary.same_day;
    std::sort(candidates.begin(), candidates.end(), [](const auto& a, const auto& b) {
        if (a.card_id.value != b.card_id.value) {
            return a.card_id.value < b.card_id.value;
        }
        if (a.time_ms != b.time_ms) {
            return a.time_ms < b.time_ms;
        }
        return a.review_id.value < b.review_id.value;
    });
    const int64_t begin = days.StartMs(first);
    const int64_t end = days.StartMs(today + 1);
    for (size_t i = 1; i < candidates.size(); ++i) {
        const auto& candidate = candidates[i];
        const auto& previous = candidates[i - 1];
        if (candidate.time_ms < begin || candidate.time_ms >= end ||
            previous.card_id.value != candidate.card_id.value) {
            continue;
        }
        const int64_t day = days.Day(candidate.time_ms);
        if (days.Day(previous.time_ms) == day) {
            add(today - day, candidate.young, candidate.failed ? 0 : -1, candidate.failed ? -1 : 0);
        }
    }
    return table;
}

AnswerButtons SummaryAnswerButtons(const StatsInput& input, const ReviewSummary& summary,
                                   const DayIndex& days, int window_days) {
    AnswerButtons buttons;
    if (window_days <= 0) {
        return buttons;
    }
    const int64_t today = days.Day(input.now_ms);
    ForEachQuarterIn(summary, days, today - window_days + 1, today,
                     [&](const ReviewQuarter& quarter, int64_t) {
                         for (size_t group = 0; group < kGroupCount; ++group) {
                             for (size_t rating = 0; rating < 4; ++rating) {
                                 buttons.counts[group][rating] +=
                                     static_cast<int>(quarter.buttons[group][rating]);
                             }
                         }
                     });
    return buttons;
}

}  // namespace summit::stats
