// Headless tests of the home view: rows, selection by keys and mouse, and recorded intents.
#include "app/ui/home/home_view.h"

#include <string>
#include <vector>

#define GLFW_INCLUDE_NONE
#include <GLFW/glfw3.h>
#include <gtest/gtest.h>

#include "app/ui/widgets/theme.h"
#include "tests/app/ui/harness.h"

namespace summit::ui {
namespace {

using storage::DeckId;

HomeModel ThreeDecks() {
    return HomeModel{{
                         {.deck_id = {11},
                          .name = "Capitals",
                          .question_count = 40,
                          .new_count = 7,
                          .learning_count = 2,
                          .due_count = 5},
                         {.deck_id = {22},
                          .name = "Spanish verbs",
                          .question_count = 120,
                          .new_count = 20,
                          .learning_count = 0,
                          .due_count = 31},
                         {.deck_id = {33},
                          .name = "Kim-Trump summit",
                          .question_count = 18,
                          .new_count = 18,
                          .learning_count = 0,
                          .due_count = 0},
                     },
                     ""};
}

class HomeViewTest : public ::testing::Test {
  protected:
    void SetUp() override { ApplyTheme(Theme::kDark, 1.0f); }

    void Draw() { view_.Draw(model_); }
    std::function<void()> DrawFn() {
        return [this] { Draw(); };
    }
    ImVec2 CenterOf(const char* name) {
        auto rect = view_.rects().Find(name);
        EXPECT_TRUE(rect.has_value()) << name << " was not drawn";
        return rect ? rect->Center() : ImVec2(-1, -1);
    }

