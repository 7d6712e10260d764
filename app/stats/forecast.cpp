// The due forecast: how many cards come up on each of the next days.
#include "app/stats/charts.h"

namespace summit::stats {

Forecast ComputeForecast(const StatsInput& input, const DayIndex& days, int window_days) {
    Forecast forecast;
    if (window_days <= 0) {
        return forecast;
    }
    const int64_t today = days.Day(input.now_ms);
    forecast.days.resize(static_cast<size_t>(window_days));
    for (int i = 0; i < window_days; ++i) {
        forecast.days[static_cast<size_t>(i)].day = today + i;
    }
    const int64_t today_begin = days.StartMs(today);
    const int64_t end = days.StartMs(today + window_days);
    for (const CardRow& card : input.cards) {
        // New cards are introduced by the daily limit, not by a due date; suspended cards are
        // never asked.
        if (card.phase == CardPhase::kNew || card.suspended || card.due_ms >= end) {
            continue;
        }
        if (card.due_ms < today_begin) {
            ++forecast.overdue;
            ++forecast.days.front().due;
            continue;
        }
        ++forecast.days[static_cast<size_t>(days.Day(card.due_ms) - today)].due;
    }
    return forecast;
}

}  // namespace summit::stats
