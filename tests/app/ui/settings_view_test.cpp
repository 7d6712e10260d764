// Headless tests of the settings view: deck options and the look are saved to the collection,
// read back, and a bad value is refused with a message naming it.
#include "app/ui/settings/settings_view.h"

#include <optional>
#include <string>

#define GLFW_INCLUDE_NONE
#include <GLFW/glfw3.h>
#include <gtest/gtest.h>

#include "app/ui/shell/app_shell.h"
#include "app/ui/widgets/theme.h"
#include "tests/app/ui/view_fixtures.h"

namespace summit::ui {
namespace {

class SettingsViewTest : public ::testing::Test {
  protected:
    void SetUp() override {
        ApplyTheme(Theme::kDark, 1.0f);
        ASSERT_NO_FATAL_FAILURE(testing::OpenSolarSystem(collection_));
        view_.emplace(*collection_);
        const storage::DeckId solar = summit::testing::DeckNamed(*collection_, "Solar system");
        view_->Open({{solar, "Solar system"}}, solar, study::AppSettings{});
        harness_.Frame(Draw());
    }
    std::function<void()> Draw() {
        return [this] { view_->Draw(); };
    }
    void Click(const char* name) {
        auto rect = view_->rects().Find(name);
        ASSERT_TRUE(rect.has_value()) << name;
        harness_.Click(rect->Center(), Draw());
    }
    // Frames for the unsaved-changes question to open and settle where its buttons are (an
    // auto-sized popup is measured, hidden, on its first frame).
    void OpenQuestion() {
        harness_.Frame(Draw());
        harness_.Frame(Draw());
    }
    study::DeckSettings Stored() {
        auto loaded = study::LoadDeckSettings(
            *collection_, summit::testing::DeckNamed(*collection_, "Solar system"));
        EXPECT_TRUE(loaded.has_value());
        return loaded ? *loaded : study::DeckSettings{};
    }

