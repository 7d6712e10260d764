// Fixtures the view tests share: a host window for panels, the question panel fixture, and the
// example collection most view tests drive.
#pragma once

#include <functional>
#include <optional>
#include <string>
#include <utility>

#include <gtest/gtest.h>
#include <imgui.h>

#include "app/grading/grading.h"
#include "app/ui/shell/app_shell.h"
#include "app/ui/study/question_panel.h"
#include "app/ui/widgets/theme.h"
#include "app/ui/widgets/widget_rects.h"
#include "content/formats/json_bank.h"
#include "storage/collection.h"
#include "tests/app/ui/harness.h"
#include "tests/support/memory_collection.h"
#include "tests/support/test_paths.h"

namespace summit::ui::testing {

// Draws `body` inside an undecorated window filling the display: panels are not windows of
// their own, so a test hosts them the way the views do.
inline std::function<void()> InHostWindow(std::function<void()> body) {
    return [body = std::move(body)] {
        ImGui::SetNextWindowPos(ImVec2(0, 0));
        ImGui::SetNextWindowSize(ImGui::GetIO().DisplaySize);
        ImGui::Begin("host", nullptr, ImGuiWindowFlags_NoDecoration);
        body();
        ImGui::End();
    };
}

// The centre of the widget recorded as `name`. A widget that was not drawn fails the test and
// gives a point off the display, so a click on it reaches nothing.
inline ImVec2 CenterOf(const WidgetRects& rects, const std::string& name) {
    auto rect = rects.Find(name);
    EXPECT_TRUE(rect.has_value()) << name << " was not drawn";
    return rect ? rect->Center() : ImVec2(-100, -100);
}

// Opens an in-memory collection into `collection` with the example bank
// docs/examples/solar-system.json imported as the deck "Solar system". Call it under
// ASSERT_NO_FATAL_FAILURE: a failure stops the test.
inline void OpenSolarSystem(std::optional<storage::Collection>& collection) {
    auto opened = storage::Collection::OpenInMemory();
    ASSERT_TRUE(opened.has_value()) << opened.error().ToString();
    collection.emplace(std::move(*opened));
    auto bank =
        content::LoadJsonBankFile((summit::testing::ExamplesDir() / "solar-system.json").string());
    ASSERT_TRUE(bank.has_value());
    ASSERT_TRUE(collection->ImportBank(*bank).has_value());
}

// One question panel in a host window, driven by mouse and keys, with the answer graded.
class QuestionPanelTest : public ::testing::Test {
  protected:
    void SetUp() override { ApplyTheme(Theme::kDark, 1.0f); }

    void Show(const content::Question& question, uint32_t shuffle_seed = 0) {
        question_ = question;
        panel_.Begin(question_, shuffle_seed);
        harness_.Frame(DrawFn());
    }
    std::function<void()> DrawFn() {
        return InHostWindow([this] { panel_.Draw(); });
    }
    ImVec2 At(const std::string& name) { return CenterOf(panel_.rects(), name); }
    void Click(const std::string& name) { harness_.Click(At(name), DrawFn()); }
    void Key(int glfw_key) { harness_.PressKey(glfw_key, DrawFn()); }
    void ShiftKey(int glfw_key) {
        harness_.io().KeyShift = true;
        Key(glfw_key);
        harness_.io().KeyShift = false;
    }
    study::GradeResult Graded() {
        auto grade = study::Grade(question_, panel_.CurrentAnswer());
        EXPECT_TRUE(grade.has_value()) << (grade ? "" : grade.error().message);
        return grade ? *grade : study::GradeResult{};
    }

    Harness harness_;
    content::Question question_;
    QuestionPanel panel_;
};

// The whole app shell over the example collection, on Home after one frame, with a clock the
// test sets through now_.
class ShellTest : public ::testing::Test {
  protected:
    void SetUp() override {
        ApplyTheme(Theme::kDark, 1.0f);
        ASSERT_NO_FATAL_FAILURE(OpenSolarSystem(collection_));
        shell_.emplace(*collection_, [this] { return now_; });
        shell_->Reload();
        harness_.Frame(Draw());
    }
    std::function<void()> Draw() {
        return [this] { shell_->Draw(); };
    }
    void Press(int key) { harness_.PressKey(key, Draw()); }

    Harness harness_;
    int64_t now_ = 1'750'000'000'000;  // ms since the epoch, June 2025
    std::optional<storage::Collection> collection_;
    std::optional<AppShell> shell_;
};

}  // namespace summit::ui::testing
