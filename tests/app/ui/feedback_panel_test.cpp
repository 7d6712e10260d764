// Headless tests of the feedback panel: verdicts, the close-miss diff, "I was right", and the
// rating buttons by keys and mouse.
#include "app/ui/study/feedback_panel.h"

#include <functional>
#include <string>

#define GLFW_INCLUDE_NONE
#include <GLFW/glfw3.h>
#include <gtest/gtest.h>
#include <imgui.h>

#include "app/grading/grading.h"
#include "app/ui/widgets/theme.h"
#include "tests/app/ui/view_fixtures.h"

namespace summit::ui {
namespace {

using content::Question;
using content::QuestionType;
using study::Verdict;

Question Capital() {
    Question q;
    q.id = "capital";
    q.type = QuestionType::kTyped;
    q.prompt = "Which planet is named after the Roman king of the gods?";
    q.accepted = {"Jupiter"};
    q.explanation = "Jupiter was the king of the Roman gods.";
    q.source = content::SourceRef{"", 3};
    return q;
}

Question SunStar() {
    Question q;
    q.id = "sun-star";
    q.type = QuestionType::kFlashcard;
    q.prompt = "What kind of object is the Sun?";
    q.back = "A star";
    return q;
}

class FeedbackTest : public ::testing::Test {
  protected:
    void SetUp() override { ApplyTheme(Theme::kDark, 1.0f); }

    // Grades `text` against Capital() and shows the feedback with `suggested` highlighted.
    void ShowTyped(const std::string& text, std::optional<Rating> suggested) {
        study::Answer answer;
        answer.text = text;
        auto grade = study::Grade(Capital(), answer);
        ASSERT_TRUE(grade.has_value());
        grade_ = *grade;
        panel_.Begin({Capital(), grade_, suggested, {"1m", "6m", "10m", "4d"}, true});
        harness_.Frame(DrawFn());
    }
    std::function<void()> DrawFn() {
        return testing::InHostWindow([this] { panel_.Draw(); });
    }
    ImVec2 At(const std::string& name) { return testing::CenterOf(panel_.rects(), name); }
    void Key(int glfw_key) { harness_.PressKey(glfw_key, DrawFn()); }

