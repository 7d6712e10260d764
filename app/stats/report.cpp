// ComputeReport: builds the day index once and runs each chart over the same rows.
#include "app/stats/report.h"

namespace summit::stats {

StatsReport ComputeReport(const StatsInput& input, const ReportOptions& options) {
    const DayIndex days = ReportDayIndex(input.day_rule, input.now_ms);
    StatsReport report;
    report.now_ms = input.now_ms;
    report.today = days.Day(input.now_ms);
    report.options = options;
    report.today_stats = ComputeToday(input, days);
    report.reviews_per_day = ComputeReviewsPerDay(input, days, options.period_days);
    report.calendar = ComputeReviewsPerDay(input, days, options.calendar_days);
    report.forecast = ComputeForecast(input, days, options.forecast_days);
    report.retention = ComputeRetention(input, days);
    report.states = ComputeCardStates(input);
    report.buttons = ComputeAnswerButtons(input, days, options.period_days);
    report.knowledge = ComputeKnowledge(input);
    report.topics = ComputeTopicMastery(input);
    report.hardest = input.hardest && input.hardest->limit == options.hardest_limit
                         ? input.hardest->questions
                         : ComputeHardest(input, options.hardest_limit);
    // A question always answered right is not hard, however the list would be padded. Such
    // questions rank last, so dropping them after the limit loses no missed question.
    std::erase_if(report.hardest, [](const HardQuestion& question) { return !question.Missed(); });
    report.quizzes = ComputeQuizHistory(input, days);
    return report;
}

}  // namespace summit::stats
