// One pure function per chart or statistic. Each reads the fetched rows (StatsInput) and a
// DayIndex built for input.now_ms and returns plain values; none touches the collection, the
// clock or any global state besides the time zone the DayIndex was built under.
#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "app/stats/day_index.h"
#include "app/stats/rows.h"

namespace summit::stats {

inline constexpr int kYoungMatureDays = 21;  // review interval at which a card counts as mature

// ---- Activity: today, streak, reviews per day, calendar (activity.cpp) ----

struct TodayStats {
    int64_t day = 0;      // today's study day number
    int reviews = 0;      // answers given today
    int correct = 0;      // of which right
    int64_t time_ms = 0;  // summed answer durations
    int streak_days = 0;  // consecutive study days ending today (or yesterday, if none yet)
    bool studied_today = false;
};

struct DayCount {
    int64_t day = 0;  // study day number
    int new_cards = 0;
    int learning = 0;
    int review = 0;
    int relearning = 0;
    int64_t time_ms = 0;

    int Total() const { return new_cards + learning + review + relearning; }
};

// Answers given during today's study day and the current streak.
TodayStats ComputeToday(const StatsInput& input, const DayIndex& days);

// Consecutive days with at least one answer, ending today; a streak still counts through
// yesterday until today's study day ends.
int ComputeStreak(const StatsInput& input, const DayIndex& days);

// Answers per day for the `window_days` days ending today (oldest first, one entry per day,
// zeros included), stacked by the card's phase when it was asked.
std::vector<DayCount> ComputeReviewsPerDay(const StatsInput& input, const DayIndex& days,
                                           int window_days);

// ---- Forecast (forecast.cpp) ----

struct ForecastDay {
    int64_t day = 0;
    int due = 0;
};

struct Forecast {
    std::vector<ForecastDay> days;  // today first, `window_days` entries
    int overdue = 0;                // due before today; already counted in today's entry
};

// Cards due per day for the next `window_days` days. New and suspended cards are not counted.
Forecast ComputeForecast(const StatsInput& input, const DayIndex& days, int window_days);

// ---- True retention (retention.cpp) ----

struct RetentionCell {
    int passed = 0;
    int failed = 0;

    // passed / (passed + failed); nullopt when nothing was reviewed.
    std::optional<double> Rate() const;
};

enum RetentionPeriod { kPeriodToday, kPeriodWeek, kPeriodMonth, kPeriodYear, kPeriodCount };
inline constexpr std::array<int, kPeriodCount> kRetentionPeriodDays = {1, 7, 30, 365};
inline constexpr std::array<const char*, kPeriodCount> kRetentionPeriodNames = {"today", "week",
                                                                                "month", "year"};

struct RetentionTable {
    std::array<RetentionCell, kPeriodCount> young;   // interval before the review < 21 days
    std::array<RetentionCell, kPeriodCount> mature;  // interval before the review >= 21 days
    std::array<RetentionCell, kPeriodCount> all;     // young + mature
};

// Anki's true retention: of the cards in the review phase, the share not answered Again.
// Only the first answer to a card on each study day counts. Periods end today and span 1, 7,
// 30 and 365 days.
RetentionTable ComputeRetention(const StatsInput& input, const DayIndex& days);

// ---- Cards: states, buttons, knowledge (cards.cpp) ----

struct CardStates {
    int new_cards = 0;
    int learning = 0;
    int review = 0;
    int relearning = 0;
    int suspended = 0;  // suspended cards are counted here only, whatever their phase

    int Total() const { return new_cards + learning + review + relearning + suspended; }
};

CardStates ComputeCardStates(const StatsInput& input);

enum ButtonGroup { kGroupLearning, kGroupYoung, kGroupMature, kGroupCount };
inline constexpr std::array<const char*, kGroupCount> kButtonGroupNames = {"learning", "young",
                                                                           "mature"};

struct AnswerButtons {
    // counts[group][rating - 1]; learning = asked while new, learning or relearning.
    std::array<std::array<int, 4>, kGroupCount> counts{};
};

// The buttons pressed during the `window_days` days ending today.
AnswerButtons ComputeAnswerButtons(const StatsInput& input, const DayIndex& days, int window_days);

struct Knowledge {
    int studied_cards = 0;       // cards answered at least once (see IsStudied)
    double estimated_known = 0;  // sum of current retrievability over studied cards
};

// How many cards you would recall right now, by the forgetting curve.
Knowledge ComputeKnowledge(const StatsInput& input);

// ---- Topics and questions (topics.cpp) ----

struct TopicMastery {
    std::string topic;  // empty for questions without a topic
    std::string title;  // the topic's title from its bank; empty when it has none
    int questions = 0;
    int cards = 0;
    int studied_cards = 0;
    std::optional<double> mean_retrievability;  // over studied cards; nullopt when none
    int mastered = 0;                           // questions whose every card IsMastered
};

// A card is mastered when a student would agree it is learnt for good: it has left the
// learning steps (review phase, not suspended), its memory lasts at least kMasteryDays (FSRS
// stability; for SM-2 cards, which have none, the interval; Anki calls such cards "mature"),
// and it is still remembered now (retrievability >= the desired retention). One session can
// therefore master nothing: it takes weeks of successful reviews. docs/stats.md says the same.
inline constexpr double kMasteryDays = 21;
bool IsMastered(const CardRow& card, double retrievability, double desired_retention);

// Mastery per topic, sorted by topic. A question is mastered when every card of it is, so a
// question with any new card is not mastered; new cards are left out of the mean.
std::vector<TopicMastery> ComputeTopicMastery(const StatsInput& input);

// The `limit` hardest questions: most lapses first, then lowest accuracy, then most reviews.
// Questions never answered are left out.
std::vector<HardQuestion> ComputeHardest(const StatsInput& input, int limit);

// ---- Quizzes (quizzes.cpp) ----

struct QuizPoint {
    int64_t finished_ms = 0;
    int64_t day = 0;
    double score = 0;
    double max_score = 0;
    std::optional<double> percent;  // 0..100; nullopt when max_score is 0
};

// Quiz scores over time, oldest first.
std::vector<QuizPoint> ComputeQuizHistory(const StatsInput& input, const DayIndex& days);

}  // namespace summit::stats
