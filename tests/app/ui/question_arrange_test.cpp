// Headless tests of the question panel: matching and ordering, by keys and by mouse.
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

Question Moons() {
    Question q;
    q.id = "moons";
    q.type = QuestionType::kMatching;
    q.prompt = "Match each moon to its planet.";
    q.pairs = {{"Titan", "Saturn"}, {"Europa", "Jupiter"}, {"Phobos", "Mars"}};
    return q;
}

Question Order() {
    Question q;
    q.id = "order";
    q.type = QuestionType::kOrdering;
    q.prompt = "Put these planets in order from the Sun.";
    q.items = {"Mercury", "Venus", "Earth", "Mars"};
    return q;
}

// Shows one question at a time in a host window (see view_fixtures.h).
class ArrangePanelTest : public testing::QuestionPanelTest {};

// The letter key for the right of `pair`, wherever the shuffle put it.
int LetterKeyOf(const QuestionPanel& panel, int pair) {
    const std::vector<int>& rows = panel.right_rows();
    for (size_t row = 0; row < rows.size(); ++row) {
        if (rows[row] == pair) {
            return GLFW_KEY_A + static_cast<int>(row);
        }
    }
    ADD_FAILURE() << "pair " << pair << " has no row";
    return GLFW_KEY_A;
}

TEST_F(ArrangePanelTest, MatchingRightsAreShuffled) {
    Show(Moons());
    EXPECT_NE(panel_.right_rows(), (std::vector<int>{0, 1, 2}));
    EXPECT_TRUE(panel_.WantsLetterKeys());
}

TEST_F(ArrangePanelTest, MatchingByDigitsAndLetters) {
    Show(Moons());
    Key(GLFW_KEY_1);
    Key(LetterKeyOf(panel_, 0));  // Titan -> Saturn; the cursor moves to Europa
    EXPECT_EQ(panel_.picked_left(), 1);
    Key(LetterKeyOf(panel_, 2));  // Europa -> Mars (wrong)
    Key(GLFW_KEY_2);
    Key(GLFW_KEY_BACKSPACE);
    EXPECT_EQ(panel_.CurrentAnswer().matches, (std::vector<int>{0, -1, -1}));
    Key(GLFW_KEY_2);
    Key(LetterKeyOf(panel_, 1));
    Key(GLFW_KEY_3);
    Key(LetterKeyOf(panel_, 2));
    EXPECT_EQ(panel_.CurrentAnswer().matches, (std::vector<int>{0, 1, 2}));
    Key(GLFW_KEY_ENTER);
    ASSERT_TRUE(panel_.TakeSubmit());
    EXPECT_EQ(Graded().verdict, Verdict::kCorrect);
}

TEST_F(ArrangePanelTest, MatchingByClicksMovesARightBetweenLefts) {
    Show(Moons());
    Click("match/left/0");
    Click("match/right/1");  // Titan -> Jupiter
    Click("match/left/1");
    Click("match/right/1");  // Europa takes Jupiter from Titan
    EXPECT_EQ(panel_.CurrentAnswer().matches, (std::vector<int>{-1, 1, -1}));
    Click("match/left/2");
    Click("match/right/2");
    Click("submit");
    ASSERT_TRUE(panel_.TakeSubmit());
    const study::GradeResult grade = Graded();
    EXPECT_EQ(grade.verdict, Verdict::kPartial);
    panel_.ShowResult(grade);
    EXPECT_FALSE(panel_.WantsLetterKeys());
    const std::string text = harness_.FrameText(DrawFn());
    EXPECT_NE(text.find("(should be: Saturn)"), std::string::npos) << text;
}

TEST_F(ArrangePanelTest, MatchingNothingMatchedIsDontKnow) {
    Show(Moons());
    Click("submit");
    ASSERT_TRUE(panel_.TakeSubmit());
    EXPECT_TRUE(panel_.CurrentAnswer().dont_know);
}

TEST_F(ArrangePanelTest, OrderingStartsShuffledAndSortsWithShiftArrows) {
    Show(Order());
    std::vector<int> order = panel_.order();
    ASSERT_EQ(order.size(), 4u);
    EXPECT_NE(order, (std::vector<int>{0, 1, 2, 3}));
    // Selection sort by keys: bring the item that belongs at `target` up to it.
    for (int target = 0; target < 4; ++target) {
        int row = 0;
        while (panel_.order()[row] != target) {
            ++row;
        }
        while (panel_.order_cursor() < row) {
            Key(GLFW_KEY_DOWN);
        }
        while (panel_.order_cursor() > row) {
            Key(GLFW_KEY_UP);
        }
        for (int step = row; step > target; --step) {
            ShiftKey(GLFW_KEY_UP);
        }
        ASSERT_EQ(panel_.order()[target], target);
        ASSERT_EQ(panel_.order_cursor(), target) << "the cursor follows the moved item";
    }
    EXPECT_EQ(panel_.CurrentAnswer().order, (std::vector<int>{0, 1, 2, 3}));
    Key(GLFW_KEY_ENTER);
    ASSERT_TRUE(panel_.TakeSubmit());
    EXPECT_FALSE(panel_.CurrentAnswer().dont_know);
    EXPECT_EQ(Graded().verdict, Verdict::kCorrect);
}

TEST_F(ArrangePanelTest, OrderingByArrowButtons) {
    Show(Order());
    const std::vector<int> before = panel_.order();
    Click("order/down/0");
    std::vector<int> expected = before;
    std::swap(expected[0], expected[1]);
    EXPECT_EQ(panel_.order(), expected);
    Click("order/up/3");
    std::swap(expected[2], expected[3]);
    EXPECT_EQ(panel_.order(), expected);
    Click("order/up/0");  // disabled: nothing above the top row
    EXPECT_EQ(panel_.order(), expected);
    Click("submit");
    ASSERT_TRUE(panel_.TakeSubmit());
    EXPECT_EQ(panel_.CurrentAnswer().order, expected);
    const study::GradeResult grade = Graded();
    ASSERT_EQ(grade.parts.size(), 4u);
    for (int row = 0; row < 4; ++row) {
        EXPECT_EQ(grade.parts[row].verdict == Verdict::kCorrect, expected[row] == row) << row;
    }
}

TEST_F(ArrangePanelTest, OrderingShuffleIsStableForAQuestion) {
    QuestionPanel other;
    other.Begin(Order());
    Show(Order());
    EXPECT_EQ(panel_.order(), other.order());
}

}  // namespace
}  // namespace summit::ui
