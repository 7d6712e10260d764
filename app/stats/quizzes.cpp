// Quiz history: scores over time.
#include <algorithm>

#include "app/stats/charts.h"

namespace summit::stats {

std::vector<QuizPoint> ComputeQuizHistory(const StatsInput& input, const DayIndex& days) {
    std::vector<QuizPoint> points;
    points.reserve(input.quizzes.size());
    for (const QuizRow& quiz : input.quizzes) {
        QuizPoint point;
        point.finished_ms = quiz.finished_ms;
        point.day = days.Day(quiz.finished_ms);
        point.score = quiz.score;
        point.max_score = quiz.max_score;
        if (quiz.max_score > 0) {
            point.percent = 100.0 * quiz.score / quiz.max_score;
        }
        points.push_back(point);
    }
    std::stable_sort(points.begin(), points.end(), [](const QuizPoint& a, const QuizPoint& b) {
        return a.finished_ms < b.finished_ms;
    });
    return points;
}

}  // namespace summit::stats
