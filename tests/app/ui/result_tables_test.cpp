// Headless tests of the breakdown tables the session summary and quiz results share: rows,
// topic names, and what each view shows.
#include "app/ui/widgets/result_tables.h"

#include <string>

#define GLFW_INCLUDE_NONE
#include <GLFW/glfw3.h>
#include <gtest/gtest.h>

#include "app/ui/quiz/quiz_results_view.h"
#include "app/ui/study/summary_view.h"
#include "app/ui/widgets/theme.h"
#include "tests/app/ui/harness.h"

namespace summit::ui {
namespace {

using content::QuestionType;

TEST(TopicLabelTest, PrefersTheBankNameThenTheIdThenNoTopic) {
    const TopicNames names = {{"facts:moons", "Moons"}, {"facts:unnamed", ""}};
    EXPECT_EQ(TopicLabel("facts:moons", names), "Moons");
    EXPECT_EQ(TopicLabel("facts:rings", names), "facts:rings");
    EXPECT_EQ(TopicLabel("facts:unnamed", names), "facts:unnamed");
    EXPECT_EQ(TopicLabel("", names), "(no topic)");
}

TEST(BreakdownRowsTest, SessionRowsCountCorrectOverAnswered) {
    const std::map<QuestionType, study::Tally> by_type = {{QuestionType::kMultipleChoice, {4, 3}},
                                                          {QuestionType::kCloze, {0, 0}}};
    const std::vector<BreakdownRow> rows = BreakdownRows(by_type);
    ASSERT_EQ(rows.size(), 2u);
    EXPECT_EQ(rows[0].name, "Multiple choice");
    EXPECT_EQ(rows[0].answered, 4);
    EXPECT_FLOAT_EQ(rows[0].fraction, 0.75f);
    EXPECT_EQ(rows[0].bar_label, "3/4");
    EXPECT_EQ(rows[1].name, "Cloze");
    EXPECT_FLOAT_EQ(rows[1].fraction, 0.0f);
    EXPECT_EQ(rows[1].bar_label, "0/0");
}

TEST(BreakdownRowsTest, QuizRowsShowPartialCreditAndTopicNames) {
    const std::map<std::string, study::ScoreTally> by_topic = {{"facts:moons", {2.5, 4}},
                                                               {"", {0, 0}}};
    const std::vector<BreakdownRow> rows = BreakdownRows(by_topic, {{"facts:moons", "Moons"}});
    ASSERT_EQ(rows.size(), 2u);
    EXPECT_EQ(rows[0].name, "(no topic)");
    EXPECT_FLOAT_EQ(rows[0].fraction, 0.0f);
    EXPECT_EQ(rows[0].bar_label, "0.0 / 0");
    EXPECT_EQ(rows[1].name, "Moons");
    EXPECT_FLOAT_EQ(rows[1].fraction, 0.625f);
    EXPECT_EQ(rows[1].bar_label, "2.5 / 4");
}

TEST(ScoreColorTest, SplitsAtSixtyAndEightyPercent) {
    EXPECT_EQ(&ScoreColor(0.8), &Colors().success);
    EXPECT_EQ(&ScoreColor(0.79), &Colors().warning);
    EXPECT_EQ(&ScoreColor(0.6), &Colors().warning);
    EXPECT_EQ(&ScoreColor(0.59), &Colors().error);
}

class ResultViewsTest : public ::testing::Test {
  protected:
    void SetUp() override { ApplyTheme(Theme::kDark, 1.0f); }
    testing::Harness harness_;
};

TEST_F(ResultViewsTest, SummaryNamesTopicsFromTheBankAndKeepsUnknownIds) {
    study::SessionSummary summary;
    summary.answered = 3;
    summary.correct = 2;
    summary.by_type[QuestionType::kTrueFalse] = {3, 2};
    summary.by_topic["facts:moons"] = {2, 2};
    summary.by_topic["facts:rings"] = {1, 0};
    SummaryView view;
    view.Show("Solar system", summary, 0, {{"facts:moons", "Moons of the planets"}});
    harness_.Frame([&] { view.Draw(); });
    const std::string text = harness_.FrameText([&] { view.Draw(); });
    EXPECT_NE(text.find("Moons of the planets"), std::string::npos) << text;
    EXPECT_EQ(text.find("facts:moons"), std::string::npos) << text;
    EXPECT_NE(text.find("facts:rings"), std::string::npos) << text;
    EXPECT_NE(text.find("True / false"), std::string::npos) << text;
    EXPECT_NE(text.find("2/3"), std::string::npos) << text;
}

TEST_F(ResultViewsTest, QuizResultsNameTopicsFromTheBank) {
    study::QuizResult result;
    result.score = 1.5;
    result.max_score = 2;
    result.by_type[QuestionType::kMatching] = {1.5, 2};
    result.by_topic["facts:moons"] = {1.5, 2};
    QuizResultsView view;
    view.Show(result, {{"facts:moons", "Moons of the planets"}});
    harness_.Frame([&] { view.Draw(); });
    const std::string text = harness_.FrameText([&] { view.Draw(); });
    EXPECT_NE(text.find("Moons of the planets"), std::string::npos) << text;
    EXPECT_EQ(text.find("facts:moons"), std::string::npos) << text;
    EXPECT_NE(text.find("1.5 / 2"), std::string::npos) << text;
}

TEST_F(ResultViewsTest, BackKeyLeavesTheSummaryOnlyAfterItsFirstFrame) {
    SummaryView view;
    view.Show("", study::SessionSummary{}, 0);
    // The Enter that ended the session is still down on the summary's first frame.
    harness_.PressKey(GLFW_KEY_ENTER, [&] { view.Draw(); });
    EXPECT_FALSE(view.TakeBackRequest());
    harness_.PressKey(GLFW_KEY_ENTER, [&] { view.Draw(); });
    EXPECT_TRUE(view.TakeBackRequest());
    EXPECT_FALSE(view.TakeBackRequest());
}

}  // namespace
}  // namespace summit::ui
