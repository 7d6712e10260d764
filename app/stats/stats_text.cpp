// StatsText: the report as plain text for a terminal (`summit stats` without --json).
#include <algorithm>
#include <cmath>
#include <cstdarg>
#include <cstdio>
#include <string>
#include <utility>

#include "app/stats/report.h"

namespace summit::stats {
namespace {

constexpr int kForecastTextDays = 7;  // the text shows the first week; JSON has all days
constexpr int kQuizTextCount = 5;     // the most recent quizzes shown
constexpr size_t kPromptWidth = 48;   // prompts longer than this are cut with "..."

__attribute__((format(printf, 2, 3))) void Append(std::string& out, const char* format, ...) {
    char buffer[512];
    va_list args;
    va_start(args, format);
    std::vsnprintf(buffer, sizeof buffer, format, args);
    va_end(args);
    out += buffer;
}

std::string Rate(const std::optional<double>& rate) {
    if (!rate) {
        return "-";
    }
    return std::to_string(std::lround(*rate * 100.0)) + "%";
}

// One line of at most kPromptWidth bytes: control characters become spaces.
std::string Shorten(std::string text) {
    for (char& ch : text) {
        if (static_cast<unsigned char>(ch) < 0x20) {
            ch = ' ';
        }
    }
    if (text.size() <= kPromptWidth) {
        return text;
    }
    // Cut on a UTF-8 character boundary.
    size_t cut = kPromptWidth - 3;
    while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) {
        --cut;
    }
    return text.substr(0, cut) + "...";
}

void AppendRetention(std::string& out, const RetentionTable& table) {
    Append(out, "  %-8s", "");
    for (const char* name : kRetentionPeriodNames) {
        Append(out, " %8s", name);
    }
    out += "\n";
    const std::pair<const char*, const std::array<RetentionCell, kPeriodCount>*> rows[] = {
        {"young", &table.young}, {"mature", &table.mature}, {"all", &table.all}};
    for (const auto& [name, row] : rows) {
        Append(out, "  %-8s", name);
        for (const RetentionCell& cell : *row) {
            Append(out, " %8s", Rate(cell.Rate()).c_str());
        }
        out += "\n";
    }
}

}  // namespace

std::string StatsText(const StatsReport& report) {
    std::string out;
    Append(out, "Statistics for %s\n\n", DateString(report.today).c_str());
    Append(out, "Today:      %s\n", ExplainToday(report.today_stats).c_str());
    Append(out, "Activity:   %s\n", ExplainReviewsPerDay(report.reviews_per_day).c_str());
    Append(out, "Calendar:   %s\n", ExplainCalendar(report.calendar).c_str());
    Append(out, "Forecast:   %s\n", ExplainForecast(report.forecast).c_str());
    Append(out, "Retention:  %s\n", ExplainRetention(report.retention).c_str());
    Append(out, "Cards:      %s\n", ExplainStates(report.states).c_str());
    Append(out, "Buttons:    %s\n", ExplainButtons(report.buttons).c_str());
    Append(out, "Knowledge:  %s\n", ExplainKnowledge(report.knowledge).c_str());
    Append(out, "Topics:     %s\n", ExplainTopics(report.topics).c_str());
    Append(out, "Hardest:    %s\n", ExplainHardest(report.hardest).c_str());
    Append(out, "Quizzes:    %s\n", ExplainQuizzes(report.quizzes).c_str());

    out += "\nTrue retention (first answer per card and day, review cards)\n";
    AppendRetention(out, report.retention);

    out += "\nDue in the next days\n";
    const size_t shown = std::min(report.forecast.days.size(), size_t{kForecastTextDays});
    for (size_t i = 0; i < shown; ++i) {
        const ForecastDay& day = report.forecast.days[i];
        Append(out, "  %s %6d\n", DateString(day.day).c_str(), day.due);
    }

    if (!report.topics.empty()) {
        Append(out, "\n  %-32s %9s %9s %7s\n", "Topic", "questions", "mastered", "mean R");
        for (const TopicMastery& topic : report.topics) {
            const std::string name = topic.topic.empty()   ? "(no topic)"
                                     : topic.title.empty() ? Shorten(topic.topic)
                                                           : Shorten(topic.title);
            Append(out, "  %-32s %9d %9d %7s\n", name.c_str(), topic.questions, topic.mastered,
                   Rate(topic.mean_retrievability).c_str());
        }
    }

    if (!report.hardest.empty()) {
        Append(out, "\n  %-10s %6s %8s  %s\n", "Question", "lapses", "accuracy", "prompt or topic");
        for (const HardQuestion& question : report.hardest) {
            const std::string& topic =
                question.topic_title.empty() ? question.topic : question.topic_title;
            const std::string& label = question.prompt.empty() ? topic : question.prompt;
            Append(out, "  %-10lld %6d %8s  %s\n", static_cast<long long>(question.question_id),
                   question.lapses, Rate(question.Accuracy()).c_str(), Shorten(label).c_str());
        }
    }

    if (!report.quizzes.empty()) {
        out += "\n  Recent quizzes\n";
        const size_t first =
            report.quizzes.size() > kQuizTextCount ? report.quizzes.size() - kQuizTextCount : 0;
        for (size_t i = first; i < report.quizzes.size(); ++i) {
            const QuizPoint& quiz = report.quizzes[i];
            Append(out, "  %s %6.1f / %-6.1f %s\n", DateString(quiz.day).c_str(), quiz.score,
                   quiz.max_score, quiz.percent ? Rate(*quiz.percent / 100.0).c_str() : "-");
        }
    }
    return out;
}

}  // namespace summit::stats
