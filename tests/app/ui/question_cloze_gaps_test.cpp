// Headless tests of the question panel's cloze gaps beyond typed ones: a drop-down choice
// gap, a multi-response gap drawn as checkboxes and a numerical gap typed as text.
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

using content::GapDetail;
using content::GapKind;
using content::Question;
using content::QuestionType;
using study::Verdict;

// A drop-down gap, a tick-every-prime gap worth 2, a numerical gap.
Question Mixed() {
    Question q;
    q.id = "mixed";
    q.type = QuestionType::kCloze;
    q.prompt = "Bonn is in {{Germany|~France}}; primes: {{2|3|~4}}; pi is {{3.14}}.";
    GapDetail ticks{GapKind::kMultiResponse, 2};
    GapDetail number{GapKind::kNumerical};
    number.numbers = {{3.14, 0.01, 1, "", false}};
    q.gaps = {GapDetail{}, ticks, number};
    q.gaps[0].kind = GapKind::kChoice;
    return q;
}

class ClozeGapsPanelTest : public testing::QuestionPanelTest {};

TEST_F(ClozeGapsPanelTest, ADropdownAndCheckboxesAnswerAClozeTogether) {
    Show(Mixed());
    harness_.Frame(DrawFn());
    // The multi-response gap is a row of checkboxes, its options in the order written.
    const auto two = panel_.rects().Find("gap/1/option/0");
    const auto three = panel_.rects().Find("gap/1/option/1");
    const auto four = panel_.rects().Find("gap/1/option/2");
    ASSERT_TRUE(two && three && four);
    EXPECT_LT(two->min.x, three->min.x);
    EXPECT_LT(three->min.x, four->min.x);
    Click("gap/0");
    harness_.Frame(DrawFn());  // a list shows from its second frame
    Click("gap/0/option/0");
    Click("gap/1/option/2");
    Click("gap/1/option/0");
    Click("gap/1/option/1");
    Click("gap/1/option/2");  // ticked again: untick
    Click("gap/2");
    harness_.Type("3.141", DrawFn());
    const study::Answer answer = panel_.CurrentAnswer();
    EXPECT_EQ(answer.gaps, (std::vector<std::string>{"Germany", "", "3.141"}));
    EXPECT_EQ(answer.gap_picks, (std::vector<std::vector<int>>{{}, {0, 1}, {}}));
    Click("submit");
    ASSERT_TRUE(panel_.TakeSubmit());
    const study::GradeResult grade = Graded();
    EXPECT_EQ(grade.verdict, Verdict::kCorrect);
    panel_.ShowResult(grade);
    const std::string text = harness_.FrameText(DrawFn());
    EXPECT_NE(text.find("2; 3"), std::string::npos) << "the ticks as graded: " << text;
    EXPECT_FALSE(panel_.rects().Find("gap/1/option/0").has_value()) << "locked: marks only";
}

TEST_F(ClozeGapsPanelTest, AWrongTickIsMarkedWithTheRightOptions) {
    Show(Mixed());
    harness_.Frame(DrawFn());
    Click("gap/1/option/0");
    Click("gap/1/option/2");
    EXPECT_FALSE(panel_.CurrentAnswer().dont_know);
    Click("submit");
    ASSERT_TRUE(panel_.TakeSubmit());
    const study::GradeResult grade = Graded();
    EXPECT_EQ(grade.verdict, Verdict::kWrong);  // 2 and 4: a half and a penalty
    EXPECT_FALSE(grade.dont_know);
    panel_.ShowResult(grade);
    const std::string text = harness_.FrameText(DrawFn());
    EXPECT_NE(text.find("2; 4"), std::string::npos) << text;
    EXPECT_NE(text.find("→ 2; 3"), std::string::npos) << "the right options: " << text;
    EXPECT_NE(text.find("3.14 ± 0.01"), std::string::npos) << "the number expected: " << text;
}

TEST_F(ClozeGapsPanelTest, NothingTickedOrTypedIsDontKnow) {
    Show(Mixed());
    harness_.Frame(DrawFn());
    Click("submit");
    ASSERT_TRUE(panel_.TakeSubmit());
    EXPECT_TRUE(panel_.CurrentAnswer().dont_know);
}

}  // namespace
}  // namespace summit::ui
