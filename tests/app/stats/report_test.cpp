// The whole report: JSON schema parsed back, text output, explanations and quiz history.
#include "app/stats/report.h"

#include <cmath>
#include <string>

#include <gtest/gtest.h>
#include <rapidjson/document.h>

#include "content/json/writer.h"
#include "stats_test_util.h"

namespace summit::stats {
namespace {

using testing::Card;
using testing::kDayMs;
using testing::Review;

constexpr int64_t kToday = 20'786;  // 2026-11-29
constexpr int64_t kNoonUtc = kToday * kDayMs + 12 * 3'600'000;

StatsInput SampleInput() {
    StatsInput input;
    input.now_ms = kNoonUtc;
    input.day_rule = {study::DayRule::kUtc, 0};
    CardRow studied = Card(1, CardPhase::kReview, "history:\"treaties\"");
    studied.stability = 21;  // long enough to count as mastered (kMasteryDays)
    studied.last_review_ms = kNoonUtc - 21 * kDayMs;
    studied.due_ms = kNoonUtc + kDayMs;
    studied.lapses = 2;
    input.cards = {studied, Card(2, CardPhase::kNew, "geo")};
    input.reviews = {Review(1, kNoonUtc - 1000, Rating::kGood),
                     Review(1, kNoonUtc - kDayMs, Rating::kAgain)};
    input.questions = {{1, "bank/1", "Line one\nsays \"hi\" \x01 \xc3\xa9t\xc3\xa9 \\"}};
    input.quizzes = {{kNoonUtc - 1000, 7, 10}, {kNoonUtc - 2 * kDayMs, 3, 0}};
    return input;
}

void ExpectKeys(const rapidjson::Value& object, std::initializer_list<const char*> keys) {
    ASSERT_TRUE(object.IsObject());
    for (const char* key : keys) {
        EXPECT_TRUE(object.HasMember(key)) << "missing key " << key;
    }
}

TEST(StatsJsonTest, ParsesBackWithTheDocumentedSchema) {
    const StatsReport report = ComputeReport(SampleInput());
    const std::string json = StatsJson(report);
    rapidjson::Document doc;
    doc.Parse(json.c_str());
    ASSERT_FALSE(doc.HasParseError()) << json;
    ExpectKeys(doc, {"version", "now_ms", "date", "today", "states", "forecast", "overdue",
                     "retention", "reviews_per_day", "calendar", "buttons", "knowledge", "topics",
                     "hardest", "quizzes", "explanations"});
    EXPECT_EQ(doc["version"].GetInt(), 1);
    EXPECT_EQ(doc["now_ms"].GetInt64(), kNoonUtc) << "a time in ms needs 64 bits";
    EXPECT_STREQ(doc["date"].GetString(), "2026-11-29");

    const auto& today = doc["today"];
    ExpectKeys(today, {"reviews", "correct", "correct_rate", "time_ms", "streak_days"});
    EXPECT_EQ(today["reviews"].GetInt(), 1);
    EXPECT_EQ(today["correct"].GetInt(), 1);
    EXPECT_DOUBLE_EQ(today["correct_rate"].GetDouble(), 1.0);
    EXPECT_EQ(today["time_ms"].GetInt64(), 10'000);
    EXPECT_EQ(today["streak_days"].GetInt(), 2);

    ExpectKeys(doc["states"], {"new", "learning", "review", "relearning", "suspended", "total"});
    EXPECT_EQ(doc["states"]["new"].GetInt(), 1);
    EXPECT_EQ(doc["states"]["review"].GetInt(), 1);

    ASSERT_TRUE(doc["forecast"].IsArray());
    ASSERT_EQ(doc["forecast"].Size(), 30u);
    EXPECT_STREQ(doc["forecast"][0]["date"].GetString(), "2026-11-29");
    EXPECT_EQ(doc["forecast"][1]["due"].GetInt(), 1);

    const auto& retention = doc["retention"];
    ExpectKeys(retention, {"young", "mature", "all"});
    ExpectKeys(retention["young"], {"today", "week", "month", "year"});
    ExpectKeys(retention["young"]["today"], {"passed", "failed", "rate"});
    EXPECT_EQ(retention["young"]["week"]["passed"].GetInt(), 1);
    EXPECT_EQ(retention["young"]["week"]["failed"].GetInt(), 1);
    EXPECT_DOUBLE_EQ(retention["young"]["week"]["rate"].GetDouble(), 0.5);
    EXPECT_TRUE(retention["mature"]["year"]["rate"].IsNull());

    ASSERT_TRUE(doc["reviews_per_day"].IsArray());
    EXPECT_EQ(doc["reviews_per_day"].Size(), 30u);
    ExpectKeys(doc["reviews_per_day"][29u],
               {"date", "new", "learning", "review", "relearning", "total", "time_ms"});
    EXPECT_EQ(doc["reviews_per_day"][29u]["review"].GetInt(), 1);
    EXPECT_EQ(doc["calendar"].Size(), 365u);
    EXPECT_EQ(doc["calendar"][364u]["weekday"].GetInt(), 0);

    ExpectKeys(doc["buttons"], {"learning", "young", "mature"});
    ExpectKeys(doc["buttons"]["young"], {"again", "hard", "good", "easy"});
    EXPECT_EQ(doc["buttons"]["young"]["again"].GetInt(), 1);

    EXPECT_EQ(doc["knowledge"]["studied_cards"].GetInt(), 1);
    EXPECT_DOUBLE_EQ(doc["knowledge"]["estimated_known"].GetDouble(), 0.9);

    const auto& topics = doc["topics"];
    ASSERT_EQ(topics.Size(), 2u);
    ExpectKeys(topics[0], {"topic", "title", "questions", "cards", "studied_cards",
                           "mean_retrievability", "mastered", "mastered_share"});
    EXPECT_STREQ(topics[0]["topic"].GetString(), "geo");
    EXPECT_TRUE(topics[0]["mean_retrievability"].IsNull());
    EXPECT_STREQ(topics[1]["topic"].GetString(), "history:\"treaties\"");
    EXPECT_DOUBLE_EQ(topics[1]["mean_retrievability"].GetDouble(), 0.9);
    EXPECT_EQ(topics[1]["mastered"].GetInt(), 1);

    ASSERT_EQ(doc["hardest"].Size(), 1u);
    ExpectKeys(doc["hardest"][0], {"question_id", "topic", "topic_title", "prompt", "lapses",
                                   "reviews", "correct", "accuracy"});
    EXPECT_STREQ(doc["hardest"][0]["prompt"].GetString(),
                 "Line one\nsays \"hi\" \x01 \xc3\xa9t\xc3\xa9 \\");
    EXPECT_EQ(doc["hardest"][0]["lapses"].GetInt(), 2);

    ASSERT_EQ(doc["quizzes"].Size(), 2u);
    EXPECT_STREQ(doc["quizzes"][0]["date"].GetString(), "2026-11-27");
    EXPECT_EQ(doc["quizzes"][1]["finished_ms"].GetInt64(), kNoonUtc - 1000);
    EXPECT_TRUE(doc["quizzes"][0]["percent"].IsNull());
    EXPECT_DOUBLE_EQ(doc["quizzes"][1]["percent"].GetDouble(), 70.0);

    ExpectKeys(doc["explanations"], {"today", "forecast", "retention", "topics", "quizzes"});
    EXPECT_TRUE(doc["explanations"]["today"].IsString());
}

TEST(StatsJsonTest, NumbersHaveFixedFormatting) {
    const std::string json = StatsJson(ComputeReport(SampleInput()));
    EXPECT_NE(json.find("\"correct_rate\":1.0000"), std::string::npos);
    EXPECT_NE(json.find("\"rate\":0.5000"), std::string::npos);
    EXPECT_NE(json.find("\"estimated_known\":0.9"), std::string::npos);
    EXPECT_NE(json.find("\"percent\":70.0"), std::string::npos);
}

TEST(JsonWriterTest, EscapesAndFormats) {
    using content::json::Quote;
    using JsonWriter = content::json::Writer;
    EXPECT_EQ(Quote("a\"b\\c\n\t\x1f"), "\"a\\\"b\\\\c\\n\\t\\u001f\"");
    JsonWriter json;
    json.StartArray();
    json.Fixed(-0.00001);
    json.Fixed(1.0 / 3.0);
    json.Fixed(std::nan(""));
    json.Fixed(std::optional<double>());
    json.Fixed(2.5, 0);
    json.Int(-7);
    json.EndArray();
    EXPECT_EQ(json.str(), "[0.0000,0.3333,null,null,3,-7]");
}

TEST(ExplainTest, TodaySentence) {
    TodayStats today;
    today.reviews = 42;
    today.correct = 37;
    today.time_ms = 12 * 60'000;
    EXPECT_EQ(ExplainToday(today),
              "You answered 42 questions today, 88% correctly, in 12 minutes.");
    today.streak_days = 1;
    EXPECT_EQ(ExplainToday(today),
              "You answered 42 questions today, 88% correctly, in 12 minutes; your streak is 1 "
              "day.");
    EXPECT_EQ(ExplainToday(TodayStats{}), "You have not answered any questions today.");
}

TEST(ExplainTest, OtherCharts) {
    const StatsReport report = ComputeReport(SampleInput());
    EXPECT_EQ(ExplainStates(report.states),
              "Of 2 cards: 1 new, 0 learning, 1 in review, 0 relearning, 0 suspended.");
    EXPECT_EQ(ExplainForecast(report.forecast),
              "0 questions are due today and 1 in the next 30 days.");
    EXPECT_EQ(ExplainKnowledge(report.knowledge),
              "You would recall about 1 of your 1 studied card right now.");
    EXPECT_EQ(ExplainQuizzes(report.quizzes),
              "You finished 2 quizzes; the last scored 70%, the average 70%.");
    EXPECT_EQ(ExplainCalendar(report.calendar), "You studied on 2 of the last 365 days.");
    EXPECT_EQ(ExplainRetention(RetentionTable{}),
              "No review cards were answered in the last 30 days, so retention is not known "
              "yet.");
}

TEST(StatsTextTest, ListsEveryChartOnOneLine) {
    const std::string text = StatsText(ComputeReport(SampleInput()));
    EXPECT_NE(text.find("Statistics for 2026-11-29"), std::string::npos);
    EXPECT_NE(text.find("Today:      You answered 1 question today, 100% correctly, in under a "
                        "minute; your streak is 2 days."),
              std::string::npos);
    EXPECT_NE(text.find("Line one says"), std::string::npos);  // newline flattened
    EXPECT_NE(text.find("2026-11-30      1"), std::string::npos);
}

// The window shows a topic's title; so do the text (instead of the id) and the JSON (beside it).
TEST(StatsTextTest, TopicsShowTheirTitles) {
    StatsInput input = SampleInput();
    input.topic_titles["geo"] = "Geography of Europe";
    const StatsReport report = ComputeReport(input);
    const std::string text = StatsText(report);
    EXPECT_NE(text.find("  Geography of Europe "), std::string::npos) << text;
    EXPECT_EQ(text.find("  geo "), std::string::npos) << text;
    EXPECT_NE(text.find("history:\"treaties\""), std::string::npos) << "no title: the id";

    rapidjson::Document doc;
    doc.Parse(StatsJson(report).c_str());
    ASSERT_FALSE(doc.HasParseError());
    EXPECT_STREQ(doc["topics"][0]["topic"].GetString(), "geo");
    EXPECT_STREQ(doc["topics"][0]["title"].GetString(), "Geography of Europe");
    EXPECT_STREQ(doc["topics"][1]["title"].GetString(), "");
}

}  // namespace
}  // namespace summit::stats
