// Headless tests of the Class view: sending a report into the folder, the class it shows,
// bad reports listed, and a report arriving while the view is open.
#include "app/ui/class/class_view.h"

#include <optional>
#include <string>

#include <gtest/gtest.h>

#include "app/classroom/export.h"
#include "app/classroom/report_file.h"
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
    ASSERT_TRUE(view_->analysis().has_value()) << view_->state().message;
    const std::string text = harness_.FrameText(Draw());
    EXPECT_NE(text.find("Ben"), std::string::npos) << text;
    EXPECT_NE(text.find("not started yet"), std::string::npos);
    EXPECT_NE(text.find("Skipped reports"), std::string::npos);
    EXPECT_NE(text.find("broken.json"), std::string::npos);
    EXPECT_NE(text.find("First-try scores"), std::string::npos);
}

TEST_F(ClassViewTest, AReportArrivingInTheFolderIsPickedUpByPolling) {
    ASSERT_NO_FATAL_FAILURE(WriteOtherStudent("Ben", "bbbb", kNow));
    view_->state().folder = dir_.path().string();
    view_->Load(kNow);
    ASSERT_EQ(view_->analysis()->students.size(), 1u);
    ASSERT_NO_FATAL_FAILURE(WriteOtherStudent("Cy", "cccc", kNow));
    harness_.Frame(Draw(kNow + 100));
    EXPECT_EQ(view_->analysis()->students.size(), 1u) << "not before the poll interval";
    harness_.Frame(Draw(kNow + kClassPollMs + 1));
    EXPECT_EQ(view_->analysis()->students.size(), 2u);
}

TEST_F(ClassViewTest, AMissingFolderSaysSo) {
    view_->state().folder = (dir_ / "absent").string();
    ASSERT_NO_FATAL_FAILURE(Click("button/load"));
    EXPECT_FALSE(view_->analysis().has_value());
    EXPECT_NE(view_->state().message.find("no such folder"), std::string::npos)
        << view_->state().message;
}

}  // namespace
}  // namespace summit::ui
