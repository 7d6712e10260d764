// Narrow windows and large UI scales: rows of controls wrap instead of running off the edge,
// and text too wide for its column is cut with an ellipsis and shown whole on hover.
#include <cstdint>
#include <optional>
#include <string>

#define GLFW_INCLUDE_NONE
#include <GLFW/glfw3.h>
#include <gtest/gtest.h>

#include "app/ui/progress/progress_view.h"
#include "app/ui/shell/fonts.h"
#include "app/ui/widgets/fit_text.h"
#include "app/ui/widgets/theme.h"
#include "tests/app/ui/view_fixtures.h"
#include "tests/support/test_paths.h"

namespace summit::ui {
namespace {

constexpr const char* kLongDeck =
    "China and the Kim–Trump summit: motives, risks, people and places, read critically";

class SmallWindowTest : public ::testing::Test {
  protected:
    void SetUp() override { ApplyTheme(Theme::kDark, 1.0f); }
    testing::Harness harness_;
};

TEST_F(SmallWindowTest, ProgressToolbarWrapsInsideAnEightHundredPixelWindow) {
    harness_.io().DisplaySize = ImVec2(800, 600);
    std::optional<storage::Collection> collection;
    ASSERT_NO_FATAL_FAILURE(testing::OpenSolarSystem(collection));
    // The built-in test font is 13 px where the app's is 18 px: these are the app's 1 and 2.
    for (float scale : {1.4f, 2.8f}) {
        ApplyTheme(Theme::kDark, scale);
        ProgressView view(*collection);
        const auto draw = [&] { view.Draw(1'750'000'000'000); };
        harness_.Frame(draw);
        harness_.Frame(draw);
        for (const char* name :
             {"combo/deck", "combo/topic", "period/30", "period/90", "period/365"}) {
            auto rect = view.rects().Find(name);
            ASSERT_TRUE(rect.has_value()) << name;
            EXPECT_LE(rect->max.x, 800.0f) << name << " runs off the window at scale " << scale;
        }
    }
}

TEST_F(SmallWindowTest, HomeCutsALongDeckNameWithAnEllipsisAndATooltip) {
    harness_.io().DisplaySize = ImVec2(560, 600);
    std::optional<storage::Collection> collection;
    ASSERT_NO_FATAL_FAILURE(testing::OpenSolarSystem(collection));
    auto bank =
        content::LoadJsonBankFile((summit::testing::ExamplesDir() / "solar-system.json").string());
    ASSERT_TRUE(bank.has_value());
    bank->id = "long";
    bank->deck = kLongDeck;
    ASSERT_TRUE(collection->ImportBank(*bank).has_value());
    AppShell shell(*collection, [] { return int64_t{1'750'000'000'000}; });
    shell.Reload();
    const auto draw = [&] { shell.Draw(); };
    harness_.Frame(draw);
    const std::string text = harness_.FrameText(draw);
    EXPECT_EQ(text.find(kLongDeck), std::string::npos) << "not cut: " << text;
    EXPECT_NE(text.find("China and the Kim"), std::string::npos) << text;
    EXPECT_NE(text.find("..."), std::string::npos) << text;

    const storage::DeckId deck = summit::testing::DeckNamed(*collection, kLongDeck);
    auto row = shell.home().rects().Find("deck/" + std::to_string(deck.value));
    ASSERT_TRUE(row.has_value());
    harness_.io().MousePos = ImVec2(row->min.x + 20, row->Center().y);
    harness_.Frame(draw);
    harness_.Frame(draw);  // ImGui shows a tooltip once the item has been hovered a frame
    harness_.Frame(draw);
    const std::string hovered = harness_.FrameText(draw);
    EXPECT_NE(hovered.find(kLongDeck), std::string::npos) << "the full name on hover";
}

TEST_F(SmallWindowTest, EllipsizeKeepsWholeCharactersWithinTheWidth) {
    harness_.Frame([] {
        const std::string text = "Kim–Trump ééé summit";
        EXPECT_EQ(Ellipsize(text, 10'000), text);
        const float width = ImGui::CalcTextSize("Kim–Tr...").x;
        const std::string cut = Ellipsize(text, width);
        EXPECT_LE(ImGui::CalcTextSize(cut.c_str()).x, width);
        EXPECT_EQ(cut.substr(cut.size() - 3), "...");
        EXPECT_EQ(cut.rfind("Kim", 0), 0u);
        EXPECT_EQ(Ellipsize(text, 1), "...");
    });
}

// Whether `name` was drawn wholly inside a `width` x `height` display.
::testing::AssertionResult Inside(const WidgetRects& rects, const std::string& name, float width,
                                  float height) {
    auto rect = rects.Find(name);
    if (!rect) {
        return ::testing::AssertionFailure() << name << " was not drawn";
    }
    if (rect->min.x < 0 || rect->min.y < 0 || rect->max.x > width || rect->max.y > height) {
        return ::testing::AssertionFailure()
               << name << " at (" << rect->min.x << ", " << rect->min.y << ")-(" << rect->max.x
               << ", " << rect->max.y << ") is outside " << width << " x " << height;
    }
    return ::testing::AssertionSuccess();
}

class SmallShellTest : public testing::ShellTest {
  protected:
    void TearDown() override { harness_.io().Fonts->Clear(); }  // before fonts_ goes
    // Shows the shell at `width` x `height` with the app's own font and UI scale `scale`, as
    // the window would, for a few frames.
    void Show(float width, float height, float scale) {
        ImGuiIO& io = harness_.io();
        io.DisplaySize = ImVec2(width, height);
        io.Fonts->Clear();
        fonts_.emplace();
        fonts_->Load(*io.Fonts, scale, shell_->CollectionText());
        unsigned char* pixels = nullptr;
        int atlas_width = 0;
        int atlas_height = 0;
        io.Fonts->GetTexDataAsAlpha8(&pixels, &atlas_width, &atlas_height);
        io.Fonts->SetTexID(reinterpret_cast<ImTextureID>(static_cast<intptr_t>(1)));
        ApplyTheme(Theme::kDark, scale);
        for (int i = 0; i < 3; ++i) {
            harness_.Frame(Draw());
        }
    }
    std::optional<FontSet> fonts_;
};

TEST_F(SmallShellTest, HomeButtonsFitAnEightHundredPixelWindow) {
    for (float scale : {1.0f, 2.0f}) {
        Show(800, 600, scale);
        for (const char* name :
             {"button/study", "button/quiz", "button/progress", "button/settings"}) {
            EXPECT_TRUE(Inside(shell_->home().rects(), name, 800, 600)) << "scale " << scale;
        }
    }
}

TEST_F(SmallShellTest, QuizSetupFeedbackOptionsShowAtEightHundredBySixHundred) {
    harness_.PressKey(GLFW_KEY_Q, Draw());
    ASSERT_EQ(shell_->current(), ViewId::kQuizSetup);
    Show(800, 600, 1.0f);
    // Above the footer with Start quiz: the scrolling body ends there.
    auto start = shell_->quiz_setup().rects().Find("button/start");
    ASSERT_TRUE(start.has_value());
    EXPECT_TRUE(Inside(shell_->quiz_setup().rects(), "button/start", 800, 600));
    for (const char* name : {"feedback/end", "feedback/immediate", "counts", "type/ordering"}) {
        EXPECT_TRUE(Inside(shell_->quiz_setup().rects(), name, 800, start->min.y)) << "hidden";
    }
    // At twice the size they are below the fold of a scrolling body, but never off its side.
    Show(800, 600, 2.0f);
    for (const char* name : {"feedback/end", "feedback/immediate", "counts", "type/ordering"}) {
        auto rect = shell_->quiz_setup().rects().Find(name);
        ASSERT_TRUE(rect.has_value()) << name;
        EXPECT_LE(rect->max.x, 800) << name;
    }
}

TEST_F(SmallShellTest, StudyCountsStayInTheWindowAtTwiceTheSize) {
    // A deck name as long as the bundled deck's leaves the counts the least room.
    const storage::DeckId deck = summit::testing::DeckNamed(*collection_, "Solar system");
    ASSERT_TRUE(collection_->RenameDeck(deck, "China and the Kim–Trump summit").has_value());
    shell_->Reload();
    harness_.PressKey(GLFW_KEY_ENTER, Draw());
    ASSERT_EQ(shell_->current(), ViewId::kStudy);
    for (const ImVec2 size : {ImVec2(1100, 700), ImVec2(800, 600)}) {
        for (float scale : {1.0f, 2.0f}) {
            Show(size.x, size.y, scale);
            for (const char* name : {"progress", "count/new", "count/learning", "count/review",
                                     "button/back", "button/help"}) {
                EXPECT_TRUE(Inside(shell_->study().rects(), name, size.x, size.y))
                    << "scale " << scale;
            }
        }
    }
}

}  // namespace
}  // namespace summit::ui
