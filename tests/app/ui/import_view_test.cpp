// Headless tests of the Import dialog over the example collection: reaching it, browsing a
// temporary folder, the preview of a good, a warned and a broken file, importing with its
// summary and the way to Browse, Cancel leaving the collection byte-identical, drops, and the
// remembered folder.
#include "app/ui/import/import_view.h"

#include <condition_variable>
#include <mutex>

#define GLFW_INCLUDE_NONE
#include <GLFW/glfw3.h>
#include <gtest/gtest.h>

#include "app/bootstrap/deck_export.h"
#include "app/ui/browse/browse_view.h"
#include "app/ui/settings/app_settings.h"
#include "tests/app/ui/view_fixtures.h"
#include "tests/support/temp_dir.h"

namespace summit::ui {
namespace {

// Three questions of three types; GIFT names its bank after the file.
constexpr const char* kGoodGift =
    "::capital:: What is the capital of France? {=Paris ~London ~Berlin}\n"
    "\n"
    "::sky:: The sky is blue. {T}\n"
    "\n"
    "::two:: One plus one? {#2}\n";

// Its one question's answer block is never closed, so no question can be imported: errors,
// the first on that question's line.
constexpr const char* kBrokenGift =
    "// a bank with one broken question\n"
    "\n"
    "::bad:: What is missing? {=this\n";

class ImportViewTest : public testing::ShellTest {
  protected:
    void SetUp() override {
        ASSERT_NO_FATAL_FAILURE(ShellTest::SetUp());
        std::filesystem::create_directory(dir_ / "sub");
        summit::testing::WriteFile(dir_ / "quiz.gift", kGoodGift);
        summit::testing::WriteFile(dir_ / "broken.gift", kBrokenGift);
        summit::testing::WriteFile(dir_ / "notes.pdf", "%PDF-1.4");
    }

    ImportView& Import() { return shell_->import_view(); }
    // A click, then one frame that draws what it changed (a new folder, the import running).
    void Click(const std::string& name) {
        harness_.Click(testing::CenterOf(Import().rects(), name), Draw());
        harness_.Frame(Draw());
    }
    void ClickEntry(const std::string& name) {
        harness_.Click(testing::CenterOf(Import().browser().rects(), name), Draw());
        harness_.Frame(Draw());
    }
    void PressCtrl(int key) {
        harness_.io().KeyCtrl = true;
        Press(key);
        harness_.io().KeyCtrl = false;
    }
    // Opens the dialog with Ctrl+I and browses the temporary folder by typing its path.
    void OpenOnFolder() {
        PressCtrl(GLFW_KEY_I);
        ASSERT_EQ(shell_->current(), ViewId::kImport);
        harness_.Click(testing::CenterOf(Import().browser().rects(), "path"), Draw());
        harness_.io().KeyCtrl = true;
        Press(GLFW_KEY_A);
        harness_.io().KeyCtrl = false;
        harness_.Type(dir_.path().string().c_str(), Draw());
        Press(GLFW_KEY_ENTER);
        harness_.Frame(Draw());
        ASSERT_EQ(Import().browser().folder(), dir_.path());
    }
    // Presses Import, then Cancel while the worker waits inside the import's first progress
    // step, so the import is stopped mid-transaction every time; waits for it to end.
    void ImportAndCancelMidway() {
        std::mutex mutex;
        std::condition_variable changed;
        bool reached = false;
        bool go = false;
        Import().SetProgressObserver([&](std::size_t, std::size_t) {
            std::unique_lock lock(mutex);
            reached = true;
            changed.notify_all();
            changed.wait(lock, [&] { return go; });
        });
        Click("button/import");
        ASSERT_EQ(Import().stage(), ImportStage::kRunning);
        {
            std::unique_lock lock(mutex);
            changed.wait(lock, [&] { return reached; });
        }
        EXPECT_TRUE(shell_->Busy());
        Click("button/cancel");
        {
            std::lock_guard lock(mutex);
            go = true;
        }
        changed.notify_all();
        Import().WaitForImport();
        Import().SetProgressObserver({});
    }
    size_t Questions() { return collection_->ListQuestions(std::nullopt)->size(); }
    std::string Snapshot() {
        const auto file = dir_ / ("snapshot-" + std::to_string(++snapshots_) + ".db");
        EXPECT_TRUE(collection_->BackupTo(file).has_value());
        return summit::testing::ReadFile(file);
    }