    testing::Harness harness_;
    std::optional<storage::Collection> collection_;
    std::optional<SettingsView> view_;
};

TEST_F(SettingsViewTest, OpensOnTheDeckWithItsStoredOptions) {
    EXPECT_EQ(view_->state().deck_index, 1);
    EXPECT_EQ(view_->state().editing, study::DeckSettings{});
    for (const char* name : {"field/retention", "field/new", "field/reviews", "field/learning",
                             "field/relearning", "scheduler/fsrs", "scheduler/sm2", "button/save",
                             "theme/dark", "theme/light", "field/scale"}) {
        EXPECT_TRUE(view_->rects().Find(name).has_value()) << name;
    }
}

TEST_F(SettingsViewTest, SavedRetentionAndSchedulerAreReadBackFromTheCollection) {
    view_->state().editing.desired_retention = 0.85;
    Click("scheduler/sm2");
    Click("button/save");
    EXPECT_EQ(view_->state().deck_message, "");
    EXPECT_EQ(view_->state().deck_saved, "Saved.");
    const study::DeckSettings stored = Stored();
    EXPECT_DOUBLE_EQ(stored.desired_retention, 0.85);
    EXPECT_EQ(stored.scheduler, study::SchedulerKind::kSm2);

    // A fresh view over the same collection shows what was saved.
    SettingsView reopened(*collection_);
    const storage::DeckId solar = summit::testing::DeckNamed(*collection_, "Solar system");
    reopened.Open({{solar, "Solar system"}}, solar, study::AppSettings{});
    EXPECT_DOUBLE_EQ(reopened.state().editing.desired_retention, 0.85);
    EXPECT_EQ(reopened.state().editing.scheduler, study::SchedulerKind::kSm2);
}

TEST_F(SettingsViewTest, TypedStepsAreSaved) {
    Click("field/learning");
    ASSERT_TRUE(harness_.io().WantTextInput);
    for (int i = 0; i < 8; ++i) {
        harness_.PressKey(GLFW_KEY_BACKSPACE, Draw());
    }
    harness_.Type("2m 30m", Draw());
    Click("button/save");
    EXPECT_EQ(Stored().learning_steps, "2m 30m");
}

TEST_F(SettingsViewTest, OutOfRangeRetentionIsRefusedWithAMessageAndNotSaved) {
    view_->state().editing.desired_retention = 1.5;
    Click("button/save");
    EXPECT_NE(view_->state().deck_message.find("desired retention is 1.5"), std::string::npos)
        << view_->state().deck_message;
    EXPECT_NE(view_->state().deck_message.find("between 0.70 and 0.99"), std::string::npos);
    EXPECT_EQ(view_->state().deck_message.rfind("Not saved: ", 0), 0u);
    EXPECT_DOUBLE_EQ(Stored().desired_retention, 0.90);
}

TEST_F(SettingsViewTest, BadStepsAreRefused) {
    view_->state().editing.learning_steps = "1x";
    Click("button/save");
    EXPECT_NE(view_->state().deck_message.find("learning steps"), std::string::npos)
        << view_->state().deck_message;
    EXPECT_EQ(Stored().learning_steps, "1m 10m");
}

TEST_F(SettingsViewTest, AppearanceIsSavedAndReportedToTheWindow) {
    Click("theme/light");
    view_->state().appearance.ui_scale = 1.25;
    Click("button/apply");
    auto change = view_->TakeAppearanceChange();
    ASSERT_TRUE(change.has_value());
    EXPECT_EQ(change->theme, study::AppTheme::kLight);
    EXPECT_FALSE(view_->TakeAppearanceChange().has_value());
    auto stored = study::LoadAppSettings(*collection_);
    ASSERT_TRUE(stored.has_value());
    EXPECT_EQ(stored->theme, study::AppTheme::kLight);
    EXPECT_DOUBLE_EQ(stored->ui_scale, 1.25);
}

TEST_F(SettingsViewTest, OutOfRangeUiScaleIsRefused) {
    view_->state().appearance.ui_scale = 5;
    Click("button/apply");
    EXPECT_FALSE(view_->TakeAppearanceChange().has_value());
    EXPECT_NE(view_->state().appearance_message.find("Not saved"), std::string::npos);
    auto stored = study::LoadAppSettings(*collection_);
    ASSERT_TRUE(stored.has_value());
    EXPECT_DOUBLE_EQ(stored->ui_scale, 1.0);
}

TEST_F(SettingsViewTest, LongestAnswerTimeIsTypedSavedAndRangeChecked) {
    auto field = view_->rects().Find("field/max_answer");
    ASSERT_TRUE(field.has_value());
    // The text box is the field's left part; its +/- buttons are at the right end.
    harness_.Click(ImVec2(field->min.x + 10, field->Center().y), Draw());
    harness_.PressKey(GLFW_KEY_END, Draw());
    for (int i = 0; i < 4; ++i) {
        harness_.PressKey(GLFW_KEY_BACKSPACE, Draw());
    }
    harness_.Type("5", Draw());
    harness_.PressKey(GLFW_KEY_ENTER, Draw());
    EXPECT_EQ(view_->state().editing.max_answer_seconds, 5);
    Click("button/save");
    EXPECT_NE(view_->state().deck_message.find("maximum answer seconds"), std::string::npos)
        << view_->state().deck_message;
    EXPECT_EQ(Stored().max_answer_seconds, 60);

    view_->state().editing.max_answer_seconds = 90;
    Click("button/save");
    EXPECT_EQ(Stored().max_answer_seconds, 90);
}

TEST_F(SettingsViewTest, SwitchingDecksWithUnsavedEditsAsksFirst) {
    view_->state().editing.new_per_day = 7;
    view_->ChooseDeck(0);  // the defaults, as the deck chooser does
    harness_.Frame(Draw());
    EXPECT_EQ(view_->state().deck_index, 1) << "not switched with edits unsaved";
    EXPECT_EQ(view_->state().confirm_switch_to, 0);
    OpenQuestion();
    Click("confirm/stay");
    EXPECT_EQ(view_->state().deck_index, 1);
    EXPECT_EQ(view_->state().editing.new_per_day, 7) << "keep editing loses nothing";
    harness_.Frame(Draw());
    EXPECT_FALSE(view_->rects().Find("confirm/stay").has_value())
        << "a closed question's buttons cannot be found, so cannot be clicked";

    view_->ChooseDeck(0);
    OpenQuestion();
    harness_.PressKey(GLFW_KEY_ENTER, Draw());  // "Save and switch"
    EXPECT_EQ(view_->state().deck_index, 0);
    EXPECT_EQ(Stored().new_per_day, 7);
    EXPECT_FALSE(view_->TakeBackRequest()) << "switching is not leaving";

    view_->state().editing.new_per_day = 3;  // now on the defaults
    view_->ChooseDeck(1);
    OpenQuestion();
    Click("confirm/discard");
    EXPECT_EQ(view_->state().deck_index, 1);
    EXPECT_EQ(view_->state().editing.new_per_day, 7) << "the solar deck's saved options";
    auto defaults = study::LoadDeckSettings(*collection_, std::nullopt);
    ASSERT_TRUE(defaults.has_value());
    EXPECT_NE(defaults->new_per_day, 3) << "discarded";
}

TEST_F(SettingsViewTest, SwitchingDecksWithoutEditsSwitchesAtOnce) {
    view_->ChooseDeck(0);
    EXPECT_EQ(view_->state().deck_index, 0);
    EXPECT_EQ(view_->state().confirm_switch_to, -1);
}

TEST_F(SettingsViewTest, EscapeAsksToGoBack) {
    harness_.PressKey(GLFW_KEY_ESCAPE, Draw());
    EXPECT_TRUE(view_->TakeBackRequest());
    EXPECT_FALSE(view_->TakeBackRequest());
}

TEST_F(SettingsViewTest, QuestionMarkListsTheKeysAndEscapeClosesItFirst) {
    harness_.io().AddInputCharacter('?');
    harness_.Frame(Draw());
    ASSERT_TRUE(view_->help().IsOpen());
    harness_.Frame(Draw());
    harness_.PressKey(GLFW_KEY_ESCAPE, Draw());
    EXPECT_FALSE(view_->help().IsOpen());
    EXPECT_FALSE(view_->TakeBackRequest()) << "Escape closed the help, not the view";
    harness_.Frame(Draw());
    harness_.PressKey(GLFW_KEY_ESCAPE, Draw());
    EXPECT_TRUE(view_->TakeBackRequest());
}

TEST_F(SettingsViewTest, BackWithUnsavedEditsAsksAndKeepEditingLosesNothing) {
    view_->state().editing.new_per_day = 7;
    Click("button/back");
    EXPECT_FALSE(view_->TakeBackRequest()) << "not left with edits unsaved";
    EXPECT_TRUE(view_->state().confirm_leave);
    OpenQuestion();
    Click("confirm/stay");
    EXPECT_FALSE(view_->TakeBackRequest());
    EXPECT_FALSE(view_->state().confirm_leave);
    EXPECT_EQ(view_->state().editing.new_per_day, 7);
    EXPECT_NE(Stored().new_per_day, 7);
}

TEST_F(SettingsViewTest, SaveAndGoBackStoresTheEdits) {
    view_->state().editing.new_per_day = 7;
    view_->state().appearance.theme = study::AppTheme::kLight;
    harness_.PressKey(GLFW_KEY_ESCAPE, Draw());
    EXPECT_FALSE(view_->TakeBackRequest());
    OpenQuestion();
    harness_.PressKey(GLFW_KEY_ENTER, Draw());  // "Save and go back"
    EXPECT_TRUE(view_->TakeBackRequest());
    EXPECT_EQ(Stored().new_per_day, 7);
    auto look = study::LoadAppSettings(*collection_);
    ASSERT_TRUE(look.has_value());
    EXPECT_EQ(look->theme, study::AppTheme::kLight);
    EXPECT_TRUE(view_->TakeAppearanceChange().has_value());
}

TEST_F(SettingsViewTest, DiscardGoesBackWithoutSaving) {
    view_->state().editing.learning_steps = "5m";
    Click("button/back");
    OpenQuestion();
    Click("confirm/discard");
    EXPECT_TRUE(view_->TakeBackRequest());
    EXPECT_EQ(Stored().learning_steps, "1m 10m");
    EXPECT_FALSE(view_->HasUnsavedChanges());
}

TEST_F(SettingsViewTest, SaveAndGoBackWithABadValueStaysAndSaysWhy) {
    view_->state().editing.desired_retention = 1.5;
    Click("button/back");
    OpenQuestion();
    Click("confirm/save");
    EXPECT_FALSE(view_->TakeBackRequest());
    EXPECT_EQ(view_->state().deck_message.rfind("Not saved: ", 0), 0u);
    EXPECT_DOUBLE_EQ(Stored().desired_retention, 0.90);
}

TEST_F(SettingsViewTest, NotSavedMessageClearsOnceTheValueIsFixed) {
    view_->state().editing.desired_retention = 1.5;
    Click("button/save");
    ASSERT_NE(view_->state().deck_message.find("desired retention"), std::string::npos);
    view_->state().editing.desired_retention = 0.85;
    harness_.Frame(Draw());
    EXPECT_TRUE(view_->state().deck_message.empty()) << view_->state().deck_message;
    EXPECT_DOUBLE_EQ(Stored().desired_retention, 0.90) << "fixing is not saving";

    harness_.Frame(Draw());  // the layout without the message, for the next click
    view_->state().appearance.ui_scale = 5;
    Click("button/apply");
    ASSERT_FALSE(view_->state().appearance_message.empty());
    view_->state().appearance.ui_scale = 1.5;
    harness_.Frame(Draw());
    EXPECT_TRUE(view_->state().appearance_message.empty());
}

}  // namespace
}  // namespace summit::ui
