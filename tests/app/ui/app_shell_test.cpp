// Headless tests of the whole app shell over the example bank: Home → Study by Enter, answering
// by keyboard alone, undo, the summary, the help overlay, and what the collection recorded.
#include "app/ui/shell/app_shell.h"

#include <set>
#include <string>
#include <vector>

#define GLFW_INCLUDE_NONE
#include <GLFW/glfw3.h>
#include <gtest/gtest.h>

#include "app/ui/widgets/theme.h"
#include "tests/app/ui/view_fixtures.h"

namespace summit::ui {
namespace {

using content::QuestionType;

class AppShellTest : public testing::ShellTest {
  protected:
    void PressCtrl(int key) {
        harness_.io().KeyCtrl = true;
        Press(key);
        harness_.io().KeyCtrl = false;
    }

    std::vector<storage::ReviewRow> Log() {
        auto log = collection_->ReadReviewLog();
        EXPECT_TRUE(log.has_value());
        return log ? *log : std::vector<storage::ReviewRow>{};
    }
    const study::StudySession& Session() { return *shell_->study().session(); }
    QuestionType CurrentType() { return Session().DisplayedQuestion().type; }

    // Answers the current card with Enter twice: reveal or submit (nothing given = "I don't
    // know"), then accept the highlighted rating.
    void AnswerByEnter() {
        Press(GLFW_KEY_ENTER);
        ASSERT_NE(Session().Phase(), study::SessionPhase::kQuestion)
            << "Enter did not submit a " << content::QuestionTypeName(CurrentType());
        Press(GLFW_KEY_ENTER);
    }

