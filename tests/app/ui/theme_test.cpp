// Themes reset before scaling, and Em follows the font size.
#include "app/ui/widgets/theme.h"

#include <gtest/gtest.h>

#include "tests/app/ui/harness.h"

namespace summit::ui {
namespace {

TEST(ThemeTest, ScalingDoesNotCompoundWhenAppliedTwice) {
    testing::Harness harness;
    ApplyTheme(Theme::kDark, 2.0f);
    const float once = ImGui::GetStyle().FramePadding.x;
    ApplyTheme(Theme::kDark, 2.0f);
    EXPECT_FLOAT_EQ(ImGui::GetStyle().FramePadding.x, once);
    ApplyTheme(Theme::kDark, 1.0f);
    EXPECT_FLOAT_EQ(ImGui::GetStyle().FramePadding.x * 2.0f, once);
}

TEST(ThemeTest, LightAndDarkDifferInWindowBackground) {
    testing::Harness harness;
    ApplyTheme(Theme::kDark, 1.0f);
    const ImVec4 dark = ImGui::GetStyle().Colors[ImGuiCol_WindowBg];
    ApplyTheme(Theme::kLight, 1.0f);
    const ImVec4 light = ImGui::GetStyle().Colors[ImGuiCol_WindowBg];
    EXPECT_LT(dark.x, 0.5f);
    EXPECT_GT(light.x, 0.5f);
}

TEST(ThemeTest, EmIsAMultipleOfTheFontSize) {
    testing::Harness harness;
    harness.Frame([] {
        EXPECT_FLOAT_EQ(Em(1), ImGui::GetFontSize());
        EXPECT_FLOAT_EQ(Em(2.5f), 2.5f * ImGui::GetFontSize());
    });
}

}  // namespace
}  // namespace summit::ui
