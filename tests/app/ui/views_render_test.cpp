// Every view of the shell renders at 800 x 600 (the smallest supported window) and at a
// larger scale without ImGui asserts, with content as the screenshots show it.
#include <optional>
#include <string>

#include <gtest/gtest.h>

#include "app/ui/shell/app_shell.h"
#include "app/ui/widgets/theme.h"
#include "tests/app/ui/view_fixtures.h"

namespace summit::ui {
namespace {

class ViewsRenderTest : public ::testing::TestWithParam<ViewId> {
  protected:
    void SetUp() override {
        ASSERT_NO_FATAL_FAILURE(testing::OpenSolarSystem(collection_));
        shell_.emplace(*collection_, [] { return int64_t{1'750'000'000'000}; });
        shell_->Reload();
    }

    testing::Harness harness_;
    std::optional<storage::Collection> collection_;
    std::optional<AppShell> shell_;
};

TEST_P(ViewsRenderTest, RendersAt800x600) {
    harness_.io().DisplaySize = ImVec2(800, 600);
    ApplyTheme(Theme::kLight, 1.0f);
    PrepareScreenshotView(*shell_, GetParam());
    for (int i = 0; i < 4; ++i) {
        harness_.Frame([this] { shell_->Draw(); });
    }
    EXPECT_EQ(shell_->current(), GetParam());
    EXPECT_GT(ImGui::GetDrawData()->TotalVtxCount, 0);
}

TEST_P(ViewsRenderTest, RendersLargeAtTwiceTheScale) {
    harness_.io().DisplaySize = ImVec2(1600, 1000);
    ApplyTheme(Theme::kDark, 2.0f);
    harness_.io().FontGlobalScale = 2.0f;
    PrepareScreenshotView(*shell_, GetParam());
    for (int i = 0; i < 4; ++i) {
        harness_.Frame([this] { shell_->Draw(); });
    }
    EXPECT_EQ(shell_->current(), GetParam());
}

INSTANTIATE_TEST_SUITE_P(EveryView, ViewsRenderTest,
                         ::testing::Values(ViewId::kHome, ViewId::kStudy, ViewId::kSummary,
                                           ViewId::kQuizSetup, ViewId::kQuiz, ViewId::kQuizResults,
                                           ViewId::kProgress, ViewId::kSettings, ViewId::kEditor),
                         [](const ::testing::TestParamInfo<ViewId>& info) {
                             return std::string(ViewName(info.param));
                         });

TEST(ViewNameTest, RoundTripsEveryView) {
    for (const char* name : {"home", "study", "summary", "quiz_setup", "quiz", "quiz_results",
                             "progress", "settings", "editor"}) {
        auto view = ParseViewName(name);
        ASSERT_TRUE(view.has_value()) << name;
        EXPECT_STREQ(ViewName(*view), name);
    }
    EXPECT_FALSE(ParseViewName("stats").has_value());
}

}  // namespace
}  // namespace summit::ui