    testing::Harness harness_;
    study::GradeResult grade_;
    FeedbackPanel panel_;
};

TEST_F(FeedbackTest, CorrectAnswerShowsVerdictExplanationSourceAndIntervals) {
    ShowTyped("jupiter", Rating::kGood);
    EXPECT_EQ(grade_.verdict, Verdict::kCorrect);
    const std::string text = harness_.FrameText(DrawFn());
    EXPECT_NE(text.find("Correct"), std::string::npos) << text;
    EXPECT_NE(text.find("Jupiter was the king of the Roman gods."), std::string::npos) << text;
    EXPECT_NE(text.find("Source: paragraph 3"), std::string::npos) << text;
    EXPECT_NE(text.find("Good \u00b7 10m"), std::string::npos) << text;
    EXPECT_NE(text.find("Again \u00b7 1m"), std::string::npos) << text;
    EXPECT_EQ(text.find("I was right"), std::string::npos) << "only for almost: " << text;
}

TEST_F(FeedbackTest, SuggestedRatingIsHighlightedAndEnterAcceptsIt) {
    ShowTyped("jupiter", Rating::kEasy);
    EXPECT_EQ(panel_.highlighted(), Rating::kEasy);
    EXPECT_FALSE(panel_.TakeRating().has_value());
    Key(GLFW_KEY_ENTER);
    EXPECT_EQ(panel_.TakeRating(), Rating::kEasy);
    EXPECT_FALSE(panel_.TakeRating().has_value()) << "a rating is taken once";
}

TEST_F(FeedbackTest, SpaceAcceptsTheSuggestion) {
    ShowTyped("saturn", Rating::kAgain);
    Key(GLFW_KEY_SPACE);
    EXPECT_EQ(panel_.TakeRating(), Rating::kAgain);
}

TEST_F(FeedbackTest, DigitOverridesTheSuggestion) {
    ShowTyped("jupiter", Rating::kGood);
    Key(GLFW_KEY_2);
    EXPECT_EQ(panel_.TakeRating(), Rating::kHard);
}

TEST_F(FeedbackTest, ClickingARatingButtonTakesIt) {
    ShowTyped("jupiter", Rating::kGood);
    harness_.Click(At("rate/1"), DrawFn());
    EXPECT_EQ(panel_.TakeRating(), Rating::kAgain);
    harness_.Click(At("rate/4"), DrawFn());
    EXPECT_EQ(panel_.TakeRating(), Rating::kEasy);
}

TEST_F(FeedbackTest, WrongAnswerShowsTheRightOne) {
    ShowTyped("Saturn", Rating::kAgain);
    const std::string text = harness_.FrameText(DrawFn());
    EXPECT_NE(text.find("Incorrect"), std::string::npos) << text;
    EXPECT_NE(text.find("Jupiter"), std::string::npos) << text;
}

TEST_F(FeedbackTest, AlmostShowsTheDiffAndIWasRightSetsGood) {
    ShowTyped("Jupitr", Rating::kHard);
    ASSERT_EQ(grade_.verdict, Verdict::kAlmost);
    ASSERT_FALSE(grade_.diff.empty());
    const std::string text = harness_.FrameText(DrawFn());
    EXPECT_NE(text.find("Almost"), std::string::npos) << text;
    for (const study::DiffSegment& segment : grade_.diff) {
        EXPECT_NE(text.find(segment.text), std::string::npos) << segment.text << " in " << text;
    }
    EXPECT_NE(text.find("letters missing"), std::string::npos) << text;
    EXPECT_EQ(panel_.highlighted(), Rating::kHard);
    harness_.Click(At("i_was_right"), DrawFn());
    EXPECT_TRUE(panel_.accepted_as_right());
    EXPECT_EQ(panel_.highlighted(), Rating::kGood);
    EXPECT_FALSE(panel_.TakeRating().has_value()) << "the student still accepts it";
    EXPECT_NE(harness_.FrameText(DrawFn()).find("counted as right"), std::string::npos);
    Key(GLFW_KEY_ENTER);
    EXPECT_EQ(panel_.TakeRating(), Rating::kGood);
}

TEST_F(FeedbackTest, FlashcardHighlightsGoodWithoutAVerdict) {
    auto grade = study::Grade(SunStar(), study::Answer{});
    ASSERT_TRUE(grade.has_value());
    panel_.Begin({SunStar(), *grade, std::nullopt, {"1m", "6m", "10m", "4d"}, true});
    const std::string text = harness_.FrameText(DrawFn());
    EXPECT_EQ(text.find("Correct"), std::string::npos) << text;
    EXPECT_EQ(text.find("Incorrect"), std::string::npos) << text;
    EXPECT_EQ(panel_.highlighted(), Rating::kGood);
    Key(GLFW_KEY_SPACE);
    EXPECT_EQ(panel_.TakeRating(), Rating::kGood);
}

TEST_F(FeedbackTest, ContinueWithoutRatings) {
    study::Answer answer;
    answer.text = "Saturn";
    auto grade = study::Grade(Capital(), answer);
    ASSERT_TRUE(grade.has_value());
    panel_.Begin({Capital(), *grade, Rating::kAgain, {}, false});
    harness_.Frame(DrawFn());
    EXPECT_FALSE(panel_.rects().Find("rate/3").has_value());
    Key(GLFW_KEY_3);
    EXPECT_FALSE(panel_.TakeRating().has_value()) << "no rating keys in a quiz";
    harness_.Click(At("continue"), DrawFn());
    EXPECT_EQ(panel_.TakeRating(), Rating::kAgain);
}

}  // namespace
}  // namespace summit::ui
