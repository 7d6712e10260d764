// Headless tests of Markdown questions outside the question panel's prompt: the quiz results,
// the quiz review page and a cloze sentence draw their markup and images as rich text.
#include <optional>
#include <string>

#include <gtest/gtest.h>
#include <imgui.h>

#include "app/study/quiz.h"
#include "app/ui/quiz/quiz_results_view.h"
#include "app/ui/quiz/quiz_review_page.h"
#include "app/ui/study/question_panel.h"
#include "app/ui/widgets/theme.h"
#include "tests/app/ui/fake_images.h"
#include "tests/app/ui/view_fixtures.h"

namespace summit::ui {
namespace {

using content::Question;
using content::QuestionType;
using content::TextFormat;
using testing::DrewFakeImage;
using testing::FakeImages;
using testing::kFakeImageHash;

const std::string kPicture = "![a pic](media:" + kFakeImageHash + ")";

Question MarkdownTrueFalse() {
    Question q;
    q.id = "flag";
    q.type = QuestionType::kTrueFalse;
    q.text_format = TextFormat::kMarkdown;
    q.prompt = "Is **this** the flag?\n\n" + kPicture;
    q.explanation = "Look at " + kPicture;
    q.answer = true;
    return q;
}

class RichQuizTest : public ::testing::Test {
  protected:
    void SetUp() override { ApplyTheme(Theme::kDark, 1.0f); }

    testing::Harness harness_;
    FakeImages images_;
};

TEST_F(RichQuizTest, TheResultsDrawAMistakesMarkdownPromptWithItsImage) {
    study::QuizResult result;
    result.max_score = 1;
    study::QuizMistake& mistake = result.mistakes.emplace_back();
    mistake.question = MarkdownTrueFalse();
    mistake.question.explanation = "Plain **why**";
    mistake.given = "False";
    mistake.correct_answer = "True";
    QuizResultsView view;
    view.SetImages(&images_);
    view.Show(result);
    const std::string text = harness_.FrameText([&] { view.Draw(); });
    harness_.Frame([&] { view.Draw(); });
    EXPECT_TRUE(DrewFakeImage());
    // The Markdown is drawn as rich text, never as its raw markers.
    EXPECT_EQ(text.find("**"), std::string::npos) << text;
    EXPECT_NE(text.find("Right answer: True"), std::string::npos) << text;
}

TEST_F(RichQuizTest, TheResultsWithoutImagesShowTheAltText) {
    study::QuizResult result;
    study::QuizMistake& mistake = result.mistakes.emplace_back();
    mistake.question = MarkdownTrueFalse();
    QuizResultsView view;
    view.Show(result);
    harness_.Frame([&] { view.Draw(); });
    harness_.Frame([&] { view.Draw(); });
    EXPECT_FALSE(DrewFakeImage());
}

TEST_F(RichQuizTest, TheReviewPageDrawsAMarkdownPromptInARowAsTallAsIt) {
    std::optional<storage::Collection> collection;
    auto opened = storage::Collection::OpenInMemory();
    ASSERT_TRUE(opened.has_value());
    collection.emplace(std::move(*opened));
    content::Bank bank;
    bank.id = "flags";
    bank.title = "Flags";
    bank.questions = {MarkdownTrueFalse()};
    Question plain;
    plain.id = "plain";
    plain.type = QuestionType::kTrueFalse;
    plain.prompt = "A plain one";
    bank.questions.push_back(plain);
    ASSERT_TRUE(collection->ImportBank(bank).has_value());
    auto quiz = study::Quiz::Start(*collection, study::QuizSetup{}, 1, [] { return int64_t{1}; });
    ASSERT_TRUE(quiz.has_value()) << quiz.error().ToString();

    QuizReviewPage page;
    page.SetImages(&images_);
    page.Open(0);
    WidgetRects rects;
    std::optional<QuizReviewIntent> intent;
    const auto draw = testing::InHostWindow([&] {
        rects.Clear();
        intent = page.Draw(*quiz, true, rects);
    });
    harness_.Frame(draw);
    harness_.Frame(draw);
    EXPECT_TRUE(DrewFakeImage());
    int markdown_row = quiz->Item(0).card.question.id == "flag" ? 0 : 1;
    const auto rich = rects.Find("review/row/" + std::to_string(markdown_row));
    const auto simple = rects.Find("review/row/" + std::to_string(1 - markdown_row));
    ASSERT_TRUE(rich.has_value());
    ASSERT_TRUE(simple.has_value());
    // Two paragraphs and a 150-pixel image: far taller than a one-line row.
    EXPECT_GT(rich->max.y - rich->min.y, 150.0f);
    EXPECT_LT(simple->max.y - simple->min.y, 40.0f);
    // The rich row is still the row's button.
    bool changed = false;
    harness_.Click(rich->Center(), [&] {
        draw();
        changed = changed || (intent && intent->change == markdown_row);
    });
    EXPECT_TRUE(changed);
}

TEST_F(RichQuizTest, AMarkdownClozeSentenceDrawsItsImageAndPlainOptions) {
    Question q;
    q.id = "c";
    q.type = QuestionType::kCloze;
    q.text_format = TextFormat::kMarkdown;
    q.prompt = kPicture + " is the flag of {{a\\*b|~c}} and **{{x}}**";
    QuestionPanel panel;
    panel.SetImages(&images_);
    panel.Begin(q);
    const auto draw = testing::InHostWindow([&] { panel.Draw(); });
    const std::string text = harness_.FrameText(draw);
    harness_.Frame(draw);
    EXPECT_TRUE(DrewFakeImage());
    EXPECT_EQ(text.find("media:"), std::string::npos) << text;
    // The choice gap's options are plain text: the answer picked is graded as written.
    harness_.Click(testing::CenterOf(panel.rects(), "gap/0"), draw);
    harness_.Frame(draw);  // the list shows from its second frame, once placed
    harness_.Click(testing::CenterOf(panel.rects(), "gap/0/option/0"), draw);
    EXPECT_EQ(panel.CurrentAnswer().gaps.at(0), "a*b");
}

}  // namespace
}  // namespace summit::ui
