// Headless tests of the question panel: typed answers and cloze gaps by keyboard and mouse.
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

Question PlanetsCount() {
    Question q;
    q.id = "planets-count";
    q.type = QuestionType::kTyped;
    q.prompt = "How many planets orbit the Sun?";
    q.accepted = {"8", "eight"};
    return q;
}

Question Capital() {
    Question q;
    q.id = "capital";
    q.type = QuestionType::kTyped;
    q.prompt = "Which planet is named after the Roman king of the gods?";
    q.accepted = {"Jupiter"};
    return q;
}

Question EarthThird() {
    Question q;
    q.id = "earth-third";
    q.type = QuestionType::kCloze;
    q.prompt = "Earth is the {{third|3rd}} planet from the {{Sun}}.";
    return q;
}

// Shows one question at a time in a host window (see view_fixtures.h).
class TextPanelTest : public testing::QuestionPanelTest {};

TEST_F(TextPanelTest, TypedFieldHasTheKeyboardWithoutAClick) {
    Show(PlanetsCount());
    harness_.Frame(DrawFn());
    harness_.Frame(DrawFn());
    EXPECT_TRUE(harness_.io().WantTextInput);
    harness_.Type("eight", DrawFn());
    Key(GLFW_KEY_ENTER);
    ASSERT_TRUE(panel_.TakeSubmit());
    EXPECT_EQ(panel_.CurrentAnswer().text, "eight");
    EXPECT_FALSE(panel_.CurrentAnswer().dont_know);
    EXPECT_EQ(Graded().verdict, Verdict::kCorrect);
}

TEST_F(TextPanelTest, SpaceInTheFieldTypesASpace) {
    Show(Capital());
    harness_.Frame(DrawFn());
    harness_.Type("Ju", DrawFn());
    Key(GLFW_KEY_SPACE);
    harness_.Type(" piter", DrawFn());
    EXPECT_FALSE(panel_.TakeSubmit()) << "Space does not submit while typing";
    EXPECT_EQ(panel_.CurrentAnswer().text, "Ju piter");
}

TEST_F(TextPanelTest, EmptyEnterIsDontKnow) {
    Show(PlanetsCount());
    harness_.Frame(DrawFn());
    Key(GLFW_KEY_ENTER);
    ASSERT_TRUE(panel_.TakeSubmit());
    EXPECT_TRUE(panel_.CurrentAnswer().dont_know);
    const study::GradeResult grade = Graded();
    EXPECT_EQ(grade.verdict, Verdict::kWrong);
    EXPECT_TRUE(grade.dont_know);
}

TEST_F(TextPanelTest, TypedMisspellingIsAlmostAndMarked) {
    Show(Capital());
    harness_.Frame(DrawFn());
    harness_.Type("Jupitr", DrawFn());
    Click("submit");
    ASSERT_TRUE(panel_.TakeSubmit());
    const study::GradeResult grade = Graded();
    EXPECT_EQ(grade.verdict, Verdict::kAlmost);
    panel_.ShowResult(grade);
    const std::string text = harness_.FrameText(DrawFn());
    EXPECT_NE(text.find("Jupitr"), std::string::npos) << text;
    EXPECT_FALSE(panel_.rects().Find("text").has_value()) << "the field is replaced by marks";
}

TEST_F(TextPanelTest, ClozeTabMovesToTheNextGap) {
    Show(EarthThird());
    harness_.Frame(DrawFn());
    harness_.Type("3rd", DrawFn());
    Key(GLFW_KEY_TAB);
    harness_.Type("sun", DrawFn());
    EXPECT_EQ(panel_.CurrentAnswer().gaps, (std::vector<std::string>{"3rd", "sun"}));
    Key(GLFW_KEY_ENTER);
    ASSERT_TRUE(panel_.TakeSubmit());
    EXPECT_FALSE(panel_.CurrentAnswer().dont_know);
    EXPECT_EQ(Graded().verdict, Verdict::kCorrect);
}

TEST_F(TextPanelTest, ClozeByClickingTheGaps) {
    Show(EarthThird());
    Click("gap/1");
    harness_.Type("Moon", DrawFn());
    Click("gap/0");
    harness_.Type("third", DrawFn());
    EXPECT_EQ(panel_.CurrentAnswer().gaps, (std::vector<std::string>{"third", "Moon"}));
    Click("submit");
    ASSERT_TRUE(panel_.TakeSubmit());
    const study::GradeResult grade = Graded();
    EXPECT_EQ(grade.verdict, Verdict::kPartial);
    panel_.ShowResult(grade);
    const std::string text = harness_.FrameText(DrawFn());
    EXPECT_NE(text.find("Moon"), std::string::npos) << text;
    EXPECT_NE(text.find("Sun"), std::string::npos) << "the expected gap is shown: " << text;
    EXPECT_EQ(text.find("{{"), std::string::npos) << "markers never show: " << text;
}

TEST_F(TextPanelTest, AChoiceGapIsADropdownOfItsOptionsInOrder) {
    Question q;
    q.id = "capital";
    q.type = QuestionType::kCloze;
    q.prompt = "The capital of France is {{Paris|~Lyon|~Nice}}, of Italy {{Rome}}.";
    Show(q);
    const std::string closed = harness_.FrameText(DrawFn());
    EXPECT_NE(closed.find("Choose"), std::string::npos) << "nothing picked yet: " << closed;
    EXPECT_FALSE(panel_.rects().Find("gap/0/option/0").has_value()) << "the list starts closed";
    Click("gap/0");
    // A list shows from its second frame, once sized and placed.
    harness_.Frame(DrawFn());
    // Open: one option per choice, in the order written, one below the other.
    const auto paris = panel_.rects().Find("gap/0/option/0");
    const auto lyon = panel_.rects().Find("gap/0/option/1");
    const auto nice = panel_.rects().Find("gap/0/option/2");
    ASSERT_TRUE(paris && lyon && nice);
    EXPECT_LT(paris->min.y, lyon->min.y);
    EXPECT_LT(lyon->min.y, nice->min.y);
    Click("gap/0/option/1");
    EXPECT_EQ(panel_.CurrentAnswer().gaps, (std::vector<std::string>{"Lyon", ""}));
    const std::string picked = harness_.FrameText(DrawFn());
    EXPECT_NE(picked.find("Lyon"), std::string::npos) << picked;
    EXPECT_FALSE(panel_.rects().Find("gap/0/option/0").has_value()) << "a pick closes the list";
    // Picked again: the right one.
    Click("gap/0");
    harness_.Frame(DrawFn());
    Click("gap/0/option/0");
    Click("gap/1");
    harness_.Type("Rome", DrawFn());
    EXPECT_EQ(panel_.CurrentAnswer().gaps, (std::vector<std::string>{"Paris", "Rome"}));
    Click("submit");
    ASSERT_TRUE(panel_.TakeSubmit());
    EXPECT_EQ(Graded().verdict, Verdict::kCorrect);
}

TEST_F(TextPanelTest, ClozeAllEmptyIsDontKnow) {
    Show(EarthThird());
    harness_.Frame(DrawFn());
    Key(GLFW_KEY_ENTER);
    ASSERT_TRUE(panel_.TakeSubmit());
    EXPECT_TRUE(panel_.CurrentAnswer().dont_know);
    EXPECT_EQ(panel_.CurrentAnswer().gaps.size(), 2u);
}

}  // namespace
}  // namespace summit::ui
