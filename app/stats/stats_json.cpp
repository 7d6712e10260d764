// StatsJson: the report as JSON, schema in docs/stats.md.
#include "app/stats/report.h"
#include "content/json/writer.h"

namespace summit::stats {
namespace {

using JsonWriter = content::json::Writer;

void WriteDayCounts(JsonWriter& json, const std::vector<DayCount>& days) {
    json.StartArray();
    for (const DayCount& day : days) {
        json.StartObject();
        json.Key("date");
        json.String(DateString(day.day));
        json.Key("new");
        json.Int(day.new_cards);
        json.Key("learning");
        json.Int(day.learning);
        json.Key("review");
        json.Int(day.review);
        json.Key("relearning");
        json.Int(day.relearning);
        json.Key("total");
        json.Int(day.Total());
        json.Key("time_ms");
        json.Int64(day.time_ms);
        json.EndObject();
    }
    json.EndArray();
}

void WriteRetentionRow(JsonWriter& json, const std::array<RetentionCell, kPeriodCount>& row) {
    json.StartObject();
    for (size_t p = 0; p < kPeriodCount; ++p) {
        json.Key(kRetentionPeriodNames[p]);
        json.StartObject();
        json.Key("passed");
        json.Int(row[p].passed);
        json.Key("failed");
        json.Int(row[p].failed);
        json.Key("rate");
        json.Fixed(row[p].Rate());
        json.EndObject();
    }
    json.EndObject();
}

void WriteExplanations(JsonWriter& json, const StatsReport& report) {
    json.StartObject();
    const std::pair<const char*, std::string> lines[] = {
        {"today", ExplainToday(report.today_stats)},
        {"reviews_per_day", ExplainReviewsPerDay(report.reviews_per_day)},
        {"calendar", ExplainCalendar(report.calendar)},
        {"forecast", ExplainForecast(report.forecast)},
        {"retention", ExplainRetention(report.retention)},
        {"states", ExplainStates(report.states)},
        {"buttons", ExplainButtons(report.buttons)},
        {"knowledge", ExplainKnowledge(report.knowledge)},
        {"topics", ExplainTopics(report.topics)},
        {"hardest", ExplainHardest(report.hardest)},
        {"quizzes", ExplainQuizzes(report.quizzes)},
    };
    for (const auto& [key, text] : lines) {
        json.Key(key);
        json.String(text);
    }
    json.EndObject();
}

}  // namespace

std::string StatsJson(const StatsReport& report) {
    JsonWriter json;
    json.StartObject();
    json.Key("version");
    json.Int(1);
    json.Key("now_ms");
    json.Int64(report.now_ms);
    json.Key("date");
    json.String(DateString(report.today));

    const TodayStats& today = report.today_stats;
    json.Key("today");
    json.StartObject();
    json.Key("reviews");
    json.Int(today.reviews);
    json.Key("correct");
    json.Int(today.correct);
    json.Key("correct_rate");
    json.Fixed(today.reviews > 0
                   ? std::optional<double>(static_cast<double>(today.correct) / today.reviews)
                   : std::nullopt);
    json.Key("time_ms");
    json.Int64(today.time_ms);
    json.Key("streak_days");
    json.Int(today.streak_days);
    json.EndObject();

    json.Key("states");
    json.StartObject();
    json.Key("new");
    json.Int(report.states.new_cards);
    json.Key("learning");
    json.Int(report.states.learning);
    json.Key("review");
    json.Int(report.states.review);
    json.Key("relearning");
    json.Int(report.states.relearning);
    json.Key("suspended");
    json.Int(report.states.suspended);
    json.Key("total");
    json.Int(report.states.Total());
    json.EndObject();

    json.Key("forecast");
    json.StartArray();
    for (const ForecastDay& day : report.forecast.days) {
        json.StartObject();
        json.Key("date");
        json.String(DateString(day.day));
        json.Key("due");
        json.Int(day.due);
        json.EndObject();
    }
    json.EndArray();
    json.Key("overdue");
    json.Int(report.forecast.overdue);

    json.Key("retention");
    json.StartObject();
    json.Key("young");
    WriteRetentionRow(json, report.retention.young);
    json.Key("mature");
    WriteRetentionRow(json, report.retention.mature);
    json.Key("all");
    WriteRetentionRow(json, report.retention.all);
    json.EndObject();

    json.Key("reviews_per_day");
    WriteDayCounts(json, report.reviews_per_day);

    json.Key("calendar");
    json.StartArray();
    for (const DayCount& day : report.calendar) {
        json.StartObject();
        json.Key("date");
        json.String(DateString(day.day));
        json.Key("weekday");
        json.Int(Weekday(day.day));
        json.Key("reviews");
        json.Int(day.Total());
        json.EndObject();
    }
    json.EndArray();

    json.Key("buttons");
    json.StartObject();
    for (size_t g = 0; g < kGroupCount; ++g) {
        json.Key(kButtonGroupNames[g]);
        json.StartObject();
        for (int r = 1; r <= 4; ++r) {
            json.Key(RatingName(static_cast<Rating>(r)));
            json.Int(report.buttons.counts[g][static_cast<size_t>(r - 1)]);
        }
        json.EndObject();
    }
    json.EndObject();

    json.Key("knowledge");
    json.StartObject();
    json.Key("studied_cards");
    json.Int(report.knowledge.studied_cards);
    json.Key("estimated_known");
    json.Fixed(report.knowledge.estimated_known, 1);
    json.EndObject();

    json.Key("topics");
    json.StartArray();
    for (const TopicMastery& topic : report.topics) {
        json.StartObject();
        json.Key("topic");
        json.String(topic.topic);
        json.Key("title");
        json.String(topic.title);
        json.Key("questions");
        json.Int(topic.questions);
        json.Key("cards");
        json.Int(topic.cards);
        json.Key("studied_cards");
        json.Int(topic.studied_cards);
        json.Key("mean_retrievability");
        json.Fixed(topic.mean_retrievability);
        json.Key("mastered");
        json.Int(topic.mastered);
        json.Key("mastered_share");
        json.Fixed(topic.questions > 0 ? std::optional<double>(static_cast<double>(topic.mastered) /
                                                               topic.questions)
                                       : std::nullopt);
        json.EndObject();
    }
    json.EndArray();

    json.Key("hardest");
    json.StartArray();
    for (const HardQuestion& question : report.hardest) {
        json.StartObject();
        json.Key("question_id");
        json.Int(question.question_id);
        json.Key("topic");
        json.String(question.topic);
        json.Key("topic_title");
        json.String(question.topic_title);
        json.Key("prompt");
        json.String(question.prompt);
        json.Key("lapses");
        json.Int(question.lapses);
        json.Key("reviews");
        json.Int(question.reviews);
        json.Key("correct");
        json.Int(question.correct);
        json.Key("accuracy");
        json.Fixed(question.Accuracy());
        json.EndObject();
    }
    json.EndArray();

    json.Key("quizzes");
    json.StartArray();
    for (const QuizPoint& quiz : report.quizzes) {
        json.StartObject();
        json.Key("date");
        json.String(DateString(quiz.day));
        json.Key("finished_ms");
        json.Int64(quiz.finished_ms);
        json.Key("score");
        json.Fixed(quiz.score, 2);
        json.Key("max_score");
        json.Fixed(quiz.max_score, 2);
        json.Key("percent");
        json.Fixed(quiz.percent, 1);
        json.EndObject();
    }
    json.EndArray();

    json.Key("explanations");
    WriteExplanations(json, report);
    json.EndObject();
    return json.str() + "\n";
}

}  // namespace summit::stats
