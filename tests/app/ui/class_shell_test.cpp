// The Class view inside the app shell: a folder or a report dropped on it becomes the class
// folder, and a hard question opened in Browse comes back to the class.
#include <filesystem>
#include <string>

#define GLFW_INCLUDE_NONE
#include <GLFW/glfw3.h>
#include <gtest/gtest.h>

#include "app/classroom/export.h"
#include "app/classroom/report_file.h"
#include "app/ui/browse/browse_view.h"
#include "app/ui/import/import_view.h"
#include "tests/app/ui/view_fixtures.h"
#include "tests/support/temp_dir.h"

namespace summit::ui {
namespace {

class ClassShellTest : public testing::ShellTest {
  protected:
    void SetUp() override {
        ASSERT_NO_FATAL_FAILURE(ShellTest::SetUp());
        solar_ = summit::testing::DeckNamed(*collection_, "Solar system");
        std::filesystem::create_directory(dir_ / "class");
        shell_->OpenClass();
        harness_.Frame(Draw());
        ASSERT_EQ(shell_->current(), ViewId::kClass);
    }
    // A report of student `name` in `file` (under the temporary folder): this collection's,
    // with the first question answered wrong first and the second right, so the first is the
    // hardest.
    void WriteReport(const std::filesystem::path& file, const std::string& name,
                     const std::string& id) {
        auto report = classroom::BuildStudentReport(*collection_, solar_, name, now_);
        ASSERT_TRUE(report.has_value());
        ASSERT_GE(report->questions.size(), 2u);
        report->student_id = id;
        for (std::size_t q = 0; q < 2; ++q) {
            classroom::FirstAnswer first;
            first.time_ms = now_ - 1'000;
            first.correct = q == 1;
            report->questions[q].first = first;
            report->questions[q].attempts = 1;
            report->questions[q].last_ms = now_ - 1'000;
        }
        report->totals = classroom::ComputeTotals(report->questions);
        summit::testing::WriteFile(dir_ / file, classroom::WriteReportText(*report));
    }
    ClassView& Class() { return shell_->class_view(); }
    // The drop is applied at the next frame; the load runs on the view's worker.
    void DropAndLoad(const std::filesystem::path& path) {
        shell_->DropPaths({path});
        harness_.Frame(Draw());
        Class().WaitForLoad();
        harness_.Frame(Draw());
    }

    summit::testing::TempDir dir_;
    storage::DeckId solar_;
};

TEST_F(ClassShellTest, ADroppedFolderBecomesTheClassFolder) {
    ASSERT_NO_FATAL_FAILURE(WriteReport("class/ann.json", "Ann", "aaaa"));
    ASSERT_NO_FATAL_FAILURE(WriteReport("class/ben.json", "Ben", "bbbb"));
    DropAndLoad(dir_ / "class");
    EXPECT_EQ(shell_->current(), ViewId::kClass) << "the Import dialog did not take it";
    EXPECT_EQ(Class().state().folder, (dir_ / "class").string());
    ASSERT_TRUE(Class().analysis().has_value()) << Class().state().message;
    EXPECT_EQ(Class().analysis()->students.size(), 2u);
    const std::string text = harness_.FrameText(Draw());
    EXPECT_NE(text.find("Ann"), std::string::npos) << text;
    EXPECT_NE(text.find("Ben"), std::string::npos) << text;
}

TEST_F(ClassShellTest, ADroppedReportLoadsItsFolder) {
    ASSERT_NO_FATAL_FAILURE(
        WriteReport(std::string("class/ann") + classroom::kReportSuffix, "Ann", "aaaa"));
    ASSERT_NO_FATAL_FAILURE(WriteReport("class/ben-renamed.json", "Ben", "bbbb"));
    DropAndLoad(dir_ / "class" / (std::string("ann") + classroom::kReportSuffix));
    EXPECT_EQ(shell_->current(), ViewId::kClass);
    EXPECT_EQ(Class().state().folder, (dir_ / "class").string());
    ASSERT_TRUE(Class().analysis().has_value()) << Class().state().message;
    EXPECT_EQ(Class().analysis()->students.size(), 2u) << "the whole folder, not the one file";

    // A report without the usual suffix is known by its first bytes.
    std::filesystem::create_directory(dir_ / "other");
    ASSERT_NO_FATAL_FAILURE(WriteReport("other/cy.json", "Cy", "cccc"));
    DropAndLoad(dir_ / "other" / "cy.json");
    EXPECT_EQ(Class().state().folder, (dir_ / "other").string());
    ASSERT_TRUE(Class().analysis().has_value());
    ASSERT_EQ(Class().analysis()->students.size(), 1u);
    EXPECT_EQ(Class().analysis()->students[0].name, "Cy");
}

TEST_F(ClassShellTest, ABankDroppedOnTheClassViewOpensTheImportDialog) {
    shell_->DropPaths({summit::testing::ExamplesDir() / "solar-system.json"});
    harness_.Frame(Draw());
    EXPECT_EQ(shell_->current(), ViewId::kImport);
    EXPECT_TRUE(Class().state().folder.empty()) << "not taken as a class folder";
}

TEST_F(ClassShellTest, BrowseOpenedFromTheClassGoesBackToIt) {
    ASSERT_NO_FATAL_FAILURE(WriteReport("class/dee.json", "Dee", "dddd"));
    DropAndLoad(dir_ / "class");
    ASSERT_TRUE(Class().analysis().has_value());
    ASSERT_FALSE(Class().analysis()->hardest.empty());
    const std::string id = Class().analysis()->items[Class().analysis()->hardest[0]].id;
    const auto open_hardest = [&] {
        harness_.Frame(Draw());
        harness_.Click(testing::CenterOf(Class().rects(), "button/browse/" + id), Draw());
        harness_.Frame(Draw());
        ASSERT_EQ(shell_->current(), ViewId::kBrowse);
    };

    // Escape.
    ASSERT_NO_FATAL_FAILURE(open_hardest());
    Press(GLFW_KEY_ESCAPE);
    EXPECT_EQ(shell_->current(), ViewId::kClass);
    ASSERT_TRUE(Class().analysis().has_value()) << "the class as it was left";
    EXPECT_EQ(Class().analysis()->students.size(), 1u);

    // The Back button.
    ASSERT_NO_FATAL_FAILURE(open_hardest());
    harness_.Click(testing::CenterOf(shell_->browse().rects(), "button/back"), Draw());
    harness_.Frame(Draw());
    EXPECT_EQ(shell_->current(), ViewId::kClass);

    // Browse opened from Home still goes Home.
    shell_->GoHome();
    shell_->OpenBrowse();
    harness_.Frame(Draw());
    Press(GLFW_KEY_ESCAPE);
    EXPECT_EQ(shell_->current(), ViewId::kHome);
}

}  // namespace
}  // namespace summit::ui
