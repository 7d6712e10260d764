// Home's deck dialogs driven as a person would: N or the header button for a new deck, a
// right-click menu (or Menu / Shift+F10) for rename, export and delete, F2 and Delete as keys.
#include <filesystem>
#include <string>

#define GLFW_INCLUDE_NONE
#include <GLFW/glfw3.h>
#include <gtest/gtest.h>

#include "app/bootstrap/deck_export.h"
#include "app/ui/settings/app_settings.h"
#include "tests/app/ui/view_fixtures.h"
#include "tests/support/temp_dir.h"

namespace summit::ui {
namespace {

class DeckDialogTest : public testing::ShellTest {
  protected:
    void SetUp() override {
        ASSERT_NO_FATAL_FAILURE(ShellTest::SetUp());
        solar_ = summit::testing::DeckNamed(*collection_, "Solar system");
    }
    DeckDialog& Dialog() { return shell_->deck_dialog(); }
    // Two frames first: a new popup measures itself, then takes its place.
    void ClickDialog(const char* name) {
        harness_.Frame(Draw());
        harness_.Frame(Draw());
        harness_.Click(testing::CenterOf(Dialog().rects(), name), Draw());
    }
    void ClickHome(const std::string& name, int button = 0) {
        harness_.Frame(Draw());
        harness_.Click(testing::CenterOf(shell_->home().rects(), name), Draw(), button);
    }
    std::string Row(storage::DeckId deck) { return "deck/" + std::to_string(deck.value); }
    storage::DeckId solar_;
};

TEST_F(DeckDialogTest, NMakesANewDeckThatHomeSelects) {
    Press(GLFW_KEY_N);
    ASSERT_EQ(Dialog().state().task, DeckTask::kCreate);
    harness_.Frame(Draw());  // the field takes the keyboard
    harness_.Type("Geography::Rivers", Draw());
    ClickDialog("button/ok");
    EXPECT_FALSE(Dialog().IsOpen());
    auto made = collection_->FindDeck("Geography::Rivers");
    ASSERT_TRUE(made) << "created with its parent";
    EXPECT_TRUE(collection_->FindDeck("Geography"));
    EXPECT_EQ(shell_->home().SelectedDeckId(shell_->home_model()), *made);
    EXPECT_NE(shell_->home().state().notice.find("Created deck \"Geography::Rivers\""),
              std::string::npos);
}

TEST_F(DeckDialogTest, ATakenNameIsRefusedInTheDialogWhichStaysOpen) {
    ClickHome("button/new-deck");
    ASSERT_EQ(Dialog().state().task, DeckTask::kCreate);
    harness_.Frame(Draw());
    harness_.Frame(Draw());
    harness_.Type("Solar system", Draw());
    Press(GLFW_KEY_ENTER);
    EXPECT_TRUE(Dialog().IsOpen());
    EXPECT_NE(Dialog().state().error.find("already exists"), std::string::npos)
        << Dialog().state().error;
    Press(GLFW_KEY_ESCAPE);
    EXPECT_FALSE(Dialog().IsOpen());
    EXPECT_EQ(shell_->home_model().decks.size(), 1u);
}

TEST_F(DeckDialogTest, TheRightClickMenuRenamesAndMovesADeck) {
    ASSERT_TRUE(collection_->CreateDeck("Space"));
    shell_->Reload();
    ClickHome(Row(solar_), ImGuiMouseButton_Right);
    ClickHome("menu/rename");
    ASSERT_EQ(Dialog().state().task, DeckTask::kRename);
    EXPECT_EQ(Dialog().state().name, "Solar system");
    ClickDialog("combo/parent");
    ClickDialog("parent/Space");
    EXPECT_EQ(Dialog().state().name, "Space::Solar system") << "moved under Space";
    ClickDialog("button/ok");
    ASSERT_FALSE(Dialog().IsOpen()) << Dialog().state().error;
    EXPECT_EQ(collection_->GetDeckName(solar_).value(), "Space::Solar system")
        << "the same deck, so its cards and history stay";
    EXPECT_EQ(shell_->home().SelectedDeckId(shell_->home_model()), solar_);
}

TEST_F(DeckDialogTest, DeleteAsksWithTheCountThenDeletesTheDeck) {
    Press(GLFW_KEY_DELETE);
    ASSERT_EQ(Dialog().state().task, DeckTask::kDelete);
    EXPECT_EQ(Dialog().Prompt(),
              "Delete \"Solar system\" and its subdecks, with 7 questions? Their past answers "
              "stay in the study history.");
    ClickDialog("button/cancel");
    EXPECT_TRUE(collection_->FindDeck("Solar system")) << "Cancel deletes nothing";

    Press(GLFW_KEY_DELETE);
    ClickDialog("button/ok");
    EXPECT_FALSE(collection_->FindDeck("Solar system"));
    EXPECT_TRUE(shell_->home_model().decks.empty());
    EXPECT_NE(shell_->home().state().notice.find("Deleted \"Solar system\" with 7 questions"),
              std::string::npos)
        << shell_->home().state().notice;
}

TEST_F(DeckDialogTest, ExportWritesTheChosenFormatAndListsItsWarnings) {
    summit::testing::TempDir dir;
    ASSERT_TRUE(
        study::SaveRememberedFolder(*collection_, study::kExportFolderKey, dir.path().string()));
    harness_.io().KeyShift = true;
    Press(GLFW_KEY_F10);
    harness_.io().KeyShift = false;
    ClickHome("menu/export");
    ASSERT_EQ(Dialog().state().task, DeckTask::kExport);
    EXPECT_EQ(Dialog().state().path, (dir / "Solar system.json").string())
        << "the remembered folder, the deck's name, the first format's extension";
    ClickDialog("button/cancel");

    Press(GLFW_KEY_MENU);
    ClickHome("menu/export");
    for (std::size_t i = 0; i < bootstrap::ExportFormats().size(); ++i) {
        if (bootstrap::ExportFormats()[i].format == bootstrap::ExportFormat::kAiken) {
            Dialog().state().format_index = static_cast<int>(i);
        }
    }
    Dialog().state().path = (dir / "solar.aiken").string();
    ClickDialog("button/ok");
    ASSERT_TRUE(Dialog().state().exported) << Dialog().state().error;
    EXPECT_TRUE(std::filesystem::exists(dir / "solar.aiken"));
    EXPECT_FALSE(Dialog().state().warnings.empty()) << "Aiken holds multiple choice only";
    EXPECT_NE(Dialog().state().warnings.front().find("solar.aiken"), std::string::npos)
        << "each warning names the file";
    ClickDialog("button/ok");  // Close
    EXPECT_FALSE(Dialog().IsOpen());
    EXPECT_NE(shell_->home().state().notice.find("Exported"), std::string::npos);
}

}  // namespace
}  // namespace summit::ui
