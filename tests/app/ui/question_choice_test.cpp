// Headless tests of the question panel: multiple choice, true/false and flashcards, by mouse and
// keys.
#include <algorithm>
#include <functional>
#include <string>
#include <vector>

#define GLFW_INCLUDE_NONE
#include <GLFW/glfw3.h>
#include <gtest/gtest.h>
#include <imgui.h>

#include "app/grading/grading.h"
#include "app/ui/study/question_panel.h"
#include "tests/app/ui/view_fixtures.h"

namespace summit::ui {
namespace {

using content::Question;
using content::QuestionType;
using study::Verdict;

Question Largest() {
    Question q;
    q.id = "largest";
    q.type = QuestionType::kMultipleChoice;
    q.prompt = "Which is the largest planet?";
    q.choices = {
        {"Jupiter", true, ""}, {"Saturn", false, "Second largest."}, {"Neptune", false, ""}};
    return q;
}

Question GasGiants() {
    Question q;
    q.id = "gas-giants";
    q.type = QuestionType::kMultipleChoice;
    q.prompt = "Which planets are gas giants?";
    q.choices = {
        {"Jupiter", true, ""}, {"Mars", false, ""}, {"Saturn", true, ""}, {"Venus", false, ""}};
    return q;
}

Question MarsRed() {
    Question q;
    q.id = "mars-red";
    q.type = QuestionType::kTrueFalse;
    q.prompt = "Mars looks red because of iron oxide on its surface.";
    q.answer = true;
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

// Shows one question at a time in a host window (see view_fixtures.h).
class ChoicePanelTest : public testing::QuestionPanelTest {
  protected:
    // The digit key of the row where choice `index` (bank order) is shown.
    int ChoiceKey(int index) {
        const std::vector<int>& rows = panel_.choice_rows();
        const auto row = std::find(rows.begin(), rows.end(), index) - rows.begin();
        return GLFW_KEY_1 + static_cast<int>(row);
    }
};

TEST_F(ChoicePanelTest, SingleChoiceByDigitKeepsOnlyTheLastPick) {
    Show(Largest());
    Key(ChoiceKey(1));
    Key(ChoiceKey(0));
    EXPECT_EQ(panel_.CurrentAnswer().chosen, std::vector<int>{0});
    EXPECT_FALSE(panel_.TakeSubmit());
    Key(GLFW_KEY_ENTER);
    ASSERT_TRUE(panel_.TakeSubmit());
    EXPECT_FALSE(panel_.TakeSubmit()) << "a submit is taken once";
    EXPECT_FALSE(panel_.CurrentAnswer().dont_know);
    EXPECT_EQ(Graded().verdict, Verdict::kCorrect);
}

TEST_F(ChoicePanelTest, SingleChoiceByClickAndSubmitButton) {
    Show(Largest());
    Click("choice/1");
    EXPECT_EQ(panel_.CurrentAnswer().chosen, std::vector<int>{1});
    Click("choice/0");
    EXPECT_EQ(panel_.CurrentAnswer().chosen, std::vector<int>{0});
    Click("submit");
    ASSERT_TRUE(panel_.TakeSubmit());
    EXPECT_EQ(Graded().verdict, Verdict::kCorrect);
}

TEST_F(ChoicePanelTest, MultipleChoiceDigitsToggle) {
    Show(GasGiants());
    Key(ChoiceKey(0));
    Key(ChoiceKey(1));
    Key(ChoiceKey(2));
    Key(ChoiceKey(1));  // toggles Mars off again
    EXPECT_EQ(panel_.CurrentAnswer().chosen, (std::vector<int>{0, 2}));
    Key(GLFW_KEY_SPACE);
    ASSERT_TRUE(panel_.TakeSubmit());
    EXPECT_EQ(Graded().verdict, Verdict::kCorrect);
}

TEST_F(ChoicePanelTest, MultipleChoiceClicksToggleAndMarksEachChoice) {
    Show(GasGiants());
    Click("choice/0");
    Click("choice/3");
    Click("choice/1");
    Click("choice/3");  // toggles Venus off again
    EXPECT_EQ(panel_.CurrentAnswer().chosen, (std::vector<int>{0, 1}));
    Click("submit");
    ASSERT_TRUE(panel_.TakeSubmit());
    const study::GradeResult grade = Graded();
    EXPECT_EQ(grade.verdict, Verdict::kWrong) << "a wrong pick cancels a right one";
    panel_.ShowResult(grade);
    const std::string text = harness_.FrameText(DrawFn());
    EXPECT_NE(text.find("Mars   (wrong)"), std::string::npos) << text;
    EXPECT_NE(text.find("Saturn   (correct answer, not chosen)"), std::string::npos) << text;
    EXPECT_FALSE(panel_.rects().Find("submit").has_value()) << "inputs are locked";
    Key(GLFW_KEY_4);
    EXPECT_EQ(panel_.CurrentAnswer().chosen, (std::vector<int>{0, 1})) << "locked";
}

TEST_F(ChoicePanelTest, EnterWithNothingChosenIsDontKnow) {
    Show(Largest());
    Key(GLFW_KEY_ENTER);
    ASSERT_TRUE(panel_.TakeSubmit());
    EXPECT_TRUE(panel_.CurrentAnswer().dont_know);
    const study::GradeResult grade = Graded();
    EXPECT_EQ(grade.verdict, Verdict::kWrong);
    EXPECT_TRUE(grade.dont_know);
}

TEST_F(ChoicePanelTest, DontKnowButtonWinsOverAChoice) {
    Show(Largest());
    Key(GLFW_KEY_1);
    Click("dont_know");
    ASSERT_TRUE(panel_.TakeSubmit());
    EXPECT_TRUE(panel_.CurrentAnswer().dont_know);
}

TEST_F(ChoicePanelTest, TrueFalseByLetters) {
    Show(MarsRed());
    Key(GLFW_KEY_F);
    EXPECT_FALSE(panel_.CurrentAnswer().said_true);
    Key(GLFW_KEY_T);
    EXPECT_TRUE(panel_.CurrentAnswer().said_true);
    Key(GLFW_KEY_ENTER);
    ASSERT_TRUE(panel_.TakeSubmit());
    EXPECT_FALSE(panel_.CurrentAnswer().dont_know);
    EXPECT_EQ(Graded().verdict, Verdict::kCorrect);
}

TEST_F(ChoicePanelTest, TrueFalseByDigitAndButtons) {
    Show(MarsRed());
    Key(GLFW_KEY_2);
    EXPECT_FALSE(panel_.CurrentAnswer().said_true);
    Click("choice/true");
    EXPECT_TRUE(panel_.CurrentAnswer().said_true);
    Click("choice/false");
    Click("submit");
    ASSERT_TRUE(panel_.TakeSubmit());
    EXPECT_FALSE(panel_.CurrentAnswer().dont_know);
    EXPECT_EQ(Graded().verdict, Verdict::kWrong);
}

TEST_F(ChoicePanelTest, TrueFalseUnansweredIsDontKnow) {
    Show(MarsRed());
    Key(GLFW_KEY_SPACE);
    ASSERT_TRUE(panel_.TakeSubmit());
    EXPECT_TRUE(panel_.CurrentAnswer().dont_know);
}

TEST_F(ChoicePanelTest, FlashcardRevealsBySpace) {
    Show(SunStar());
    EXPECT_EQ(harness_.FrameText(DrawFn()).find("A star"), std::string::npos);
    Key(GLFW_KEY_SPACE);
    EXPECT_TRUE(panel_.TakeReveal());
    EXPECT_FALSE(panel_.TakeReveal());
    EXPECT_FALSE(panel_.TakeSubmit()) << "a flashcard is revealed, not submitted";
    EXPECT_TRUE(panel_.revealed());
    EXPECT_NE(harness_.FrameText(DrawFn()).find("A star"), std::string::npos);
    EXPECT_TRUE(Graded().SelfRated());
}

TEST_F(ChoicePanelTest, FlashcardRevealsByButtonOnce) {
    Show(SunStar());
    Click("reveal");
    EXPECT_TRUE(panel_.TakeReveal());
    harness_.Frame(DrawFn());
    EXPECT_FALSE(panel_.rects().Find("reveal").has_value());
    Key(GLFW_KEY_ENTER);  // belongs to the feedback now
    EXPECT_FALSE(panel_.TakeReveal());
}

TEST_F(ChoicePanelTest, KeysOffWhileDisabled) {
    Show(Largest());
    panel_.SetKeysEnabled(false);
    Key(GLFW_KEY_1);
    Key(GLFW_KEY_ENTER);
    EXPECT_TRUE(panel_.CurrentAnswer().chosen.empty());
    EXPECT_FALSE(panel_.TakeSubmit());
}

}  // namespace
}  // namespace summit::ui
