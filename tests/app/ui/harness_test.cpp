// The headless harness itself: clicks, drags off, typing and keys reach ImGui as a user's would.
#include "tests/app/ui/harness.h"

#include <string>

#define GLFW_INCLUDE_NONE
#include <GLFW/glfw3.h>
#include <gtest/gtest.h>
#include <imgui_stdlib.h>

namespace summit::ui::testing {
namespace {

class HarnessTest : public ::testing::Test {
  protected:
    void Draw() {
        ImGui::SetNextWindowPos(ImVec2(0, 0));
        ImGui::SetNextWindowSize(ImVec2(400, 300));
        ImGui::Begin("Test");
        if (ImGui::Button("Press me")) {
            ++clicks_;
        }
        button_ = Center();
        if (ImGui::InputText("##text", &text_, ImGuiInputTextFlags_EnterReturnsTrue)) {
            ++submits_;
        }
        field_ = Center();
        ImGui::End();
    }
    static ImVec2 Center() {
        const ImVec2 min = ImGui::GetItemRectMin();
        const ImVec2 max = ImGui::GetItemRectMax();
        return ImVec2((min.x + max.x) / 2, (min.y + max.y) / 2);
    }
    std::function<void()> DrawFn() {
        return [this] { Draw(); };
    }

    Harness harness_;
    int clicks_ = 0;
    int submits_ = 0;
    std::string text_;
    ImVec2 button_;
    ImVec2 field_;
};

TEST_F(HarnessTest, ClickOnAButtonCountsOnce) {
    harness_.Frame(DrawFn());
    harness_.Click(button_, DrawFn());
    EXPECT_EQ(clicks_, 1);
}

TEST_F(HarnessTest, ClickBesideAButtonDoesNothing) {
    harness_.Frame(DrawFn());
    harness_.Click(ImVec2(button_.x, button_.y + 150), DrawFn());
    EXPECT_EQ(clicks_, 0);
}

TEST_F(HarnessTest, TypingFillsTheFocusedFieldAndEnterSubmits) {
    harness_.Frame(DrawFn());
    harness_.Click(field_, DrawFn());
    ASSERT_TRUE(harness_.io().WantTextInput);
    harness_.Type("hola caf\u00e9 \u65e5\u672c", DrawFn());
    EXPECT_EQ(text_, "hola caf\u00e9 \u65e5\u672c");
    harness_.PressKey(GLFW_KEY_BACKSPACE, DrawFn());
    EXPECT_EQ(text_, "hola caf\u00e9 \u65e5");
    harness_.PressKey(GLFW_KEY_ENTER, DrawFn());
    EXPECT_EQ(submits_, 1);
}

TEST_F(HarnessTest, FrameTextCapturesWhatWasDrawn) {
    const std::string text = harness_.FrameText(DrawFn());
    EXPECT_NE(text.find("Press me"), std::string::npos) << text;
}

}  // namespace
}  // namespace summit::ui::testing
