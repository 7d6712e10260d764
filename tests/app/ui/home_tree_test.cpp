// Headless tests of the home view's deck tree: rows from a collection with subdecks, summed
// counts, collapsing by mouse and keys, and study of a parent.
#include <string>

#define GLFW_INCLUDE_NONE
#include <GLFW/glfw3.h>
#include <gtest/gtest.h>

#include "app/ui/home/home_model_load.h"
#include "app/ui/home/home_view.h"
#include "app/ui/widgets/theme.h"
#include "tests/app/ui/harness.h"
#include "tests/support/memory_collection.h"

namespace summit::ui {
namespace {

constexpr int64_t kNow = 1'714'554'000'000;  // 2024-05-01 09:00 UTC

// Geography 0 cards of its own; Geography::Capitals 3; Geography::Capitals::Europe 4;
// Geography::Rivers 5; Music 6 (flat).
class HomeTreeTest : public summit::testing::MemoryCollectionTest {
  protected:
    void SetUp() override {
        ASSERT_NO_FATAL_FAILURE(MemoryCollectionTest::SetUp());
        ApplyTheme(Theme::kDark, 1.0f);
        for (const auto& [id, deck, count] :
             {std::tuple{"cap", "Geography::Capitals", 3},
              std::tuple{"eu", "Geography::Capitals::Europe", 4},
              std::tuple{"riv", "Geography::Rivers", 5}, std::tuple{"mus", "Music", 6}}) {
            ASSERT_TRUE(collection_->ImportBank(summit::testing::FlashcardBank(id, count),
                                                std::string(deck)));
        }
        auto model = LoadHomeModel(*collection_, kNow);
        ASSERT_TRUE(model.has_value());
        model_ = std::move(*model);
    }
    storage::DeckId Deck(const char* name) {
        return summit::testing::DeckNamed(*collection_, name);
    }
    std::string Rect(const char* kind, const char* deck) {
        return std::string(kind) + "/" + std::to_string(Deck(deck).value);
    }
    bool Shown(const char* deck) { return view_.rects().Find(Rect("deck", deck)).has_value(); }
    std::function<void()> DrawFn() {
        return [this] { view_.Draw(model_); };
    }

    testing::Harness harness_;
    HomeModel model_;
    HomeView view_;
};

TEST_F(HomeTreeTest, ParentsShowTheirLastPartIndentedWithSummedCounts) {
    ASSERT_EQ(model_.decks.size(), 5u);
    EXPECT_EQ(model_.decks[0].name, "Geography");
    EXPECT_EQ(model_.decks[0].new_count, 12);
    EXPECT_EQ(model_.decks[0].question_count, 12);
    EXPECT_TRUE(model_.decks[0].has_children);
    EXPECT_EQ(model_.decks[1].new_count, 7);
    EXPECT_EQ(model_.decks[2].depth, 2);
    EXPECT_FALSE(model_.decks[4].has_children);

    const std::string text = harness_.FrameText(DrawFn());
    EXPECT_NE(text.find("Europe"), std::string::npos) << text;
    EXPECT_EQ(text.find("Geography::"), std::string::npos) << "subdecks show their last part";
    EXPECT_NE(text.find("12"), std::string::npos) << text;
    // Every card once: 12 under Geography and 6 in Music, not the subdecks again.
    EXPECT_NE(text.find("5 decks, 18 cards to study today"), std::string::npos) << text;
    // A row's Selectable spans the table; the +/- of a parent sits where its level starts.
    const float x_parent = view_.rects().Find(Rect("toggle", "Geography"))->min.x;
    const float x_child = view_.rects().Find(Rect("toggle", "Geography::Capitals"))->min.x;
    EXPECT_LT(x_parent, x_child);
}

TEST_F(HomeTreeTest, TheToggleCollapsesAndExpandsASubtree) {
    harness_.Frame(DrawFn());
    ASSERT_TRUE(view_.rects().Find(Rect("toggle", "Geography::Capitals")).has_value());
    EXPECT_FALSE(view_.rects().Find(Rect("toggle", "Music")).has_value());
    harness_.Click(view_.rects().Find(Rect("toggle", "Geography::Capitals"))->Center(), DrawFn());
    harness_.Frame(DrawFn());
    EXPECT_FALSE(Shown("Geography::Capitals::Europe"));
    EXPECT_TRUE(Shown("Geography::Rivers"));
    EXPECT_EQ(view_.SelectedDeckId(model_), Deck("Geography")) << "the toggle does not select";
    harness_.Click(view_.rects().Find(Rect("toggle", "Geography::Capitals"))->Center(), DrawFn());
    harness_.Frame(DrawFn());
    EXPECT_TRUE(Shown("Geography::Capitals::Europe"));
}

TEST_F(HomeTreeTest, ArrowKeysWalkTheShownRowsAndFoldTheTree) {
    harness_.Frame(DrawFn());
    harness_.PressKey(GLFW_KEY_LEFT, DrawFn());  // collapse Geography
    harness_.Frame(DrawFn());
    EXPECT_FALSE(Shown("Geography::Rivers"));
    harness_.PressKey(GLFW_KEY_DOWN, DrawFn());
    EXPECT_EQ(view_.SelectedDeckId(model_), Deck("Music")) << "Down skips the hidden subdecks";
    harness_.PressKey(GLFW_KEY_UP, DrawFn());
    harness_.PressKey(GLFW_KEY_RIGHT, DrawFn());  // expand Geography
    harness_.PressKey(GLFW_KEY_DOWN, DrawFn());
    harness_.PressKey(GLFW_KEY_DOWN, DrawFn());
    EXPECT_EQ(view_.SelectedDeckId(model_), Deck("Geography::Capitals::Europe"));
    harness_.PressKey(GLFW_KEY_LEFT, DrawFn());  // a leaf: to its parent
    EXPECT_EQ(view_.SelectedDeckId(model_), Deck("Geography::Capitals"));
    harness_.PressKey(GLFW_KEY_ENTER, DrawFn());
    const auto intents = view_.TakeIntents();
    ASSERT_EQ(intents.size(), 1u);
    EXPECT_EQ(intents[0], (HomeIntent{HomeAction::kStudy, Deck("Geography::Capitals")}));
}

TEST_F(HomeTreeTest, CollapsingAwayTheSelectionSelectsTheParent) {
    harness_.Frame(DrawFn());
    harness_.Click(view_.rects().Find(Rect("deck", "Geography::Rivers"))->Center(), DrawFn());
    harness_.Click(view_.rects().Find(Rect("toggle", "Geography"))->Center(), DrawFn());
    EXPECT_EQ(view_.SelectedDeckId(model_), Deck("Geography"));
}

}  // namespace
}  // namespace summit::ui