    summit::testing::TempDir dir_;
    int snapshots_ = 0;
};

TEST_F(ImportViewTest, HomeButtonOpensItAndEscapeGoesBack) {
    harness_.Click(testing::CenterOf(shell_->home().rects(), "button/import"), Draw());
    EXPECT_EQ(shell_->current(), ViewId::kImport);
    harness_.Frame(Draw());
    Press(GLFW_KEY_ESCAPE);
    EXPECT_EQ(shell_->current(), ViewId::kHome);
}

TEST_F(ImportViewTest, BrowsesATempFolderAndPicksAGiftFile) {
    ASSERT_NO_FATAL_FAILURE(OpenOnFolder());
    const auto& entries = Import().browser().entries();
    ASSERT_EQ(entries.size(), 4u);
    EXPECT_EQ(entries[0].name, "sub");  // folders first
    EXPECT_TRUE(entries[0].is_folder);
    for (const FileEntry& entry : entries) {
        EXPECT_EQ(entry.highlighted, entry.name.ends_with(".gift")) << entry.name;
    }
    ClickEntry("entry/sub");
    EXPECT_EQ(Import().browser().folder(), dir_ / "sub");
    ClickEntry("up");
    EXPECT_EQ(Import().browser().folder(), dir_.path());
    EXPECT_FALSE(Import().preview().has_value());

    ClickEntry("entry/quiz.gift");
    ASSERT_TRUE(Import().preview().has_value());
    const ImportPreview& preview = *Import().preview();
    EXPECT_EQ(preview.format, "gift");
    EXPECT_TRUE(preview.errors.empty());
    ASSERT_EQ(preview.counts.size(), 3u);
    ASSERT_TRUE(preview.planned.has_value());
    EXPECT_EQ(preview.planned->added, 3);
    EXPECT_EQ(preview.planned->updated, 0);
    EXPECT_TRUE(preview.CanImport());
    const std::string text = harness_.FrameText(Draw());
    EXPECT_NE(text.find("Format: gift"), std::string::npos) << text;
    EXPECT_NE(text.find("3 new, 0 updated"), std::string::npos) << text;
    EXPECT_EQ(Questions(), 7u);  // nothing written by the preview
}

TEST_F(ImportViewTest, AnErroneousFileShowsItsLineAndKeepsImportDisabled) {
    ASSERT_NO_FATAL_FAILURE(OpenOnFolder());
    ClickEntry("entry/broken.gift");
    ASSERT_TRUE(Import().preview().has_value());
    const ImportPreview& preview = *Import().preview();
    ASSERT_FALSE(preview.errors.empty());
    EXPECT_EQ(preview.errors.front().line, 3);
    EXPECT_FALSE(preview.CanImport());
    const std::string text = harness_.FrameText(Draw());
    EXPECT_NE(text.find("broken.gift:3"), std::string::npos) << text;
    Click("button/import");
    EXPECT_EQ(Import().stage(), ImportStage::kPick);
    EXPECT_EQ(Questions(), 7u);
}

TEST_F(ImportViewTest, WarningsAreListedWithTheirLines) {
    // An essay has nothing to grade: read with a warning.
    summit::testing::WriteFile(dir_ / "essay.gift",
                               "::ok:: Fine? {T}\n\n::essay:: Tell us about the Moon. {}\n");
    shell_->OpenImport(dir_ / "essay.gift");
    harness_.Frame(Draw());
    ASSERT_TRUE(Import().preview().has_value());
    const ImportPreview& preview = *Import().preview();
    ASSERT_FALSE(preview.warnings.empty());
    EXPECT_EQ(preview.warnings.front().line, 3);
    const std::string text = harness_.FrameText(Draw());
    EXPECT_NE(text.find("essay.gift:3"), std::string::npos) << text;
    EXPECT_NE(text.find("warning"), std::string::npos) << text;
}

TEST_F(ImportViewTest, ImportsIntoAnEditedDeckShowsTheSummaryAndOpensBrowse) {
    ASSERT_NO_FATAL_FAILURE(OpenOnFolder());
    ClickEntry("entry/quiz.gift");
    Click("deck");
    harness_.io().KeyCtrl = true;
    Press(GLFW_KEY_A);
    harness_.io().KeyCtrl = false;
    harness_.Type("Geography", Draw());
    Press(GLFW_KEY_ENTER);
    harness_.Frame(Draw());
    ASSERT_TRUE(Import().preview()->planned.has_value());
    EXPECT_EQ(Import().preview()->planned->deck, "Geography");
    EXPECT_TRUE(Import().preview()->planned->deck_created);

    Click("button/import");
    Import().WaitForImport();
    harness_.Frame(Draw());
    ASSERT_EQ(Import().stage(), ImportStage::kDone);
    ASSERT_TRUE(Import().report().has_value()) << Import().failure();
    EXPECT_EQ(Import().report()->added, 3);
    EXPECT_EQ(Questions(), 10u);
    auto deck = collection_->FindDeck("Geography");
    ASSERT_TRUE(deck.has_value());
    EXPECT_EQ(collection_->ListQuestions(*deck)->size(), 3u);
    const std::string text = harness_.FrameText(Draw());
    EXPECT_NE(text.find("3 added"), std::string::npos) << text;

    Click("button/show");
    ASSERT_EQ(shell_->current(), ViewId::kBrowse);
    shell_->browse().WaitForSearch();
    harness_.Frame(Draw());
    EXPECT_EQ(shell_->browse().ids().size(), 3u);
}

TEST_F(ImportViewTest, CancelLeavesTheCollectionByteIdentical) {
    ASSERT_NO_FATAL_FAILURE(OpenOnFolder());
    ClickEntry("entry/quiz.gift");
    const std::string before = Snapshot();

    ASSERT_NO_FATAL_FAILURE(ImportAndCancelMidway());
    harness_.Frame(Draw());
    EXPECT_EQ(Import().stage(), ImportStage::kDone);
    EXPECT_FALSE(Import().report().has_value());
    EXPECT_NE(Import().failure().find("cancelled"), std::string::npos) << Import().failure();
    EXPECT_FALSE(shell_->Busy());
    EXPECT_EQ(Questions(), 7u);
    EXPECT_TRUE(before == Snapshot());
}

TEST_F(ImportViewTest, CtrlEnterImportsThePreviewedFileThenEnterShowsItInBrowse) {
    shell_->OpenImport(dir_ / "broken.gift");
    harness_.Frame(Draw());
    PressCtrl(GLFW_KEY_ENTER);
    EXPECT_EQ(Import().stage(), ImportStage::kPick) << "a file with errors is not imported";

    shell_->OpenImport(dir_ / "quiz.gift");
    harness_.Frame(Draw());
    PressCtrl(GLFW_KEY_ENTER);
    Import().WaitForImport();
    ASSERT_TRUE(Import().report().has_value()) << Import().failure();
    EXPECT_EQ(Import().report()->added, 3);
    EXPECT_EQ(Questions(), 10u);
    EXPECT_EQ(shell_->WindowTitle(), "Import — Summit");

    harness_.Frame(Draw());
    Press(GLFW_KEY_ENTER);
    ASSERT_EQ(shell_->current(), ViewId::kBrowse);
    EXPECT_EQ(shell_->WindowTitle(), "Browse — Summit");
    shell_->browse().WaitForSearch();
    harness_.Frame(Draw());
    EXPECT_EQ(shell_->browse().ids().size(), 3u) << "the imported questions, by their deck";
}

// The example deck exported as an Anki package, then deleted, so importing the package adds
// its questions again.
class AnkiImportViewTest : public ImportViewTest {
  protected:
    void SetUp() override {
        ASSERT_NO_FATAL_FAILURE(ImportViewTest::SetUp());
        const storage::DeckId solar = summit::testing::DeckNamed(*collection_, "Solar system");
        bootstrap::ExportRequest request;
        request.format = bootstrap::ExportFormat::kApkg;
        request.out = (dir_ / "solar.apkg").string();
        request.now_ms = now_;
        ASSERT_TRUE(bootstrap::ExportDeckFile(*collection_, solar, request));
        ASSERT_TRUE(collection_->DeleteDeck(solar));
        shell_->OpenImport(dir_ / "solar.apkg");
        harness_.Frame(Draw());
        ASSERT_TRUE(Import().preview().has_value());
    }
};

TEST_F(AnkiImportViewTest, APackageIsPreviewedThenImportedIntoItsOwnDecks) {
    const ImportPreview& preview = *Import().preview();
    EXPECT_EQ(preview.format.rfind("anki package", 0), 0u) << preview.format;
    EXPECT_EQ(preview.deck, "\"Solar system\"");
    ASSERT_TRUE(preview.CanImport()) << (preview.errors.empty() ? "" : preview.errors[0].message);
    EXPECT_FALSE(preview.notes.empty()) << "what each note type became";
    int total = 0;
    for (const bootstrap::TypeCount& counted : preview.counts) {
        total += counted.count;
    }
    EXPECT_GT(total, 0);
    EXPECT_EQ(preview.planned->added, total) << "every question is new again";
    EXPECT_EQ(Questions(), 0u) << "the preview wrote nothing";

    Click("button/import");
    Import().WaitForImport();
    harness_.Frame(Draw());
    ASSERT_TRUE(Import().report().has_value()) << Import().failure();
    EXPECT_EQ(Import().report()->added, total);
    EXPECT_EQ(Import().report()->deck, "Solar system");
    EXPECT_EQ(Questions(), static_cast<std::size_t>(total));
}

TEST_F(AnkiImportViewTest, CancelLeavesTheCollectionByteIdentical) {
    const std::string before = Snapshot();
    ASSERT_NO_FATAL_FAILURE(ImportAndCancelMidway());
    EXPECT_FALSE(Import().report().has_value());
    EXPECT_NE(Import().failure().find("cancelled"), std::string::npos) << Import().failure();
    EXPECT_EQ(Questions(), 0u);
    EXPECT_TRUE(before == Snapshot());
}

TEST_F(ImportViewTest, ADroppedFileOpensItsPreview) {
    shell_->DropPaths({dir_ / "quiz.gift"});
    harness_.Frame(Draw());
    ASSERT_EQ(shell_->current(), ViewId::kImport);
    ASSERT_TRUE(Import().preview().has_value());
    EXPECT_EQ(Import().preview()->path, dir_ / "quiz.gift");
    EXPECT_EQ(Import().browser().folder(), dir_.path());
    EXPECT_TRUE(Import().preview()->CanImport());
}

TEST_F(ImportViewTest, ADropDuringStudyIsIgnored) {
    Press(GLFW_KEY_ENTER);
    ASSERT_EQ(shell_->current(), ViewId::kStudy);
    shell_->DropPaths({dir_ / "quiz.gift"});
    harness_.Frame(Draw());
    EXPECT_EQ(shell_->current(), ViewId::kStudy);
}

TEST_F(ImportViewTest, TheLastFolderIsRemembered) {
    ASSERT_NO_FATAL_FAILURE(OpenOnFolder());
    ClickEntry("entry/sub");
    summit::testing::WriteFile(dir_ / "sub" / "more.gift", kGoodGift);
    Import().browser().Open(dir_ / "sub");
    harness_.Frame(Draw());
    ClickEntry("entry/more.gift");
    EXPECT_EQ(*study::LoadRememberedFolder(*collection_, study::kImportFolderKey),
              (dir_ / "sub").string());
    Press(GLFW_KEY_ESCAPE);
    ASSERT_EQ(shell_->current(), ViewId::kHome);
    PressCtrl(GLFW_KEY_I);
    ASSERT_EQ(shell_->current(), ViewId::kImport);
    EXPECT_EQ(Import().browser().folder(), dir_ / "sub");
    EXPECT_FALSE(Import().preview().has_value());
}

TEST(FileBrowserTest, ListsSizesAndTakesATypedFile) {
    summit::testing::TempDir dir;
    summit::testing::WriteFile(dir / "b.csv", std::string(2048, 'x'));
    summit::testing::WriteFile(dir / "a.txt", "q\ta\n");
    summit::testing::WriteFile(dir / ".hidden", "");
    std::filesystem::create_directory(dir / "z");
    auto listed =
        ListFolder(dir.path(), [](const std::string& name) { return name.ends_with(".csv"); });
    ASSERT_TRUE(listed.has_value());
    ASSERT_EQ(listed->size(), 3u);
    EXPECT_EQ((*listed)[0].name, "z");
    EXPECT_EQ((*listed)[1].name, "a.txt");
    EXPECT_FALSE((*listed)[1].highlighted);
    EXPECT_EQ((*listed)[2].size, 2048u);
    EXPECT_TRUE((*listed)[2].highlighted);
    EXPECT_GT((*listed)[2].modified, 0);
    EXPECT_EQ(FileSizeText(2048), "2.0 KB");
    EXPECT_EQ(FileSizeText(12), "12 B");
    EXPECT_EQ(ListFolder(dir / "missing").error().code, ErrorCode::kNotFound);

    FileBrowser browser;
    browser.Open(dir / "z");
    browser.Enter((dir / "b.csv").string());
    EXPECT_EQ(browser.folder(), dir.path());
    EXPECT_EQ(browser.TakeChosen(), dir / "b.csv");
    EXPECT_FALSE(browser.TakeChosen().has_value());
    browser.Enter("no-such-thing");
    EXPECT_FALSE(browser.error().empty());
    EXPECT_EQ(browser.folder(), dir.path());
}

TEST(FileBrowserTest, ChoosingAFolderTakesNoFileAndCountsTheHighlighted) {
    summit::testing::TempDir dir;
    summit::testing::WriteFile(dir / "a.csv", "x");
    summit::testing::WriteFile(dir / "b.csv", "y");
    summit::testing::WriteFile(dir / "c.txt", "z");
    std::filesystem::create_directory(dir / "sub");
    FileBrowser browser([](const std::string& name) { return name.ends_with(".csv"); },
                        BrowseFor::kFolder);
    browser.Open(dir / "sub");
    EXPECT_EQ(browser.highlighted(), 0u);
    browser.Enter((dir / "a.csv").string());
    EXPECT_EQ(browser.folder(), dir.path()) << "a typed file opens its folder";
    EXPECT_FALSE(browser.TakeChosen().has_value()) << "and is not the choice";
    EXPECT_EQ(browser.highlighted(), 2u);

    browser.OpenOrWorkingFolder(dir / "gone");
    EXPECT_EQ(browser.folder(), std::filesystem::current_path());
    browser.OpenOrWorkingFolder(dir / "sub");
    EXPECT_EQ(browser.folder(), dir / "sub");
}

}  // namespace
}  // namespace summit::ui