    // Answers cards by Enter until the current one is of `type`; false if the session ends.
    bool SkipTo(QuestionType type) {
        for (int i = 0; i < 20 && shell_->current() == ViewId::kStudy; ++i) {
            if (!Session().Finished() && CurrentType() == type) {
                return true;
            }
            AnswerByEnter();
        }
        return false;
    }
};

TEST_F(AppShellTest, AShellReadsHomesRowsOnlyWhenFirstAskedAndProgressNeedsNone) {
    AppShell fresh(*collection_, [this] { return now_; });
    // Opened on Progress, as a screenshot of it is: its deck chooser reads names alone.
    fresh.OpenProgress(std::nullopt);
    harness_.Frame([&] { fresh.Draw(); });
    EXPECT_EQ(fresh.current(), ViewId::kProgress);
    // Home's rows are read when first asked for, without a Reload.
    ASSERT_EQ(fresh.home_model().decks.size(), shell_->home_model().decks.size());
    EXPECT_EQ(fresh.home_model().decks.front().name, "Solar system");
    EXPECT_GT(fresh.home_model().decks.front().new_count, 0);
}

TEST_F(AppShellTest, EnterOnHomeStudiesTheSelectedDeck) {
    EXPECT_EQ(shell_->current(), ViewId::kHome);
    Press(GLFW_KEY_ENTER);
    ASSERT_EQ(shell_->current(), ViewId::kStudy);
    ASSERT_TRUE(shell_->study().session().has_value());
    EXPECT_EQ(shell_->study().state().deck_label, "Solar system");
    EXPECT_FALSE(Session().Finished());
    EXPECT_EQ(Session().Phase(), study::SessionPhase::kQuestion);
}

TEST_F(AppShellTest, FlashcardIsRevealedByEnterAndRatedByDigit) {
    Press(GLFW_KEY_ENTER);
    ASSERT_TRUE(SkipTo(QuestionType::kFlashcard));
    const size_t before = Log().size();
    const storage::CardId card = Session().Current().id;
    Press(GLFW_KEY_ENTER);
    ASSERT_EQ(Session().Phase(), study::SessionPhase::kRevealed);
    EXPECT_EQ(shell_->study().feedback_panel().highlighted(), Rating::kGood);
    Press(GLFW_KEY_4);
    const std::vector<storage::ReviewRow> log = Log();
    ASSERT_EQ(log.size(), before + 1);
    EXPECT_EQ(log.back().card_id, card);
    EXPECT_EQ(log.back().rating, Rating::kEasy);
}

TEST_F(AppShellTest, MultipleChoiceIsAnsweredByDigitsAndEnter) {
    Press(GLFW_KEY_ENTER);
    ASSERT_TRUE(SkipTo(QuestionType::kMultipleChoice));
    const content::Question question = Session().DisplayedQuestion();
    const storage::CardId card = Session().Current().id;
    // Digits pick by the row a choice is shown on.
    const std::vector<int>& rows = shell_->study().question_panel().choice_rows();
    for (size_t row = 0; row < rows.size(); ++row) {
        if (question.choices[static_cast<size_t>(rows[row])].correct) {
            Press(GLFW_KEY_1 + static_cast<int>(row));
        }
    }
    Press(GLFW_KEY_ENTER);
    ASSERT_EQ(Session().Phase(), study::SessionPhase::kAnswered);
    ASSERT_TRUE(Session().Grade().has_value());
    EXPECT_EQ(Session().Grade()->verdict, study::Verdict::kCorrect);
    const Rating suggested = *Session().SuggestedRating();
    EXPECT_EQ(shell_->study().feedback_panel().highlighted(), suggested);
    const size_t before = Log().size();
    Press(GLFW_KEY_SPACE);
    const std::vector<storage::ReviewRow> log = Log();
    ASSERT_EQ(log.size(), before + 1);
    EXPECT_EQ(log.back().card_id, card);
    EXPECT_EQ(log.back().rating, suggested);
    EXPECT_TRUE(log.back().correct);
}

TEST_F(AppShellTest, EnterAloneWorksThroughEveryType) {
    Press(GLFW_KEY_ENTER);
    std::set<QuestionType> seen;
    int answered = 0;
    while (shell_->current() == ViewId::kStudy && seen.size() < 7 && answered < 30) {
        seen.insert(CurrentType());
        AnswerByEnter();
        ++answered;
    }
    EXPECT_EQ(seen.size(), 7u);
    EXPECT_EQ(static_cast<int>(Log().size()), answered);
    Press(GLFW_KEY_ESCAPE);
    ASSERT_EQ(shell_->current(), ViewId::kSummary);
    EXPECT_EQ(shell_->summary().summary().answered, answered);
    EXPECT_EQ(shell_->summary().summary().by_type.size(), 7u);
}

TEST_F(AppShellTest, UndoRestoresTheCardAndTheLog) {
    Press(GLFW_KEY_ENTER);
    const storage::CardId card = Session().Current().id;
    auto before = collection_->GetCard(card);
    ASSERT_TRUE(before.has_value());
    AnswerByEnter();
    AnswerByEnter();
    ASSERT_EQ(Log().size(), 2u);
    PressCtrl(GLFW_KEY_Z);
    EXPECT_EQ(Log().size(), 1u);
    PressCtrl(GLFW_KEY_Z);
    EXPECT_EQ(Log().size(), 0u);
    auto after = collection_->GetCard(card);
    ASSERT_TRUE(after.has_value());
    EXPECT_EQ(after->state, before->state);
    EXPECT_EQ(Session().Current().id, card);
    EXPECT_EQ(Session().Progress().done, 0);
    EXPECT_FALSE(Session().CanUndo());
}

TEST_F(AppShellTest, UKeyUndoesWhenNoTextFieldHasTheKeyboard) {
    Press(GLFW_KEY_ENTER);
    AnswerByEnter();
    ASSERT_EQ(Log().size(), 1u);
    if (harness_.io().WantTextInput) {
        GTEST_SKIP() << "the next question takes typing; U would type a letter";
    }
    Press(GLFW_KEY_U);
    EXPECT_EQ(Log().size(), 0u);
}

TEST_F(AppShellTest, EscapeAfterAnsweringShowsTheSummaryThenEnterGoesHome) {
    Press(GLFW_KEY_ENTER);
    AnswerByEnter();
    Press(GLFW_KEY_ESCAPE);
    ASSERT_EQ(shell_->current(), ViewId::kSummary);
    EXPECT_EQ(shell_->summary().summary().answered, 1);
    const std::string text = harness_.FrameText(Draw());
    EXPECT_NE(text.find("Answered 1 question"), std::string::npos) << text;
    // Topics are shown by the names the bank gives them, not by their ids.
    EXPECT_NE(text.find("Planets"), std::string::npos) << text;
    EXPECT_EQ(text.find("facts:planets"), std::string::npos) << text;
    Press(GLFW_KEY_ENTER);
    EXPECT_EQ(shell_->current(), ViewId::kHome);
}

// Leaving with cards still due is not "complete": the title says it stopped early.
TEST_F(AppShellTest, EscapeTitlesTheSummaryStoppedEarly) {
    Press(GLFW_KEY_ENTER);
    AnswerByEnter();
    Press(GLFW_KEY_ESCAPE);
    ASSERT_EQ(shell_->current(), ViewId::kSummary);
    const std::string text = harness_.FrameText(Draw());
    EXPECT_NE(text.find("Stopped early"), std::string::npos) << text;
    EXPECT_EQ(text.find("Session complete"), std::string::npos) << text;
    EXPECT_NE(text.find("still to study today"), std::string::npos) << text;
}

TEST_F(AppShellTest, EscapeBeforeAnsweringGoesStraightHome) {
    Press(GLFW_KEY_ENTER);
    Press(GLFW_KEY_ESCAPE);
    EXPECT_EQ(shell_->current(), ViewId::kHome);
    EXPECT_TRUE(Log().empty());
}

TEST_F(AppShellTest, QuestionMarkOpensHelpAndEscapeClosesOnlyHelp) {
    Press(GLFW_KEY_ENTER);
    // Flashcards have no text field, so "?" reaches the view.
    ASSERT_TRUE(SkipTo(QuestionType::kFlashcard));
    harness_.Type("?", Draw());
    ASSERT_TRUE(shell_->study().help().IsOpen());
    const std::string text = harness_.FrameText(Draw());
    Press(GLFW_KEY_ENTER);  // Enter closes the help; it does not reveal the card
    EXPECT_FALSE(shell_->study().help().IsOpen());
    EXPECT_EQ(Session().Phase(), study::SessionPhase::kQuestion);
    harness_.Type("?", Draw());
    Press(GLFW_KEY_ESCAPE);
    EXPECT_FALSE(shell_->study().help().IsOpen());
    EXPECT_EQ(shell_->current(), ViewId::kStudy);
}

TEST_F(AppShellTest, BuryHidesTheCardUntilTomorrow) {
    Press(GLFW_KEY_ENTER);
    ASSERT_TRUE(SkipTo(QuestionType::kFlashcard));
    const storage::CardId card = Session().Current().id;
    Press(GLFW_KEY_B);
    auto stored = collection_->GetCard(card);
    ASSERT_TRUE(stored.has_value());
    EXPECT_GT(stored->buried_until_ms, now_);
    EXPECT_NE(Session().Finished() ? storage::CardId{} : Session().Current().id, card);
}

// In a matching question B and S pick right-hand items; they must not bury or suspend the
// card mid-answer. Ctrl+B buries at any time; plain B works again on the answer screen.
TEST_F(AppShellTest, LettersAreAnswersWhileTheQuestionTakesThem) {
    Press(GLFW_KEY_ENTER);
    ASSERT_TRUE(SkipTo(QuestionType::kMatching));
    const storage::CardId card = Session().Current().id;
    Press(GLFW_KEY_1);
    Press(GLFW_KEY_B);
    Press(GLFW_KEY_S);
    ASSERT_FALSE(Session().Finished());
    EXPECT_EQ(Session().Current().id, card);
    EXPECT_EQ(Session().Phase(), study::SessionPhase::kQuestion);
    auto stored = collection_->GetCard(card);
    ASSERT_TRUE(stored.has_value());
    EXPECT_EQ(stored->buried_until_ms, 0);
    EXPECT_FALSE(stored->suspended);
    // The letters went to the answer instead.
    EXPECT_NE(shell_->study().question_panel().CurrentAnswer().matches,
              (std::vector<int>(Session().DisplayedQuestion().pairs.size(), -1)));

    PressCtrl(GLFW_KEY_B);
    stored = collection_->GetCard(card);
    ASSERT_TRUE(stored.has_value());
    EXPECT_GT(stored->buried_until_ms, now_);
}

TEST_F(AppShellTest, PlainBBuriesOnTheAnswerScreen) {
    Press(GLFW_KEY_ENTER);
    ASSERT_TRUE(SkipTo(QuestionType::kTrueFalse));
    const storage::CardId card = Session().Current().id;
    Press(GLFW_KEY_B);  // not a true/false key, but a letter while letters are answers
    ASSERT_EQ(Session().Current().id, card);
    Press(GLFW_KEY_T);
    Press(GLFW_KEY_ENTER);
    ASSERT_EQ(Session().Phase(), study::SessionPhase::kAnswered);
    Press(GLFW_KEY_B);
    auto stored = collection_->GetCard(card);
    ASSERT_TRUE(stored.has_value());
    EXPECT_GT(stored->buried_until_ms, now_);
}

TEST_F(AppShellTest, F1OpensHelpEvenWhileTyping) {
    Press(GLFW_KEY_ENTER);
    ASSERT_TRUE(SkipTo(QuestionType::kTyped));
    harness_.Frame(Draw());
    harness_.Frame(Draw());
    ASSERT_TRUE(harness_.io().WantTextInput);
    harness_.Type("?", Draw());
    EXPECT_FALSE(shell_->study().help().IsOpen());  // "?" is text in a typed answer
    Press(GLFW_KEY_F1);
    EXPECT_TRUE(shell_->study().help().IsOpen());
}

TEST_F(AppShellTest, NothingDueOffersBackAndAQuiz) {
    study::DeckSettings none;
    none.new_per_day = 0;
    ASSERT_TRUE(study::SaveDeckSettings(
        *collection_, summit::testing::DeckNamed(*collection_, "Solar system"), none));
    Press(GLFW_KEY_ENTER);
    ASSERT_EQ(shell_->current(), ViewId::kStudy);
    EXPECT_TRUE(shell_->study().state().nothing_due);
    EXPECT_FALSE(shell_->study().NeedsTicks());
    const std::string text = harness_.FrameText(Draw());
    EXPECT_NE(text.find("Nothing due"), std::string::npos) << text;
    auto quiz = shell_->study().rects().Find("button/quiz");
    ASSERT_TRUE(quiz.has_value());
    harness_.Click(quiz->Center(), Draw());
    ASSERT_EQ(shell_->current(), ViewId::kQuizSetup);
    EXPECT_EQ(shell_->quiz_setup().Setup().decks, std::vector<std::string>{"Solar system"});
}

TEST_F(AppShellTest, SettingsFromHomeAndBack) {
    auto settings = shell_->home().rects().Find("button/settings");
    ASSERT_TRUE(settings.has_value());
    harness_.Click(settings->Center(), Draw());
    ASSERT_EQ(shell_->current(), ViewId::kSettings);
    Press(GLFW_KEY_ESCAPE);
    EXPECT_EQ(shell_->current(), ViewId::kHome);
}

TEST_F(AppShellTest, ProgressFromHomeAndBack) {
    auto progress = shell_->home().rects().Find("button/progress");
    ASSERT_TRUE(progress.has_value());
    harness_.Click(progress->Center(), Draw());
    ASSERT_EQ(shell_->current(), ViewId::kProgress);
    for (int i = 0; i < 3; ++i) {
        harness_.Frame(Draw());
    }
    EXPECT_EQ(shell_->current(), ViewId::kProgress);
}

TEST_F(AppShellTest, SessionClockAsksForTicksOnlyWhileStudying) {
    EXPECT_FALSE(shell_->NeedsTicks());
    Press(GLFW_KEY_ENTER);
    EXPECT_TRUE(shell_->NeedsTicks());
    Press(GLFW_KEY_ESCAPE);
    EXPECT_FALSE(shell_->NeedsTicks());
}

}  // namespace
}  // namespace summit::ui
