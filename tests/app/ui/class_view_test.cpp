// Headless tests of the Class view: sending a report into the folder, the class it shows,
// bad reports listed, and a report arriving while the view is open.
#include "app/ui/class/class_view.h"

#include <optional>
#include <string>

#include <GLFW/glfw3.h>
#include <gtest/gtest.h>

#include "app/classroom/export.h"
#include "app/classroom/report.h"
#include "app/classroom/report_file.h"
#include "app/ui/settings/app_settings.h"
#include "app/ui/widgets/theme.h"
#include "tests/app/ui/harness.h"
#include "tests/app/ui/view_fixtures.h"
#include "tests/support/temp_dir.h"

namespace summit::ui {
namespace {

constexpr int64_t kNow = 1'714'554'000'000;  // 2024-05-01T09:00:00Z

class ClassViewTest : public ::testing::Test {
  protected:
    void SetUp() override {
        ApplyTheme(Theme::kDark, 1.0f);
        ASSERT_NO_FATAL_FAILURE(testing::OpenSolarSystem(collection_));
        solar_ = summit::testing::DeckNamed(*collection_, "Solar system");
        view_.emplace(*collection_);
        view_->Open({{solar_, "Solar system"}}, kNow);
    }
    std::function<void()> Draw(int64_t now_ms = kNow) {
        return [this, now_ms] { view_->Draw(now_ms); };
    }
    void Click(const char* name) {
        harness_.Frame(Draw());
        auto rect = view_->rects().Find(name);
        ASSERT_TRUE(rect.has_value()) << name;
        harness_.Click(rect->Center(), Draw());
    }
    // A report of another student: this collection's, renamed.
    void WriteOtherStudent(const std::string& name, const std::string& id, int64_t at_ms) {
        auto report = classroom::BuildStudentReport(*collection_, solar_, name, at_ms);
        ASSERT_TRUE(report.has_value());
        report->student_id = id;
        summit::testing::WriteFile(dir_ / (id + ".json"), classroom::WriteReportText(*report));
    }

    // A report of another student named as exports name them, in `folder`.
    void WriteReport(const std::filesystem::path& folder, const std::string& name,
                     const std::string& id) {
        auto report = classroom::BuildStudentReport(*collection_, solar_, name, kNow);
        ASSERT_TRUE(report.has_value());
        report->student_id = id;
        summit::testing::WriteFile(folder / (id + classroom::kReportSuffix),
                                   classroom::WriteReportText(*report));
    }
    void ClickInBrowser(const std::string& name) {
        harness_.Frame(Draw());
        harness_.Click(testing::CenterOf(view_->browser().rects(), name), Draw());
        harness_.Frame(Draw());
    }
    void Press(int key) {
        harness_.PressKey(key, Draw());
        harness_.Frame(Draw());
    }

