// Headless tests of the Browse view over the example collection: reaching it from Home,
// sorting by a header, selecting with click, Shift, Ctrl and Ctrl+A, bulk actions and their
// undo, deletion's confirmation, searching, the remembered columns and the card info.
#include "app/ui/browse/browse_view.h"

#include <algorithm>
#include <cctype>

#define GLFW_INCLUDE_NONE
#include <GLFW/glfw3.h>
#include <gtest/gtest.h>

#include "tests/app/ui/view_fixtures.h"

namespace summit::ui {
namespace {

using storage::BrowseColumn;

class BrowseViewTest : public testing::ShellTest {
  protected:
    void SetUp() override {
        ASSERT_NO_FATAL_FAILURE(ShellTest::SetUp());
        Press(GLFW_KEY_B);
        ASSERT_EQ(shell_->current(), ViewId::kBrowse);
        harness_.Frame(Draw());
    }

    BrowseView& Browse() { return shell_->browse(); }
    void Click(const std::string& name) {
        harness_.Click(testing::CenterOf(Browse().rects(), name), Draw());
    }
    void ClickWith(const std::string& name, bool shift, bool ctrl) {
        harness_.io().KeyShift = shift;
        harness_.io().KeyCtrl = ctrl;
        Click(name);
        harness_.io().KeyShift = false;
        harness_.io().KeyCtrl = false;
    }
    void PressCtrl(int key) {
        harness_.io().KeyCtrl = true;
        Press(key);
        harness_.io().KeyCtrl = false;
    }
    std::vector<storage::BrowseRow> Rows(const std::vector<storage::CardId>& ids) {
        auto rows = collection_->LoadBrowseRows(ids);
        EXPECT_TRUE(rows.has_value());
        return rows ? *rows : std::vector<storage::BrowseRow>{};
    }
    std::vector<storage::CardId> Selected() { return Browse().selection().InOrder(Browse().ids()); }
    size_t CardCount() { return collection_->LoadCards(storage::CardQuery::All())->size(); }
};

TEST_F(BrowseViewTest, HomeReachesItByKeyAndButtonAndEscapeGoesBack) {
    EXPECT_EQ(Browse().ids().size(), CardCount());
    EXPECT_EQ(CardCount(), 8u);  // seven questions, one of them reversible
    Click("row/0");              // the table takes the keys from the search box
    Press(GLFW_KEY_ESCAPE);
    EXPECT_EQ(shell_->current(), ViewId::kHome);
    harness_.Click(testing::CenterOf(shell_->home().rects(), "button/browse"), Draw());
    EXPECT_EQ(shell_->current(), ViewId::kBrowse);
}

TEST_F(BrowseViewTest, AHeaderClickSortsInSqlAndTheSortIsRemembered) {
    Click("header/prompt");
    harness_.Frame(Draw());
    EXPECT_EQ(Browse().layout().sort, BrowseColumn::kPrompt);
    EXPECT_FALSE(Browse().layout().descending);
    auto lower = [](std::string text) {
        std::transform(text.begin(), text.end(), text.begin(),
                       [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
        return text;
    };
    std::vector<std::string> prompts;
    for (const auto& row : Rows(Browse().ids())) {
        prompts.push_back(lower(row.prompt));
    }
    EXPECT_TRUE(std::is_sorted(prompts.begin(), prompts.end()));

    Click("header/prompt");
    harness_.Frame(Draw());
    EXPECT_TRUE(Browse().layout().descending);
    prompts.clear();
    for (const auto& row : Rows(Browse().ids())) {
        prompts.push_back(lower(row.prompt));
    }
    EXPECT_TRUE(std::is_sorted(prompts.rbegin(), prompts.rend()));

    const auto stored = LoadBrowseLayout(*collection_);
    ASSERT_TRUE(stored.has_value());
    EXPECT_EQ(stored->sort, BrowseColumn::kPrompt);
    EXPECT_TRUE(stored->descending);
    BrowseView reopened(*collection_, [this] { return now_; });
    reopened.Open();
    EXPECT_EQ(reopened.layout(), Browse().layout());
    EXPECT_EQ(reopened.ids(), Browse().ids());
}

TEST_F(BrowseViewTest, ClickShiftCtrlAndCtrlASelect) {
    Click("row/1");
    EXPECT_EQ(Selected(), std::vector<storage::CardId>{Browse().ids()[1]});
    ClickWith("row/4", true, false);
    EXPECT_EQ(Selected().size(), 4u);  // rows 1..4
    ClickWith("row/2", false, true);
    EXPECT_EQ(Selected().size(), 3u);
    EXPECT_FALSE(Browse().selection().Contains(Browse().ids()[2]));
    ClickWith("row/6", true, true);    // Ctrl+Shift adds the range from row 2
    EXPECT_EQ(Selected().size(), 6u);  // 1, 2..6
    PressCtrl(GLFW_KEY_A);
    EXPECT_EQ(Selected().size(), Browse().ids().size());
    Click("row/0");
    Press(GLFW_KEY_DOWN);
    harness_.io().KeyShift = true;
    Press(GLFW_KEY_DOWN);
    harness_.io().KeyShift = false;
    EXPECT_EQ(Selected(), (std::vector<storage::CardId>{Browse().ids()[1], Browse().ids()[2]}));
}

TEST_F(BrowseViewTest, SuspendIsOneActionAndCtrlZUndoesIt) {
    Click("row/0");
    ClickWith("row/2", true, false);
    const std::vector<storage::CardId> chosen = Selected();
    Click("action/suspend");
    for (const auto& row : Rows(chosen)) {
        EXPECT_TRUE(row.suspended);
    }
    EXPECT_FALSE(Rows({Browse().ids()[3]})[0].suspended);
    EXPECT_NE(Browse().notice().find("Suspended 3 cards"), std::string::npos);
    PressCtrl(GLFW_KEY_Z);
    for (const auto& row : Rows(chosen)) {
        EXPECT_FALSE(row.suspended);
    }
    EXPECT_EQ(collection_->BulkUndoDepth(), 0);
}

TEST_F(BrowseViewTest, AddTagAsksForTheTagThenSearchFindsIt) {
    Click("row/3");
    const storage::CardId card = Browse().ids()[3];
    Click("action/add_tag");
    harness_.Frame(Draw());
    harness_.Type("exam", Draw());
    Press(GLFW_KEY_ENTER);
    harness_.Frame(Draw());
    const auto tags = Rows({card})[0].tags;
    EXPECT_NE(std::find(tags.begin(), tags.end(), "exam"), tags.end());
    Browse().SetSearch("tag:exam");
    harness_.Frame(Draw());
    EXPECT_EQ(Browse().ids(), std::vector<storage::CardId>{card});
}

TEST_F(BrowseViewTest, DeleteAsksWithTheCountAndUndoRestores) {
    // Rows 0 and 1 are the two cards of the reversible flashcard; row 2 is another question.
    Click("row/0");
    ClickWith("row/2", false, true);
    Press(GLFW_KEY_DELETE);
    harness_.Frame(Draw());
    EXPECT_TRUE(Browse().ConfirmingDelete());
    EXPECT_EQ(Browse().DeleteCount(), 2);
    Click("confirm/cancel");
    EXPECT_FALSE(Browse().ConfirmingDelete());
    EXPECT_EQ(CardCount(), 8u);

    Press(GLFW_KEY_DELETE);
    harness_.Frame(Draw());
    Click("confirm/delete");
    harness_.Frame(Draw());
    EXPECT_EQ(CardCount(), 5u);  // both cards of the flashcard went with their question
    EXPECT_EQ(Browse().ids().size(), 5u);
    EXPECT_EQ(Browse().selection().Count(), 0);
    Click("action/undo");
    harness_.Frame(Draw());
    EXPECT_EQ(CardCount(), 8u);
    EXPECT_EQ(Browse().ids().size(), 8u);
}

TEST_F(BrowseViewTest, TheSearchBoxRunsQueriesAndKeepsTheLastResultOnAnError) {
    harness_.Type("type:typed", Draw());  // the box has the focus when the view opens
    harness_.Frame(Draw());
    EXPECT_EQ(Browse().search(), "type:typed");
    ASSERT_EQ(Browse().ids().size(), 1u);
    EXPECT_EQ(Rows(Browse().ids())[0].type, content::QuestionType::kTyped);
    harness_.Type(" (", Draw());
    harness_.Frame(Draw());
    EXPECT_NE(Browse().error().find("Column 12"), std::string::npos) << Browse().error();
    EXPECT_EQ(Browse().ids().size(), 1u);
}

TEST_F(BrowseViewTest, ChosenColumnsAreRemembered) {
    Click("button/columns");
    harness_.Frame(Draw());
    Click("column/deck");
    EXPECT_FALSE(Browse().layout().Shows(BrowseColumn::kDeck));
    Click("row/7");  // a click outside closes the popup
    harness_.Frame(Draw());
    EXPECT_FALSE(Browse().rects().Find("header/deck").has_value());
    EXPECT_TRUE(Browse().rects().Find("header/due").has_value());
    const auto stored = LoadBrowseLayout(*collection_);
    ASSERT_TRUE(stored.has_value());
    EXPECT_FALSE(stored->Shows(BrowseColumn::kDeck));
    EXPECT_TRUE(stored->Shows(BrowseColumn::kTags));
}

TEST_F(BrowseViewTest, TheCardInfoShowsHistoryAndMemoryNow) {
    Click("row/2");
    const storage::CardId card = Browse().ids()[2];
    ASSERT_NE(Browse().card_info(), nullptr);
    EXPECT_TRUE(Browse().card_info()->reviews.empty());
    EXPECT_FALSE(Browse().card_info()->retrievability.has_value());

    CardState state;
    state.phase = CardPhase::kReview;
    state.stability = 10;
    state.difficulty = 5;
    state.scheduled_days = 10;
    state.reps = 1;
    state.last_review_ms = now_ - 5 * 86'400'000LL;
    state.due_ms = now_ + 5 * 86'400'000LL;
    storage::ReviewRecord review;
    review.time_ms = state.last_review_ms;
    ASSERT_TRUE(collection_->RecordReview(card, state, review));
    Browse().Open();  // as coming back from a study session
    // Past ImGui's double-click time (0.3 s at 60 frames a second): a second click on the
    // same row soon after the first is a double-click, which opens the editor.
    for (int i = 0; i < 20; ++i) {
        harness_.Frame(Draw());
    }
    Click("row/2");
    harness_.Frame(Draw());
    const study::CardInfo* info = Browse().card_info();
    ASSERT_NE(info, nullptr);
    ASSERT_EQ(info->reviews.size(), 1u);
    ASSERT_TRUE(info->retrievability.has_value());
    EXPECT_GT(*info->retrievability, 0.8);
    EXPECT_LT(*info->retrievability, 1.0);
    const std::string text = harness_.FrameText(Draw());
    EXPECT_NE(text.find("Stability 10.0 d"), std::string::npos) << text;
    EXPECT_NE(text.find("Retrievability now"), std::string::npos) << text;
}

}  // namespace
}  // namespace summit::ui
