// One plain-language sentence per chart, for the text output and the Progress view.
#include <cmath>
#include <cstdio>
#include <string>

#include "app/stats/report.h"
#include "content/model/counted.h"

namespace summit::stats {
namespace {

std::string Percent(double fraction) {
    return std::to_string(std::lround(fraction * 100.0)) + "%";
}

// "under a minute", "12 minutes", "1 h 5 min".
std::string Duration(int64_t ms) {
    const long long minutes = std::llround(static_cast<double>(ms) / 60'000.0);
    if (minutes < 1) {
        return "under a minute";
    }
    if (minutes < 60) {
        return content::Counted(minutes, "minute", "minutes");
    }
    return std::to_string(minutes / 60) + " h " + std::to_string(minutes % 60) + " min";
}

}  // namespace

std::string ExplainToday(const TodayStats& today) {
    std::string text;
    if (today.reviews == 0) {
        text = "You have not answered any questions today";
    } else {
        text = "You answered " + content::Counted(today.reviews, "question", "questions") +
               " today, " + Percent(static_cast<double>(today.correct) / today.reviews) +
               " correctly, in " + Duration(today.time_ms);
    }
    if (today.streak_days > 0) {
        text += "; your streak is " + content::Counted(today.streak_days, "day", "days");
    }
    return text + ".";
}

std::string ExplainReviewsPerDay(const std::vector<DayCount>& days) {
    long long total = 0;
    int active = 0;
    for (const DayCount& day : days) {
        total += day.Total();
        active += day.Total() > 0 ? 1 : 0;
    }
    const std::string window =
        "the last " + content::Counted(static_cast<long long>(days.size()), "day", "days");
    if (total == 0) {
        return "You answered no questions in " + window + ".";
    }
    return "Over " + window + " you answered " + content::Counted(total, "question", "questions") +
           " on " + content::Counted(active, "day", "days") + ", " +
           std::to_string(std::llround(static_cast<double>(total) / days.size())) +
           " a day on average.";
}

std::string ExplainCalendar(const std::vector<DayCount>& days) {
    int active = 0;
    for (const DayCount& day : days) {
        active += day.Total() > 0 ? 1 : 0;
    }
    return "You studied on " + std::to_string(active) + " of the last " +
           content::Counted(static_cast<long long>(days.size()), "day", "days") + ".";
}

std::string ExplainForecast(const Forecast& forecast) {
    if (forecast.days.empty()) {
        return "No forecast was asked for.";
    }
    long long total = 0;
    for (const ForecastDay& day : forecast.days) {
        total += day.due;
    }
    std::string text =
        content::Counted(forecast.days.front().due, "question is", "questions are") + " due today";
    if (forecast.overdue > 0) {
        text += " (" + std::to_string(forecast.overdue) + " overdue)";
    }
    return text + " and " + std::to_string(total) + " in the next " +
           content::Counted(static_cast<long long>(forecast.days.size()), "day", "days") + ".";
}

std::string ExplainRetention(const RetentionTable& table) {
    const auto month = table.all[kPeriodMonth].Rate();
    if (!month) {
        return "No review cards were answered in the last 30 days, so retention is not known "
               "yet.";
    }
    std::string text = "In the last 30 days you recalled " + Percent(*month) + " of review cards";
    const auto young = table.young[kPeriodMonth].Rate();
    const auto mature = table.mature[kPeriodMonth].Rate();
    if (young && mature) {
        text += " (young " + Percent(*young) + ", mature " + Percent(*mature) + ")";
    }
    return text + ".";
}

std::string ExplainStates(const CardStates& states) {
    return "Of " + content::Counted(states.Total(), "card", "cards") + ": " +
           std::to_string(states.new_cards) + " new, " + std::to_string(states.learning) +
           " learning, " + std::to_string(states.review) + " in review, " +
           std::to_string(states.relearning) + " relearning, " + std::to_string(states.suspended) +
           " suspended.";
}

std::string ExplainButtons(const AnswerButtons& buttons) {
    long long total = 0;
    long long again = 0;
    for (const auto& group : buttons.counts) {
        again += group[0];
        for (int count : group) {
            total += count;
        }
    }
    if (total == 0) {
        return "No answers were given in this period.";
    }
    return "You pressed Again on " + std::to_string(again) + " of " +
           content::Counted(total, "answer", "answers") + " (" +
           Percent(static_cast<double>(again) / total) + ").";
}

std::string ExplainKnowledge(const Knowledge& knowledge) {
    if (knowledge.studied_cards == 0) {
        return "You have not studied any cards yet.";
    }
    return "You would recall about " + std::to_string(std::llround(knowledge.estimated_known)) +
           " of your " +
           content::Counted(knowledge.studied_cards, "studied card", "studied cards") +
           " right now.";
}

std::string ExplainTopics(const std::vector<TopicMastery>& topics) {
    long long questions = 0;
    long long mastered = 0;
    for (const TopicMastery& topic : topics) {
        questions += topic.questions;
        mastered += topic.mastered;
    }
    return "You have mastered " + std::to_string(mastered) + " of " +
           content::Counted(questions, "question", "questions") + " across " +
           content::Counted(static_cast<long long>(topics.size()), "topic", "topics") + ".";
}

std::string MasteryDefinition() {
    return "A question is mastered when each of its cards has left the learning steps, is "
           "remembered for at least " +
           std::to_string(std::llround(kMasteryDays)) +
           " days at a time (its memory stability, or its interval), and would still be "
           "recalled now at your desired retention or better. A lapse or a suspension takes "
           "it back out.";
}

std::string ExplainHardest(const std::vector<HardQuestion>& hardest) {
    if (hardest.empty()) {
        return "No question has been missed yet.";
    }
    const HardQuestion& top = hardest.front();
    return "Your hardest question has lapsed " + content::Counted(top.lapses, "time", "times") +
           " and was answered correctly " + Percent(top.Accuracy().value_or(0)) + " of the time.";
}

std::string ExplainQuizzes(const std::vector<QuizPoint>& quizzes) {
    if (quizzes.empty()) {
        return "You have not finished a quiz yet.";
    }
    double sum = 0;
    int scored = 0;
    for (const QuizPoint& quiz : quizzes) {
        if (quiz.percent) {
            sum += *quiz.percent;
            ++scored;
        }
    }
    std::string text = "You finished " +
                       content::Counted(static_cast<long long>(quizzes.size()), "quiz", "quizzes");
    if (quizzes.back().percent) {
        text += "; the last scored " + Percent(*quizzes.back().percent / 100.0);
    }
    if (scored > 0) {
        text += ", the average " + Percent(sum / scored / 100.0);
    }
    return text + ".";
}

}  // namespace summit::stats
