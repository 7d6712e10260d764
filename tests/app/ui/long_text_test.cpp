// Very long texts never abort the window: ImGui 1.86 indexes a draw list's vertices with 16
// bits, so a prompt of tens of thousands of characters drawn as one wrapped item overflows it.
// The questions here are built in memory, past the bank validation's length limit.
#include "app/ui/widgets/long_text.h"

#include <functional>
#include <string>
#include <string_view>

#define GLFW_INCLUDE_NONE
#include <GLFW/glfw3.h>
#include <gtest/gtest.h>
#include <imgui.h>

#include "app/grading/grading.h"
#include "app/ui/study/feedback_panel.h"
#include "app/ui/widgets/fit_text.h"
#include "tests/app/ui/view_fixtures.h"

namespace summit::ui {
namespace {

using content::Question;
using content::QuestionType;

// `chars` characters of words and sentences, with a line break now and then, starting with
// `start` so a test can find it on screen.
std::string LongProse(const std::string& start, size_t chars) {
    std::string text = start;
    const std::string_view words[] = {"orbit ", "planet ", "gravity ", "moon. ", "tide\n"};
    for (size_t i = 0; text.size() < chars; ++i) {
        text += words[i % 5];
    }
    text.resize(chars);
    return text;
}

// No draw list of the last rendered frame holds more vertices than 16-bit indices reach.
void ExpectDrawListsFit() {
    const ImDrawData* data = ImGui::GetDrawData();
    ASSERT_NE(data, nullptr);
    for (int i = 0; i < data->CmdListsCount; ++i) {
        EXPECT_LT(data->CmdLists[i]->VtxBuffer.Size, 1 << 16) << "draw list " << i;
    }
}

TEST(SplitLongTextTest, ShortTextIsOnePiece) {
    EXPECT_EQ(SplitLongText("Which planet is largest?", 100),
              std::vector<std::string_view>{"Which planet is largest?"});
    EXPECT_EQ(SplitLongText("", 100), std::vector<std::string_view>{""});
}

TEST(SplitLongTextTest, CutsAtLineBreaksThenSpacesAndLosesNothingElse) {
    const std::string text = LongProse("Start ", 5'000);
    const auto pieces = SplitLongText(text, 300);
    ASSERT_GT(pieces.size(), 16u);
    std::string rebuilt;
    for (size_t i = 0; i < pieces.size(); ++i) {
        EXPECT_LE(pieces[i].size(), 300u);
        rebuilt += pieces[i];
        if (i + 1 < pieces.size()) {
            // Exactly one dropped separator between pieces, a line break or a space.
            const size_t next = static_cast<size_t>(pieces[i + 1].data() - text.data());
            const size_t end =
                static_cast<size_t>(pieces[i].data() - text.data()) + pieces[i].size();
            ASSERT_EQ(next, end + 1);
            EXPECT_TRUE(text[end] == '\n' || text[end] == ' ');
            rebuilt += text[end];
        }
    }
    EXPECT_EQ(rebuilt, text);
}

TEST(SplitLongTextTest, TextWithoutSpacesIsCutBetweenCharacters) {
    std::string text;
    for (int i = 0; i < 1'000; ++i) {
        text += "\u00e9\u6708";  // two and three bytes: cuts must not fall inside either
    }
    const auto pieces = SplitLongText(text, 100);
    std::string rebuilt;
    for (std::string_view piece : pieces) {
        ASSERT_FALSE(piece.empty());
        EXPECT_LE(piece.size(), 100u);
        EXPECT_FALSE(IsUtf8Continuation(piece.front()));
        rebuilt += piece;
    }
    EXPECT_EQ(rebuilt, text);
}

TEST(EllipsizeLongTextTest, AVeryLongLineIsCutQuickly) {
    testing::Harness harness;
    std::string cut;
    const std::string text(200'000, 'x');
    harness.Frame([&] { cut = Ellipsize(text, 300); });
    ASSERT_GE(cut.size(), 4u);
    EXPECT_EQ(cut.substr(cut.size() - 3), "...");
    EXPECT_LT(cut.size(), 200u);
}

class LongQuestionTest : public testing::QuestionPanelTest {
  protected:
    // Shows `question` and scrolls down it, checking every frame's draw lists.
    void ShowAndScroll(const Question& question) {
        // Not FrameText: ImGui's text capture turns clipping off, so it draws every piece.
        Show(question);
        ExpectDrawListsFit();
        harness_.Frame(DrawFn());
        ExpectDrawListsFit();
        harness_.io().MousePos = ImVec2(200, 200);
        harness_.io().MouseWheel = -200;  // far down the long text
        harness_.Frame(DrawFn());
        ExpectDrawListsFit();
        harness_.Frame(DrawFn());
        ExpectDrawListsFit();
    }
};

TEST_F(LongQuestionTest, TypedPromptsOf30kAnd200kCharacters) {
    for (size_t chars : {30'000u, 200'000u}) {
        Question q;
        q.id = "long";
        q.type = QuestionType::kTyped;
        q.prompt = LongProse("Start of the prompt ", chars);
        q.accepted = {"x"};
        SCOPED_TRACE(chars);
        ShowAndScroll(q);
    }
}

TEST_F(LongQuestionTest, PromptWithoutLineBreaksOrSpaces) {
    Question q;
    q.id = "long";
    q.type = QuestionType::kTyped;
    q.prompt = "Start of the prompt " + std::string(200'000, 'w');
    q.accepted = {"x"};
    ShowAndScroll(q);
}

TEST_F(LongQuestionTest, LongChoicesFlashcardBackAndCloze) {
    Question choice;
    choice.id = "choice";
    choice.type = QuestionType::kMultipleChoice;
    choice.prompt = "Start of the prompt";
    choice.choices = {{LongProse("A ", 60'000), true, ""}, {LongProse("B ", 60'000), false, ""}};
    ShowAndScroll(choice);

    Question card;
    card.id = "card";
    card.type = QuestionType::kFlashcard;
    card.prompt = LongProse("Start of the prompt ", 50'000);
    card.back = LongProse("Back ", 200'000);
    ShowAndScroll(card);
    Key(GLFW_KEY_ENTER);  // shows the back
    harness_.Frame(DrawFn());
    ExpectDrawListsFit();

    Question cloze;
    cloze.id = "cloze";
    cloze.type = QuestionType::kCloze;
    cloze.prompt = "Start of the prompt " + LongProse("", 100'000) + " {{gap}}.";
    Show(cloze);
    harness_.Frame(DrawFn());
    ExpectDrawListsFit();
}

TEST_F(LongQuestionTest, LongMatchingAndOrderingItems) {
    Question matching;
    matching.id = "matching";
    matching.type = QuestionType::kMatching;
    matching.prompt = "Start of the prompt";
    matching.pairs = {{LongProse("L1 ", 40'000), LongProse("R1 ", 40'000)},
                      {LongProse("L2 ", 40'000), LongProse("R2 ", 40'000)}};
    ShowAndScroll(matching);

    Question ordering;
    ordering.id = "ordering";
    ordering.type = QuestionType::kOrdering;
    ordering.prompt = "Start of the prompt";
    ordering.items = {LongProse("First ", 80'000), LongProse("Second ", 80'000)};
    ShowAndScroll(ordering);
}

TEST(LongFeedbackTest, ExplanationAndAnswerOf200kCharacters) {
    testing::Harness harness;
    ApplyTheme(Theme::kDark, 1.0f);
    Question q;
    q.id = "long";
    q.type = QuestionType::kTyped;
    q.prompt = "Start of the prompt";
    q.accepted = {LongProse("Answer ", 200'000)};
    q.explanation = LongProse("Because ", 200'000);
    study::Answer answer;
    answer.text = "wrong";
    auto grade = study::Grade(q, answer);
    ASSERT_TRUE(grade.has_value());
    FeedbackPanel panel;
    panel.Begin({q, *grade, std::nullopt, {"1m", "6m", "10m", "4d"}, true});
    const auto draw = testing::InHostWindow([&] { panel.Draw(); });
    harness.Frame(draw);
    harness.Frame(draw);
    ExpectDrawListsFit();
}

}  // namespace
}  // namespace summit::ui
