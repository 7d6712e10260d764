// The keyboard everywhere: Tab / Shift+Tab move a visible focus ring through the controls of
// Home, Quiz setup, Progress and Settings, Enter or Space use the focused control, and Ctrl+Tab
// cycles those views; in a study session Tab changes nothing and Space/Enter keep their jobs.
#include <string>

#define GLFW_INCLUDE_NONE
#include <GLFW/glfw3.h>
#include <gtest/gtest.h>
#include <imgui.h>

#include "app/ui/progress/progress_view.h"
#include "app/ui/shell/app_shell.h"
#include "tests/app/ui/view_fixtures.h"

namespace summit::ui {
namespace {

// Vertices drawn in the focus ring's colour in the last rendered frame.
int RingVertices() {
    const ImU32 ring = ImGui::GetColorU32(ImGuiCol_NavHighlight);
    int count = 0;
    const ImDrawData* data = ImGui::GetDrawData();
    for (int i = 0; data != nullptr && i < data->CmdListsCount; ++i) {
        for (const ImDrawVert& vertex : data->CmdLists[i]->VtxBuffer) {
            count += vertex.col == ring ? 1 : 0;
        }
    }
    return count;
}

class KeyboardFocusTest : public testing::ShellTest {
  protected:
    void Tab(int times = 1, bool shift = false) {
        for (int i = 0; i < times; ++i) {
            harness_.io().KeyShift = shift;
            Press(GLFW_KEY_TAB);
            harness_.io().KeyShift = false;
        }
    }
    void CtrlTab(bool shift = false) {
        harness_.io().KeyCtrl = true;
        Tab(1, shift);
        harness_.io().KeyCtrl = false;
    }
    std::string Text() { return harness_.FrameText(Draw()); }
    // Frames for a text field to take the keyboard, or a question to open, and io to say so.
    void Settle() {
        harness_.Frame(Draw());
        harness_.Frame(Draw());
    }
};

TEST_F(KeyboardFocusTest, TabRingsTheHomeButtonsInOrderAndEnterOrSpacePressesThem) {
    harness_.Frame(Draw());
    const int without_ring = RingVertices();
    EXPECT_FALSE(shell_->home().focus().HasFocus());
    Tab();
    EXPECT_EQ(shell_->home().focus().focused(), 0) << "Study";
    harness_.Frame(Draw());
    EXPECT_GT(RingVertices(), without_ring) << "the focused button has a visible ring";
    Tab();
    EXPECT_EQ(shell_->home().focus().focused(), 1) << "Quiz";
    Tab(2);
    EXPECT_EQ(shell_->home().focus().focused(), 3) << "Browse";
    Tab();
    EXPECT_EQ(shell_->home().focus().focused(), 4) << "Settings";
    Tab();
    EXPECT_EQ(shell_->home().focus().focused(), 5) << "Class";
    Tab();
    EXPECT_EQ(shell_->home().focus().focused(), 6) << "Import";
    Tab();
    EXPECT_EQ(shell_->home().focus().focused(), 0) << "wraps to Study";
    Tab(5, true);
    EXPECT_EQ(shell_->home().focus().focused(), 2) << "Shift+Tab goes back, wrapping";
    Press(GLFW_KEY_SPACE);
    EXPECT_EQ(shell_->current(), ViewId::kProgress) << "Space pressed the focused Progress";
    Press(GLFW_KEY_ESCAPE);
    ASSERT_EQ(shell_->current(), ViewId::kHome);
    EXPECT_EQ(shell_->home().focus().focused(), 2) << "back on Home, the ring is where it was";
    Tab(1, true);
    Press(GLFW_KEY_ENTER);
    EXPECT_EQ(shell_->current(), ViewId::kQuizSetup) << "Enter pressed Quiz, not Study";
}

TEST_F(KeyboardFocusTest, AClickHidesTheRingAndEnterStudiesAgain) {
    Tab();
    ASSERT_TRUE(shell_->home().focus().HasFocus());
    harness_.Click(ImVec2(5, 5), Draw());
    EXPECT_FALSE(shell_->home().focus().HasFocus());
    Press(GLFW_KEY_ENTER);
    EXPECT_EQ(shell_->current(), ViewId::kStudy);
}

TEST_F(KeyboardFocusTest, QuizSetupIsSetAndStartedFromTheKeyboard) {
    Press(GLFW_KEY_Q);
    ASSERT_EQ(shell_->current(), ViewId::kQuizSetup);
    QuizSetupView& setup = shell_->quiz_setup();
    // Back, the decks, the topics, the two number fields, then the types.
    const int first_type = 1 + static_cast<int>(setup.state().decks.size()) +
                           static_cast<int>(setup.state().topics.size()) + 2;
    Tab(first_type + 1);
    EXPECT_EQ(setup.focus().focused(), first_type);
    ASSERT_TRUE(setup.state().type_chosen[0]);
    Press(GLFW_KEY_SPACE);
    EXPECT_FALSE(setup.state().type_chosen[0]) << "Space ticked off Flashcards";
    Press(GLFW_KEY_SPACE);
    EXPECT_TRUE(setup.state().type_chosen[0]);

    // The number of questions takes typing as soon as Tab reaches it.
    Tab(2, true);
    EXPECT_EQ(setup.focus().focused(), first_type - 2);
    Settle();
    ASSERT_TRUE(harness_.io().WantTextInput) << "the field has the keyboard";
    harness_.Type("3", Draw());
    Tab();  // on to the minutes: the typed count stays
    Settle();
    EXPECT_EQ(setup.state().question_count, 3);

    Tab(first_type, true);  // from the minutes back past Back, wrapping to Start quiz
    Settle();
    EXPECT_FALSE(harness_.io().WantTextInput);
    Press(GLFW_KEY_ENTER);
    EXPECT_EQ(shell_->current(), ViewId::kQuiz) << setup.state().message;
}

TEST_F(KeyboardFocusTest, SettingsFieldsAreReachedByTabAndSavedByTheFocusedButton) {
    Press(GLFW_KEY_S);
    ASSERT_EQ(shell_->current(), ViewId::kSettings);
    SettingsView& settings = shell_->settings();
    // Back, Deck, Desired retention, New cards per day.
    Tab(4);
    EXPECT_EQ(settings.focus().focused(), 3);
    Settle();
    ASSERT_TRUE(harness_.io().WantTextInput);
    harness_.Type("4", Draw());
    harness_.Frame(Draw());
    EXPECT_EQ(settings.state().editing.new_per_day, 4);
    // Then reviews, learning, relearning, longest answer, FSRS, SM-2.
    Tab(6);
    EXPECT_EQ(settings.focus().focused(), 9);
    Settle();
    EXPECT_FALSE(harness_.io().WantTextInput) << "left the text fields";
    Press(GLFW_KEY_SPACE);
    EXPECT_EQ(settings.state().editing.scheduler, study::SchedulerKind::kSm2);
    Tab();  // Save deck options
    Press(GLFW_KEY_ENTER);
    EXPECT_EQ(settings.state().deck_saved, "Saved.") << settings.state().deck_message;
    auto stored = study::LoadDeckSettings(*collection_, std::nullopt);
    ASSERT_TRUE(stored.has_value());
    EXPECT_EQ(stored->new_per_day, 4);
    EXPECT_EQ(stored->scheduler, study::SchedulerKind::kSm2);
}

TEST_F(KeyboardFocusTest, ArrowsChangeAFocusedDeckChooser) {
    ProgressView view(*collection_);
    view.SetDeck("Solar system");
    const auto draw = [&] { view.Draw(now_); };
    harness_.Frame(draw);
    for (int i = 0; i < 2; ++i) {  // Back, then the deck chooser
        harness_.PressKey(GLFW_KEY_TAB, draw);
    }
    ASSERT_EQ(view.focus().focused(), 1);
    harness_.PressKey(GLFW_KEY_UP, draw);
    EXPECT_FALSE(view.state().deck.has_value()) << "Up chose All decks";
    harness_.PressKey(GLFW_KEY_DOWN, draw);
    EXPECT_EQ(view.state().deck, std::optional<std::string>("Solar system"));
    harness_.PressKey(GLFW_KEY_DOWN, draw);
    EXPECT_EQ(view.state().deck, std::optional<std::string>("Solar system")) << "the last stays";
}

TEST_F(KeyboardFocusTest, CtrlTabCyclesTheTopLevelViewsBothWays) {
    const ViewId forward[] = {ViewId::kQuizSetup, ViewId::kProgress, ViewId::kBrowse,
                              ViewId::kSettings, ViewId::kHome};
    for (ViewId view : forward) {
        CtrlTab();
        EXPECT_EQ(shell_->current(), view) << ViewName(view);
    }
    CtrlTab(true);
    EXPECT_EQ(shell_->current(), ViewId::kSettings);
    CtrlTab(true);
    EXPECT_EQ(shell_->current(), ViewId::kBrowse);
    CtrlTab(true);
    EXPECT_EQ(shell_->current(), ViewId::kProgress);
}

TEST_F(KeyboardFocusTest, CtrlTabOutOfSettingsWithUnsavedEditsAsksFirst) {
    Press(GLFW_KEY_S);
    shell_->settings().state().editing.new_per_day = 9;
    CtrlTab(true);  // towards Browse
    EXPECT_EQ(shell_->current(), ViewId::kSettings);
    ASSERT_TRUE(shell_->settings().state().confirm_leave);
    Settle();
    Press(GLFW_KEY_ESCAPE);  // keep editing
    EXPECT_EQ(shell_->current(), ViewId::kSettings);
    EXPECT_EQ(shell_->settings().state().editing.new_per_day, 9);
    Press(GLFW_KEY_ESCAPE);  // now Back asks; discarding goes home, not on to Browse
    Settle();
    Press(GLFW_KEY_D);
    EXPECT_EQ(shell_->current(), ViewId::kHome);

    Press(GLFW_KEY_S);
    shell_->settings().state().editing.new_per_day = 9;
    CtrlTab(true);
    Settle();
    Press(GLFW_KEY_D);
    EXPECT_EQ(shell_->current(), ViewId::kBrowse) << "discarded, then on to Browse";
}

TEST_F(KeyboardFocusTest, InAStudySessionTabAndCtrlTabLeaveSpaceAndEnterToTheQuestion) {
    Press(GLFW_KEY_ENTER);
    ASSERT_EQ(shell_->current(), ViewId::kStudy);
    const study::StudySession& session = *shell_->study().session();
    for (int i = 0; i < 20 && session.DisplayedQuestion().type != content::QuestionType::kFlashcard;
         ++i) {
        Press(GLFW_KEY_ENTER);
        Press(GLFW_KEY_ENTER);
    }
    ASSERT_EQ(session.DisplayedQuestion().type, content::QuestionType::kFlashcard);
    Tab();
    CtrlTab();
    EXPECT_EQ(shell_->current(), ViewId::kStudy) << "no view cycling during a session";
    Press(GLFW_KEY_SPACE);
    EXPECT_EQ(session.Phase(), study::SessionPhase::kRevealed) << "Space still reveals";
    const size_t before = collection_->ReadReviewLog()->size();
    Press(GLFW_KEY_ENTER);
    EXPECT_EQ(collection_->ReadReviewLog()->size(), before + 1) << "Enter still rates";
}

}  // namespace
}  // namespace summit::ui
