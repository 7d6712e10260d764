// The whole statistics report: every chart computed from one StatsInput, and its plain-text
// and JSON renderings (what `summit stats` prints and the Progress view draws).
#pragma once

#include <string>
#include <vector>

#include "app/stats/charts.h"
#include "app/stats/rows.h"

namespace summit::stats {

struct ReportOptions {
    int period_days = 30;     // window of reviews_per_day and answer buttons; 30, 90 or 365
    int forecast_days = 30;   // days in the due forecast, today first
    int calendar_days = 365;  // days in the calendar heatmap, ending today
    int hardest_limit = 10;   // how many hardest questions to list
};

struct StatsReport {
    int64_t now_ms = 0;
    int64_t today = 0;  // today's study day number
    ReportOptions options;
    TodayStats today_stats;
    std::vector<DayCount> reviews_per_day;  // options.period_days entries, oldest first
    std::vector<DayCount> calendar;         // options.calendar_days entries, oldest first
    Forecast forecast;
    RetentionTable retention;
    CardStates states;
    AnswerButtons buttons;
    Knowledge knowledge;
    std::vector<TopicMastery> topics;
    std::vector<HardQuestion> hardest;
    std::vector<QuizPoint> quizzes;
};

// Computes every chart. Pure: the same input and time zone give the same report. Takes about
// 100 ms for 100,000 cards and 1,000,000 reviews (see docs/stats.md).
StatsReport ComputeReport(const StatsInput& input, const ReportOptions& options = {});

// One plain-language sentence per chart, e.g. "You answered 42 questions today, 88% correctly,
// in 12 minutes."
std::string ExplainToday(const TodayStats& today);
std::string ExplainReviewsPerDay(const std::vector<DayCount>& days);
std::string ExplainCalendar(const std::vector<DayCount>& days);
std::string ExplainForecast(const Forecast& forecast);
std::string ExplainRetention(const RetentionTable& table);
std::string ExplainStates(const CardStates& states);
std::string ExplainButtons(const AnswerButtons& buttons);
std::string ExplainKnowledge(const Knowledge& knowledge);
std::string ExplainTopics(const std::vector<TopicMastery>& topics);
// What "mastered" means (IsMastered), in a student's words, for beside the mastery chart.
std::string MasteryDefinition();
std::string ExplainHardest(const std::vector<HardQuestion>& hardest);
std::string ExplainQuizzes(const std::vector<QuizPoint>& quizzes);

// The report as one JSON object (schema in docs/stats.md): keys in a fixed order, numbers
// with fixed formatting (integers plain, fractions with 4 decimals), unknown rates as null.
std::string StatsJson(const StatsReport& report);

// The report as plain text for a terminal: the explanations, then compact tables.
std::string StatsText(const StatsReport& report);

}  // namespace summit::stats