    testing::Harness harness_;
    HomeModel model_ = ThreeDecks();
    HomeView view_;
};

TEST_F(HomeViewTest, ShowsEveryDeckWithItsCounts) {
    const std::string text = harness_.FrameText(DrawFn());
    EXPECT_NE(text.find("Capitals"), std::string::npos) << text;
    EXPECT_NE(text.find("Spanish verbs"), std::string::npos) << text;
    EXPECT_NE(text.find("Kim-Trump summit"), std::string::npos) << text;
    EXPECT_NE(text.find("120"), std::string::npos) << text;
    EXPECT_NE(text.find("31"), std::string::npos) << text;
    EXPECT_NE(text.find("3 decks, 83 cards to study today"), std::string::npos) << text;
    for (const char* name : {"deck/11", "deck/22", "deck/33"}) {
        EXPECT_TRUE(view_.rects().Find(name).has_value()) << name;
    }
    EXPECT_FALSE(view_.rects().Find("deck/44").has_value());
}

TEST_F(HomeViewTest, RowsAreDrawnTopToBottomInModelOrder) {
    harness_.Frame(DrawFn());
    const float y11 = CenterOf("deck/11").y;
    const float y22 = CenterOf("deck/22").y;
    const float y33 = CenterOf("deck/33").y;
    EXPECT_LT(y11, y22);
    EXPECT_LT(y22, y33);
}

TEST_F(HomeViewTest, EmptyCollectionShowsHintAndDisablesDeckButtons) {
    model_.decks.clear();
    const std::string text = harness_.FrameText(DrawFn());
    EXPECT_NE(text.find("No decks yet"), std::string::npos) << text;
    harness_.Click(CenterOf("button/study"), DrawFn());
    EXPECT_TRUE(view_.TakeIntents().empty());
    harness_.Click(CenterOf("button/settings"), DrawFn());
    EXPECT_EQ(view_.TakeIntents(), (std::vector<HomeIntent>{{HomeAction::kSettings, DeckId{0}}}));
}

TEST_F(HomeViewTest, FirstDeckIsSelectedUntilOneIsChosen) {
    harness_.Frame(DrawFn());
    EXPECT_EQ(view_.SelectedDeckId(model_), DeckId{11});
    EXPECT_EQ(view_.state().chosen_deck_id, DeckId{});
}

TEST_F(HomeViewTest, ArrowKeysMoveTheSelectionAndClampAtTheEnds) {
    harness_.Frame(DrawFn());
    harness_.PressKey(GLFW_KEY_DOWN, DrawFn());
    EXPECT_EQ(view_.SelectedDeckId(model_), DeckId{22});
    harness_.PressKey(GLFW_KEY_DOWN, DrawFn());
    EXPECT_EQ(view_.SelectedDeckId(model_), DeckId{33});
    harness_.PressKey(GLFW_KEY_DOWN, DrawFn());
    EXPECT_EQ(view_.SelectedDeckId(model_), DeckId{33});
    harness_.PressKey(GLFW_KEY_UP, DrawFn());
    EXPECT_EQ(view_.SelectedDeckId(model_), DeckId{22});
    harness_.PressKey(GLFW_KEY_UP, DrawFn());
    harness_.PressKey(GLFW_KEY_UP, DrawFn());
    EXPECT_EQ(view_.SelectedDeckId(model_), DeckId{11});
    EXPECT_TRUE(view_.TakeIntents().empty());
}

TEST_F(HomeViewTest, ClickingARowSelectsIt) {
    harness_.Frame(DrawFn());
    harness_.Click(CenterOf("deck/33"), DrawFn());
    EXPECT_EQ(view_.SelectedDeckId(model_), DeckId{33});
    EXPECT_TRUE(view_.TakeIntents().empty());
}

TEST_F(HomeViewTest, ClickingStudyRecordsStudyOfTheSelectedDeck) {
    harness_.Frame(DrawFn());
    harness_.Click(CenterOf("deck/22"), DrawFn());
    harness_.Click(CenterOf("button/study"), DrawFn());
    EXPECT_EQ(view_.TakeIntents(), (std::vector<HomeIntent>{{HomeAction::kStudy, DeckId{22}}}));
    EXPECT_TRUE(view_.TakeIntents().empty());
}

TEST_F(HomeViewTest, EachButtonRecordsItsOwnIntent) {
    harness_.Frame(DrawFn());
    harness_.Click(CenterOf("button/quiz"), DrawFn());
    harness_.Click(CenterOf("button/progress"), DrawFn());
    harness_.Click(CenterOf("button/settings"), DrawFn());
    EXPECT_EQ(view_.TakeIntents(), (std::vector<HomeIntent>{{HomeAction::kQuiz, DeckId{11}},
                                                            {HomeAction::kProgress, DeckId{11}},
                                                            {HomeAction::kSettings, DeckId{0}}}));
}

TEST_F(HomeViewTest, EnterStudiesTheSelectedDeck) {
    harness_.Frame(DrawFn());
    harness_.PressKey(GLFW_KEY_DOWN, DrawFn());
    harness_.PressKey(GLFW_KEY_ENTER, DrawFn());
    EXPECT_EQ(view_.TakeIntents(), (std::vector<HomeIntent>{{HomeAction::kStudy, DeckId{22}}}));
}

TEST_F(HomeViewTest, LetterKeysOpenQuizProgressAndSettings) {
    harness_.Frame(DrawFn());
    harness_.PressKey(GLFW_KEY_DOWN, DrawFn());
    harness_.PressKey(GLFW_KEY_Q, DrawFn());
    harness_.PressKey(GLFW_KEY_P, DrawFn());
    harness_.PressKey(GLFW_KEY_S, DrawFn());
    const std::vector<HomeIntent> expected = {{HomeAction::kQuiz, DeckId{22}},
                                              {HomeAction::kProgress, DeckId{22}},
                                              {HomeAction::kSettings, DeckId{}}};
    EXPECT_EQ(view_.TakeIntents(), expected);
    const std::string text = harness_.FrameText(DrawFn());
    for (const char* hint : {"Study (Enter)", "Quiz (Q)", "Progress (P)", "Settings (S)", "?"}) {
        EXPECT_NE(text.find(hint), std::string::npos) << hint << " in: " << text;
    }
}

TEST_F(HomeViewTest, QuestionMarkShowsTheKeysAndEscapeGivesTheKeyboardBack) {
    harness_.Frame(DrawFn());
    harness_.io().AddInputCharacter('?');
    harness_.Frame(DrawFn());
    ASSERT_TRUE(view_.help().IsOpen());
    harness_.PressKey(GLFW_KEY_Q, DrawFn());  // keys go to the help while it shows
    EXPECT_TRUE(view_.TakeIntents().empty());
    harness_.PressKey(GLFW_KEY_ESCAPE, DrawFn());
    EXPECT_FALSE(view_.help().IsOpen());
    harness_.Frame(DrawFn());
    harness_.PressKey(GLFW_KEY_ENTER, DrawFn());
    const std::vector<HomeIntent> expected = {{HomeAction::kStudy, DeckId{11}}};
    EXPECT_EQ(view_.TakeIntents(), expected);
}

TEST_F(HomeViewTest, DoubleClickingARowStudiesIt) {
    harness_.Frame(DrawFn());
    harness_.DoubleClick(CenterOf("deck/33"), DrawFn());
    EXPECT_EQ(view_.TakeIntents(), (std::vector<HomeIntent>{{HomeAction::kStudy, DeckId{33}}}));
}

TEST_F(HomeViewTest, SelectionFallsBackToFirstDeckWhenChosenDeckDisappears) {
    harness_.Frame(DrawFn());
    harness_.Click(CenterOf("deck/33"), DrawFn());
    model_.decks.pop_back();
    harness_.Frame(DrawFn());
    EXPECT_EQ(view_.SelectedDeckId(model_), DeckId{11});
}

TEST_F(HomeViewTest, KeysAreIgnoredWhileATextFieldHasTheKeyboard) {
    char filter[64] = "";
    ImVec2 field_center;
    auto draw = [&] {
        Draw();
        ImGui::SetNextWindowPos(ImVec2(600, 400));
        ImGui::Begin("Filter", nullptr, ImGuiWindowFlags_AlwaysAutoResize);
        ImGui::InputText("##filter", filter, sizeof filter);
        field_center = ImVec2((ImGui::GetItemRectMin().x + ImGui::GetItemRectMax().x) / 2,
                              (ImGui::GetItemRectMin().y + ImGui::GetItemRectMax().y) / 2);
        ImGui::End();
    };
    harness_.Frame(draw);
    harness_.Click(field_center, draw);
    ASSERT_TRUE(harness_.io().WantTextInput);
    harness_.PressKey(GLFW_KEY_DOWN, draw);
    harness_.PressKey(GLFW_KEY_ENTER, draw);
    EXPECT_EQ(view_.SelectedDeckId(model_), DeckId{11});
    EXPECT_TRUE(view_.TakeIntents().empty());
}

TEST_F(HomeViewTest, LongListScrollsToKeepTheSelectionVisible) {
    model_.decks.clear();
    for (int i = 1; i <= 100; ++i) {
        model_.decks.push_back({.deck_id = {i}, .name = "Deck " + std::to_string(i)});
    }
    harness_.Frame(DrawFn());
    const float bottom = harness_.io().DisplaySize.y;
    EXPECT_GT(view_.rects().Find("deck/100")->min.y, bottom);
    for (int i = 1; i < 100; ++i) {
        harness_.PressKey(GLFW_KEY_DOWN, DrawFn());
    }
    harness_.Frame(DrawFn());
    EXPECT_EQ(view_.SelectedDeckId(model_), DeckId{100});
    EXPECT_LT(view_.rects().Find("deck/100")->max.y, bottom);
    EXPECT_LT(view_.rects().Find("deck/1")->max.y, 0.0f);  // scrolled out of view
    // The buttons stay on screen below the scrolled table.
    EXPECT_LT(view_.rects().Find("button/study")->max.y, bottom);
}

TEST_F(HomeViewTest, NoticeIsShownUnderTheButtons) {
    view_.SetNotice("Study arrives in the next version");
    const std::string text = harness_.FrameText(DrawFn());
    EXPECT_NE(text.find("Study arrives in the next version"), std::string::npos) << text;
}

TEST(HomeActionNameTest, NamesEveryAction) {
    EXPECT_STREQ(HomeActionName(HomeAction::kStudy), "study");
    EXPECT_STREQ(HomeActionName(HomeAction::kQuiz), "quiz");
    EXPECT_STREQ(HomeActionName(HomeAction::kProgress), "progress");
    EXPECT_STREQ(HomeActionName(HomeAction::kSettings), "settings");
}

}  // namespace
}  // namespace summit::ui