    testing::Harness harness_;
    summit::testing::TempDir dir_;
    std::optional<storage::Collection> collection_;
    storage::DeckId solar_;
    std::optional<ClassView> view_;
};

TEST_F(ClassViewTest, SendWritesTheReportIntoTheFolderAndRemembersTheName) {
    view_->state().folder = dir_.path().string();
    view_->state().student_name = "Ada";
    ASSERT_NO_FATAL_FAILURE(Click("button/send"));
    int reports = 0;
    for (const auto& entry : std::filesystem::directory_iterator(dir_.path())) {
        EXPECT_TRUE(entry.path().string().ends_with(classroom::kReportSuffix));
        ++reports;
    }
    EXPECT_EQ(reports, 1);
    EXPECT_NE(view_->state().message.find("Sent the report of Solar system"), std::string::npos)
        << view_->state().message;
    auto name = collection_->GetConfig(classroom::kStudentNameKey);
    ASSERT_TRUE(name && *name);
    EXPECT_EQ(**name, "\"Ada\"");

    // Opened again, the view knows the name and the folder, and shows the class.
    ClassView again(*collection_);
    again.Open({{solar_, "Solar system"}}, kNow + 5'000);
    again.WaitForLoad();
    EXPECT_EQ(again.state().student_name, "Ada");
    ASSERT_TRUE(again.analysis().has_value());
    ASSERT_EQ(again.analysis()->students.size(), 1u);
    EXPECT_EQ(again.analysis()->students[0].name, "Ada");
}

TEST_F(ClassViewTest, ShowsTheClassAndNamesTheReportsItSkipped) {
    ASSERT_NO_FATAL_FAILURE(WriteOtherStudent("Ben", "bbbb", kNow));
    summit::testing::WriteFile(dir_ / "broken.json", "{\"format\":\"summit-class-report\"");
    view_->state().folder = dir_.path().string();
    ASSERT_NO_FATAL_FAILURE(Click("button/load"));
    view_->WaitForLoad();
    ASSERT_TRUE(view_->analysis().has_value()) << view_->state().message;
    const std::string text = harness_.FrameText(Draw());
    EXPECT_NE(text.find("Ben"), std::string::npos) << text;
    EXPECT_NE(text.find("not started yet"), std::string::npos);
    EXPECT_NE(text.find("Skipped reports"), std::string::npos);
    EXPECT_NE(text.find("broken.json"), std::string::npos);
    EXPECT_NE(text.find("First-try scores"), std::string::npos);
}

TEST_F(ClassViewTest, TheFirstFrameAfterALoadShowsProgressNotTheClass) {
    ASSERT_NO_FATAL_FAILURE(WriteOtherStudent("Ben", "bbbb", kNow));
    ASSERT_NO_FATAL_FAILURE(WriteOtherStudent("Cy", "cccc", kNow));
    view_->state().folder = dir_.path().string();
    view_->Load(kNow);
    // The frame returns while the worker reads: it shows the progress line and no class yet,
    // however fast the worker is (its result is taken only after a frame is drawn).
    const std::string first = harness_.FrameText(Draw());
    EXPECT_NE(first.find("Reading"), std::string::npos) << first;
    EXPECT_EQ(first.find("Ben"), std::string::npos) << first;
    view_->WaitForLoad();
    const std::string loaded = harness_.FrameText(Draw());
    EXPECT_NE(loaded.find("Ben"), std::string::npos) << loaded;
    EXPECT_NE(loaded.find("Cy"), std::string::npos) << loaded;
    EXPECT_EQ(loaded.find("Reading"), std::string::npos) << loaded;
}

TEST_F(ClassViewTest, AReportArrivingInTheFolderIsPickedUpByPolling) {
    ASSERT_NO_FATAL_FAILURE(WriteOtherStudent("Ben", "bbbb", kNow));
    view_->state().folder = dir_.path().string();
    view_->Load(kNow);
    view_->WaitForLoad();
    ASSERT_EQ(view_->analysis()->students.size(), 1u);
    ASSERT_NO_FATAL_FAILURE(WriteOtherStudent("Cy", "cccc", kNow));
    harness_.Frame(Draw(kNow + 100));
    view_->WaitForLoad();
    EXPECT_EQ(view_->analysis()->students.size(), 1u) << "not before the poll interval";
    harness_.Frame(Draw(kNow + kClassPollMs + 1));
    view_->WaitForLoad();
    ASSERT_EQ(view_->analysis()->students.size(), 2u);
    const std::string text = harness_.FrameText(Draw(kNow + kClassPollMs + 2));
    EXPECT_NE(text.find("Cy"), std::string::npos) << text;

    // An unchanged folder is compared, not reloaded.
    const int loads = view_->loads();
    harness_.Frame(Draw(kNow + 3 * kClassPollMs));
    view_->WaitForLoad();
    EXPECT_EQ(view_->loads(), loads);
}

TEST_F(ClassViewTest, AHardQuestionOpensInTheBrowserByItsId) {
    auto report = classroom::BuildStudentReport(*collection_, solar_, "Dee", kNow);
    ASSERT_TRUE(report.has_value());
    ASSERT_GE(report->questions.size(), 2u);
    for (std::size_t q = 0; q < 2; ++q) {
        classroom::FirstAnswer first;
        first.time_ms = kNow - 1'000;
        first.correct = q == 1;  // the first question wrong: the hardest
        report->questions[q].first = first;
        report->questions[q].attempts = 1;
        report->questions[q].last_ms = kNow - 1'000;
    }
    report->totals = classroom::ComputeTotals(report->questions);
    summit::testing::WriteFile(dir_ / "dee.json", classroom::WriteReportText(*report));
    view_->state().folder = dir_.path().string();
    view_->Load(kNow);
    view_->WaitForLoad();
    harness_.Frame(Draw());  // the tables size their columns in their first frame
    const std::string text = harness_.FrameText(Draw());
    EXPECT_NE(text.find("Hardest questions"), std::string::npos) << text;
    EXPECT_NE(text.find("answered right the first time by 0%"), std::string::npos) << text;
    const std::string id = report->questions[0].id;
    auto browse = view_->rects().Find("button/browse/" + id);
    ASSERT_TRUE(browse.has_value()) << id;
    ASSERT_LT(browse->Center().y, ImGui::GetIO().DisplaySize.y) << "on screen";

    harness_.Click(browse->Center(), Draw());
    EXPECT_EQ(view_->TakeBrowseRequest(), "id:\"" + id + "\"");
    EXPECT_EQ(view_->TakeBrowseRequest(), std::nullopt) << "taken once";
}

TEST_F(ClassViewTest, StudentsAreListedInNaturalOrder) {
    ASSERT_NO_FATAL_FAILURE(WriteOtherStudent("Student 10", "s10", kNow));
    ASSERT_NO_FATAL_FAILURE(WriteOtherStudent("Student 2", "s2", kNow));
    ASSERT_NO_FATAL_FAILURE(WriteOtherStudent("student 1", "s1", kNow));
    view_->state().folder = dir_.path().string();
    view_->Load(kNow);
    view_->WaitForLoad();
    harness_.Frame(Draw());
    // The table sorts by its first column from the start, as ImGui sortable tables do.
    const std::string text = harness_.FrameText(Draw());
    const std::size_t one = text.find("student 1");
    const std::size_t two = text.find("Student 2");
    const std::size_t ten = text.find("Student 10");
    ASSERT_NE(ten, std::string::npos) << text;
    EXPECT_LT(one, two) << text;
    EXPECT_LT(two, ten) << text;
}

TEST_F(ClassViewTest, AMissingFolderSaysSo) {
    view_->state().folder = (dir_ / "absent").string();
    ASSERT_NO_FATAL_FAILURE(Click("button/load"));
    view_->WaitForLoad();
    EXPECT_FALSE(view_->analysis().has_value());
    EXPECT_NE(view_->state().message.find("no such folder"), std::string::npos)
        << view_->state().message;
}

TEST_F(ClassViewTest, AFolderChosenInTheBrowserLoadsAndIsRemembered) {
    const std::filesystem::path classroom = dir_ / "class";
    std::filesystem::create_directory(classroom);
    ASSERT_NO_FATAL_FAILURE(WriteReport(classroom, "Ben", "bbbb"));
    ASSERT_NO_FATAL_FAILURE(WriteReport(classroom, "Cy", "cccc"));
    summit::testing::WriteFile(classroom / "notes.txt", "not a report");
    view_->state().folder = dir_.path().string();

    ASSERT_NO_FATAL_FAILURE(Click("button/choose"));
    ASSERT_TRUE(view_->Choosing());
    EXPECT_EQ(view_->browser().folder(), dir_.path()) << "opens at the typed folder";
    ASSERT_NO_FATAL_FAILURE(ClickInBrowser("entry/class"));
    ASSERT_EQ(view_->browser().folder(), classroom);
    EXPECT_EQ(view_->browser().highlighted(), 2u);
    for (const FileEntry& entry : view_->browser().entries()) {
        EXPECT_EQ(entry.highlighted, entry.name.ends_with(classroom::kReportSuffix)) << entry.name;
    }
    const std::string text = harness_.FrameText(Draw());
    EXPECT_NE(text.find("2 reports in this folder"), std::string::npos) << text;
    // A report clicked is only selected: the folder is chosen with "Use this folder".
    ASSERT_NO_FATAL_FAILURE(ClickInBrowser("entry/bbbb" + std::string(classroom::kReportSuffix)));
    EXPECT_TRUE(view_->Choosing());
    EXPECT_FALSE(view_->Loading());
    EXPECT_FALSE(view_->analysis().has_value());

    ASSERT_NO_FATAL_FAILURE(ClickInBrowser("use"));
    EXPECT_FALSE(view_->Choosing());
    EXPECT_EQ(view_->state().folder, classroom.string());
    view_->WaitForLoad();
    ASSERT_TRUE(view_->analysis().has_value()) << view_->state().message;
    EXPECT_EQ(view_->analysis()->students.size(), 2u);
    EXPECT_EQ(*study::LoadRememberedFolder(*collection_, study::kClassFolderKey),
              classroom.string());

    // Opened again, the view loads the chosen folder, and its browser starts there.
    ClassView again(*collection_);
    again.Open({{solar_, "Solar system"}}, kNow + 5'000);
    again.WaitForLoad();
    EXPECT_EQ(again.state().folder, classroom.string());
    ASSERT_TRUE(again.analysis().has_value());
    again.ChooseFolder();
    EXPECT_EQ(again.browser().folder(), classroom);
}

TEST_F(ClassViewTest, CancellingTheBrowserLeavesTheViewAsItWas) {
    ASSERT_NO_FATAL_FAILURE(WriteReport(dir_.path(), "Ben", "bbbb"));
    std::filesystem::create_directory(dir_ / "other");
    ASSERT_NO_FATAL_FAILURE(WriteReport(dir_ / "other", "Cy", "cccc"));
    view_->state().folder = dir_.path().string();
    view_->Load(kNow);
    view_->WaitForLoad();
    ASSERT_TRUE(view_->analysis().has_value());
    const int loads = view_->loads();

    ASSERT_NO_FATAL_FAILURE(Click("button/choose"));
    ASSERT_NO_FATAL_FAILURE(ClickInBrowser("entry/other"));
    ASSERT_EQ(view_->browser().folder(), dir_ / "other");
    ASSERT_NO_FATAL_FAILURE(Click("button/cancel-choose"));
    EXPECT_FALSE(view_->Choosing());
    EXPECT_EQ(view_->state().folder, dir_.path().string());
    EXPECT_FALSE(view_->Loading());
    view_->WaitForLoad();
    EXPECT_EQ(view_->loads(), loads);
    ASSERT_EQ(view_->analysis()->students.size(), 1u);
    EXPECT_EQ(view_->analysis()->students[0].name, "Ben");
    EXPECT_EQ(harness_.FrameText(Draw()).find("Use this folder"), std::string::npos);

    // Escape cancels too.
    ASSERT_NO_FATAL_FAILURE(Click("button/choose"));
    ASSERT_TRUE(view_->Choosing());
    ASSERT_NO_FATAL_FAILURE(Press(GLFW_KEY_ESCAPE));
    EXPECT_FALSE(view_->Choosing());
    EXPECT_EQ(view_->state().folder, dir_.path().string());
}

TEST_F(ClassViewTest, TheBrowserIsUsedFromTheKeyboard) {
    ASSERT_NO_FATAL_FAILURE(WriteReport(dir_.path(), "Ben", "bbbb"));
    ASSERT_NO_FATAL_FAILURE(WriteReport(dir_.path(), "Cy", "cccc"));
    view_->state().folder = dir_.path().string();
    harness_.Frame(Draw());
    // Tab: Back, the folder field, Load, Choose folder…
    for (int i = 0; i < 4; ++i) {
        Press(GLFW_KEY_TAB);
    }
    Press(GLFW_KEY_ENTER);
    ASSERT_TRUE(view_->Choosing());
    ASSERT_EQ(view_->browser().entries().size(), 2u);
    // Then Up, the path field, the two reports, Use this folder.
    for (int i = 0; i < 5; ++i) {
        Press(GLFW_KEY_TAB);
    }
    Press(GLFW_KEY_ENTER);
    EXPECT_FALSE(view_->Choosing());
    view_->WaitForLoad();
    ASSERT_TRUE(view_->analysis().has_value()) << view_->state().message;
    EXPECT_EQ(view_->analysis()->students.size(), 2u);
}

}  // namespace
}  // namespace summit::ui
