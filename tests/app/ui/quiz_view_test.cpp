// Headless tests of the quiz through the shell: setup, answering by keyboard, the review page,
// scoring, the saved attempt, the schedule left alone, the results view and its retake.
#include "app/ui/quiz/quiz_view.h"

#include <optional>
#include <set>
#include <string>
#include <vector>

#define GLFW_INCLUDE_NONE
#include <GLFW/glfw3.h>
#include <gtest/gtest.h>

#include "app/ui/shell/app_shell.h"
#include "app/ui/widgets/theme.h"
#include "tests/app/ui/view_fixtures.h"

namespace summit::ui {
namespace {

using content::QuestionType;

class QuizViewTest : public testing::ShellTest {
  protected:
    void ClickHome(const char* name) {
        auto rect = shell_->home().rects().Find(name);
        ASSERT_TRUE(rect.has_value()) << name;
        harness_.Click(rect->Center(), Draw());
    }
    const study::Quiz& Quiz() { return *shell_->quiz().quiz(); }
    // Quiz setup on true/false and multiple choice only, then starts the quiz.
    void StartChoiceQuiz() {
        ClickHome("button/quiz");
        shell_->quiz_setup().state().type_chosen.assign(std::size(content::kAllQuestionTypes),
                                                        false);
        shell_->quiz_setup()
            .state()
            .type_chosen[static_cast<size_t>(QuestionType::kMultipleChoice)] = true;
        shell_->quiz_setup().state().type_chosen[static_cast<size_t>(QuestionType::kTrueFalse)] =
            true;
        Press(GLFW_KEY_ENTER);
    }
    // Answers the current true/false or multiple-choice question right, by keyboard.
    void AnswerRight() {
        const content::Question question = Quiz().DisplayedQuestion();
        if (question.type == QuestionType::kTrueFalse) {
            Press(question.answer ? GLFW_KEY_T : GLFW_KEY_F);
        } else {
            const std::vector<int> rows = shell_->quiz().question_panel().choice_rows();
            for (size_t row = 0; row < rows.size(); ++row) {
                if (question.choices[static_cast<size_t>(rows[row])].correct) {
                    Press(GLFW_KEY_1 + static_cast<int>(row));
                }
            }
        }
        Press(GLFW_KEY_ENTER);
    }
    size_t Attempts() {
        auto attempts = collection_->ListQuizAttempts();
        EXPECT_TRUE(attempts.has_value());
        return attempts ? attempts->size() : 0;
    }
};

TEST_F(QuizViewTest, HomeQuizButtonOpensTheSetupOnTheSelectedDeck) {
    ClickHome("button/quiz");
    ASSERT_EQ(shell_->current(), ViewId::kQuizSetup);
    const study::QuizSetup setup = shell_->quiz_setup().Setup();
    ASSERT_EQ(setup.decks.size(), 1u);
    EXPECT_EQ(setup.decks[0], "Solar system");
    EXPECT_EQ(setup.question_count, 10);
    EXPECT_TRUE(setup.types.empty());
    EXPECT_FALSE(setup.counts_toward_schedule);
    EXPECT_EQ(setup.feedback, study::QuizFeedback::kAtEnd);
}

TEST_F(QuizViewTest, SetupListsTopicsByTitleAndChoosesByTheirIds) {
    ClickHome("button/quiz");
    ASSERT_EQ(shell_->current(), ViewId::kQuizSetup);
    const std::string text = harness_.FrameText(Draw());
    EXPECT_NE(text.find("Planets"), std::string::npos) << text;
    EXPECT_NE(text.find("Moons"), std::string::npos) << text;
    EXPECT_EQ(text.find("facts:"), std::string::npos) << "titles, not ids: " << text;
    auto moons = shell_->quiz_setup().rects().Find("topic/0");  // topics sorted by id
    ASSERT_TRUE(moons.has_value());
    harness_.Click(moons->Center(), Draw());
    const study::QuizSetup setup = shell_->quiz_setup().Setup();
    ASSERT_EQ(setup.topics.size(), 1u);
    EXPECT_EQ(setup.topics[0], "facts:moons");
}

TEST_F(QuizViewTest, SetupQuestionMarkListsTheKeysAndEscapeClosesItFirst) {
    ClickHome("button/quiz");
    ASSERT_EQ(shell_->current(), ViewId::kQuizSetup);
    harness_.io().AddInputCharacter('?');
    harness_.Frame(Draw());
    ASSERT_TRUE(shell_->quiz_setup().help().IsOpen());
    harness_.Frame(Draw());
    Press(GLFW_KEY_ESCAPE);
    EXPECT_FALSE(shell_->quiz_setup().help().IsOpen());
    EXPECT_EQ(shell_->current(), ViewId::kQuizSetup) << "Escape closed the help, not the view";
    harness_.Frame(Draw());
    Press(GLFW_KEY_ESCAPE);
    EXPECT_EQ(shell_->current(), ViewId::kHome);
}

TEST_F(QuizViewTest, BadSetupShowsTheReasonAndStaysOnSetup) {
    ClickHome("button/quiz");
    shell_->quiz_setup().state().question_count = 0;
    Press(GLFW_KEY_ENTER);
    EXPECT_EQ(shell_->current(), ViewId::kQuizSetup);
    EXPECT_NE(shell_->quiz_setup().state().message.find("question_count"), std::string::npos)
        << shell_->quiz_setup().state().message;
}

TEST_F(QuizViewTest, EnterThroughTheWholeQuizScoresItAndSavesTheAttempt) {
    ClickHome("button/quiz");
    Press(GLFW_KEY_ENTER);
    ASSERT_EQ(shell_->current(), ViewId::kQuiz);
    const int count = Quiz().Count();
    ASSERT_EQ(count, 7);  // every question of the example bank, one card each (ordinal 0)
    int flashcards = 0;
    for (int i = 0; i < 3 * count && shell_->current() == ViewId::kQuiz; ++i) {
        const bool flashcard = Quiz().DisplayedQuestion().type == QuestionType::kFlashcard;
        if (flashcard && Quiz().Phase() == study::QuizPhase::kQuestion) {
            ++flashcards;
        }
        Press(GLFW_KEY_ENTER);  // submit (empty = "I don't know"), reveal, or accept Good
    }
    ASSERT_EQ(shell_->current(), ViewId::kQuizResults);
    const study::QuizResult& result = shell_->quiz_results().result();
    // Flashcards accepted as Good score 1; an ordering is always an answer (the items as
    // shown, never the right order) and earns partial credit at most; every other empty
    // answer is "I don't know" and scores 0.
    double expected = 0;
    for (int i = 0; i < count; ++i) {
        const study::QuizItem& item = Quiz().Item(i);
        ASSERT_TRUE(item.answer.has_value()) << i;
        switch (item.card.question.type) {
            case QuestionType::kFlashcard:
                EXPECT_EQ(item.rating, Rating::kGood);
                EXPECT_DOUBLE_EQ(item.Score(), 1.0);
                break;
            case QuestionType::kOrdering:
                EXPECT_FALSE(item.answer->dont_know);
                EXPECT_LT(item.Score(), 1.0);
                break;
            default:
                EXPECT_TRUE(item.answer->dont_know) << i;
                EXPECT_DOUBLE_EQ(item.Score(), 0.0);
        }
        expected += item.Score();
    }
    EXPECT_DOUBLE_EQ(result.score, expected);
    EXPECT_DOUBLE_EQ(result.max_score, count);
    EXPECT_EQ(result.correct, flashcards);
    EXPECT_EQ(static_cast<int>(result.mistakes.size()), count - flashcards);
    auto attempts = collection_->ListQuizAttempts();
    ASSERT_TRUE(attempts.has_value());
    ASSERT_EQ(attempts->size(), 1u);
    EXPECT_EQ(attempts->front().id, result.attempt_id);
    // A quiz leaves the schedule alone by default.
    auto log = collection_->ReadReviewLog();
    ASSERT_TRUE(log.has_value());
    EXPECT_TRUE(log->empty());
    Press(GLFW_KEY_ENTER);
    EXPECT_EQ(shell_->current(), ViewId::kHome);
}

TEST_F(QuizViewTest, RightAnswersByKeyboardScoreFullMarks) {
    ClickHome("button/quiz");
    shell_->quiz_setup().state().type_chosen.assign(std::size(content::kAllQuestionTypes), false);
    shell_->quiz_setup().state().type_chosen[static_cast<size_t>(QuestionType::kMultipleChoice)] =
        true;
    shell_->quiz_setup().state().type_chosen[static_cast<size_t>(QuestionType::kTrueFalse)] = true;
    Press(GLFW_KEY_ENTER);
    ASSERT_EQ(shell_->current(), ViewId::kQuiz);
    const int count = Quiz().Count();
    ASSERT_GE(count, 2);
    for (int i = 0; i < count; ++i) {
        const content::Question question = Quiz().DisplayedQuestion();
        if (question.type == QuestionType::kTrueFalse) {
            Press(question.answer ? GLFW_KEY_T : GLFW_KEY_F);
        } else {
            // Digits pick by the row a choice is shown on.
            const std::vector<int> rows = shell_->quiz().question_panel().choice_rows();
            for (size_t row = 0; row < rows.size(); ++row) {
                if (question.choices[static_cast<size_t>(rows[row])].correct) {
                    Press(GLFW_KEY_1 + static_cast<int>(row));
                }
            }
        }
        Press(GLFW_KEY_ENTER);
    }
    ASSERT_TRUE(shell_->quiz().Reviewing());
    Press(GLFW_KEY_ENTER);  // finish from the review page
    ASSERT_EQ(shell_->current(), ViewId::kQuizResults);
    EXPECT_DOUBLE_EQ(shell_->quiz_results().result().score, count);
    EXPECT_TRUE(shell_->quiz_results().result().mistakes.empty());
}

// The last answer opens the review page instead of scoring: it lists every question with its
// answer, a question opened from it (by mouse or keys) comes back to it once answered, and
// Enter there scores the changed answers.
TEST_F(QuizViewTest, ReviewPageChangesAnswersBeforeFinishing) {
    ClickHome("button/quiz");
    Press(GLFW_KEY_ENTER);
    ASSERT_EQ(shell_->current(), ViewId::kQuiz);
    const int count = Quiz().Count();
    ASSERT_EQ(count, 7);
    Press(GLFW_KEY_PAGE_DOWN);  // the first is skipped
    for (int i = 0; i < 3 * count && !shell_->quiz().Reviewing(); ++i) {
        Press(GLFW_KEY_ENTER);  // "I don't know", reveal, or accept Good
    }
    ASSERT_TRUE(shell_->quiz().Reviewing());
    EXPECT_EQ(shell_->current(), ViewId::kQuiz);
    EXPECT_EQ(Attempts(), 0u) << "nothing is scored before Finish";
    EXPECT_EQ(Quiz().AnsweredCount(), count - 1);
    const std::string text = harness_.FrameText(Draw());
    EXPECT_NE(text.find("not answered"), std::string::npos) << text;
    EXPECT_NE(text.find("Finish and score (Enter)"), std::string::npos) << text;

    int true_false = -1;
    int choice = -1;
    for (int i = 0; i < count; ++i) {
        const QuestionType type = Quiz().Item(i).card.question.type;
        if (type == QuestionType::kTrueFalse) {
            true_false = i;
        } else if (type == QuestionType::kMultipleChoice) {
            choice = i;
        }
    }
    ASSERT_GE(true_false, 0);
    ASSERT_GE(choice, 0);
    ASSERT_EQ(Quiz().Item(true_false).Score(), 0.0);
    ASSERT_EQ(Quiz().Item(choice).Score(), 0.0);

    // By mouse: the true/false question, answered right, then back to the page.
    harness_.Click(
        testing::CenterOf(shell_->quiz().rects(), "review/row/" + std::to_string(true_false)),
        Draw());
    ASSERT_FALSE(shell_->quiz().Reviewing());
    ASSERT_EQ(Quiz().Index(), true_false);
    AnswerRight();
    ASSERT_TRUE(shell_->quiz().Reviewing()) << "a changed answer returns to the review";
    EXPECT_EQ(shell_->quiz().review_page().selected(), true_false);
    // By keys: Up / Down to the multiple-choice question, Space to open it, answered right.
    harness_.Frame(Draw());
    for (int i = true_false; i < choice; ++i) {
        Press(GLFW_KEY_DOWN);
    }
    for (int i = choice; i < true_false; ++i) {
        Press(GLFW_KEY_UP);
    }
    Press(GLFW_KEY_SPACE);
    ASSERT_FALSE(shell_->quiz().Reviewing());
    ASSERT_EQ(Quiz().Index(), choice);
    AnswerRight();
    ASSERT_TRUE(shell_->quiz().Reviewing());
    EXPECT_EQ(Attempts(), 0u);
    EXPECT_DOUBLE_EQ(Quiz().Item(true_false).Score(), 1.0);
    EXPECT_DOUBLE_EQ(Quiz().Item(choice).Score(), 1.0);
    double expected = 0;
    for (int i = 0; i < count; ++i) {
        expected += Quiz().Item(i).Score();
    }

    Press(GLFW_KEY_ENTER);
    ASSERT_EQ(shell_->current(), ViewId::kQuizResults);
    const study::QuizResult& result = shell_->quiz_results().result();
    EXPECT_DOUBLE_EQ(result.score, expected);
    EXPECT_GE(result.score, 2.0);
    EXPECT_EQ(result.answered, count - 1);
    EXPECT_EQ(Attempts(), 1u);
}

// "Retake my mistakes" (R) starts a quiz of exactly the questions not fully right.
TEST_F(QuizViewTest, RetakeMyMistakesAsksExactlyTheWrongQuestions) {
    ClickHome("button/quiz");
    Press(GLFW_KEY_ENTER);
    ASSERT_EQ(shell_->current(), ViewId::kQuiz);
    for (int i = 0; i < 30 && shell_->current() == ViewId::kQuiz; ++i) {
        Press(GLFW_KEY_ENTER);  // flashcards Good (right); the rest wrong or partly right
    }
    ASSERT_EQ(shell_->current(), ViewId::kQuizResults);
    std::set<int64_t> wrong;
    for (int i = 0; i < Quiz().Count(); ++i) {
        if (Quiz().Item(i).Score() < 1) {
            wrong.insert(Quiz().Item(i).card.id.value);
        }
    }
    ASSERT_FALSE(wrong.empty());
    ASSERT_LT(wrong.size(), static_cast<size_t>(Quiz().Count())) << "some were right";
    const std::string text = harness_.FrameText(Draw());
    EXPECT_NE(text.find("Retake my mistakes (R)"), std::string::npos) << text;

    Press(GLFW_KEY_R);
    ASSERT_EQ(shell_->current(), ViewId::kQuiz);
    std::set<int64_t> asked;
    for (int i = 0; i < Quiz().Count(); ++i) {
        asked.insert(Quiz().Item(i).card.id.value);
    }
    EXPECT_EQ(Quiz().Count(), static_cast<int>(wrong.size())) << "each once";
    EXPECT_EQ(asked, wrong);
    EXPECT_EQ(Quiz().AnsweredCount(), 0);
}

TEST_F(QuizViewTest, APerfectQuizOffersNoRetake) {
    StartChoiceQuiz();
    ASSERT_EQ(shell_->current(), ViewId::kQuiz);
    for (int i = Quiz().Count(); i > 0; --i) {
        AnswerRight();
    }
    Press(GLFW_KEY_ENTER);
    ASSERT_EQ(shell_->current(), ViewId::kQuizResults);
    EXPECT_TRUE(shell_->quiz_results().result().mistakes.empty());
    harness_.Frame(Draw());
    EXPECT_FALSE(shell_->quiz_results().rects().Find("button/retake").has_value());
    Press(GLFW_KEY_R);
    EXPECT_EQ(shell_->current(), ViewId::kQuizResults);
}

TEST_F(QuizViewTest, ImmediateFeedbackShowsEachAnswerThenContinues) {
    ClickHome("button/quiz");
    shell_->quiz_setup().state().immediate_feedback = true;
    shell_->quiz_setup().state().counts_toward_schedule = true;
    Press(GLFW_KEY_ENTER);
    ASSERT_EQ(shell_->current(), ViewId::kQuiz);
    const int count = Quiz().Count();
    for (int i = 0; i < 3 * count && shell_->current() == ViewId::kQuiz; ++i) {
        const bool flashcard = Quiz().DisplayedQuestion().type == QuestionType::kFlashcard;
        const int index = Quiz().Index();
        Press(GLFW_KEY_ENTER);
        if (shell_->current() != ViewId::kQuiz) {
            break;
        }
        if (!flashcard && Quiz().Index() == index) {
            EXPECT_EQ(Quiz().Phase(), study::QuizPhase::kFeedback);
        }
    }
    ASSERT_EQ(shell_->current(), ViewId::kQuizResults);
    EXPECT_EQ(shell_->quiz_results().result().answered, count);
    // With "counts toward the schedule" every answer is also a review.
    auto log = collection_->ReadReviewLog();
    ASSERT_TRUE(log.has_value());
    EXPECT_EQ(static_cast<int>(log->size()), count);
}

TEST_F(QuizViewTest, EscapeAbandonsWithoutSaving) {
    ClickHome("button/quiz");
    Press(GLFW_KEY_ENTER);
    ASSERT_EQ(shell_->current(), ViewId::kQuiz);
    Press(GLFW_KEY_ESCAPE);
    EXPECT_EQ(shell_->current(), ViewId::kHome);
    auto attempts = collection_->ListQuizAttempts();
    ASSERT_TRUE(attempts.has_value());
    EXPECT_TRUE(attempts->empty());
}

// With answers given, Escape asks: Escape again keeps the quiz, Enter scores what was answered.
TEST_F(QuizViewTest, EscapeAfterAnsweringAsksAndCanFinishAndScore) {
    ClickHome("button/quiz");
    Press(GLFW_KEY_ENTER);
    ASSERT_EQ(shell_->current(), ViewId::kQuiz);
    for (int i = 0; i < 6 && Quiz().AnsweredCount() == 0; ++i) {
        Press(GLFW_KEY_ENTER);
    }
    ASSERT_GT(Quiz().AnsweredCount(), 0);
    const int answered = Quiz().AnsweredCount();

    Press(GLFW_KEY_ESCAPE);
    EXPECT_EQ(shell_->current(), ViewId::kQuiz);
    ASSERT_TRUE(shell_->quiz().ConfirmingLeave());
    Press(GLFW_KEY_ESCAPE);  // keep going
    EXPECT_EQ(shell_->current(), ViewId::kQuiz);
    EXPECT_FALSE(shell_->quiz().ConfirmingLeave());
    EXPECT_EQ(Quiz().AnsweredCount(), answered);

    Press(GLFW_KEY_ESCAPE);
    ASSERT_TRUE(shell_->quiz().ConfirmingLeave());
    Press(GLFW_KEY_ENTER);  // finish and score
    ASSERT_EQ(shell_->current(), ViewId::kQuizResults);
    auto attempts = collection_->ListQuizAttempts();
    ASSERT_TRUE(attempts.has_value());
    EXPECT_EQ(attempts->size(), 1u);
}

TEST_F(QuizViewTest, AbandonAfterAnsweringIsAConfirmedChoice) {
    ClickHome("button/quiz");
    Press(GLFW_KEY_ENTER);
    for (int i = 0; i < 6 && Quiz().AnsweredCount() == 0; ++i) {
        Press(GLFW_KEY_ENTER);
    }
    ASSERT_GT(Quiz().AnsweredCount(), 0);
    Press(GLFW_KEY_ESCAPE);
    ASSERT_TRUE(shell_->quiz().ConfirmingLeave());
    harness_.Frame(Draw());  // the question window settles its size
    auto rect = shell_->quiz().rects().Find("confirm/abandon");
    ASSERT_TRUE(rect.has_value());
    harness_.Click(rect->Center(), Draw());
    EXPECT_EQ(shell_->current(), ViewId::kHome);
    auto attempts = collection_->ListQuizAttempts();
    ASSERT_TRUE(attempts.has_value());
    EXPECT_TRUE(attempts->empty());
}

TEST_F(QuizViewTest, TimeLimitFinishesTheQuiz) {
    ClickHome("button/quiz");
    shell_->quiz_setup().state().time_limit_minutes = 1;
    Press(GLFW_KEY_ENTER);
    ASSERT_EQ(shell_->current(), ViewId::kQuiz);
    now_ += 61'000;
    harness_.Frame(Draw());
    harness_.Frame(Draw());
    ASSERT_EQ(shell_->current(), ViewId::kQuizResults);
    EXPECT_TRUE(shell_->quiz_results().result().timed_out);
}

}  // namespace
}  // namespace summit::ui
