// The home view: the list of decks with their counts, and the ways into studying them.
#pragma once

#include <cstdint>
#include <set>
#include <string>
#include <utility>
#include <vector>

#include "app/ui/home/home_model.h"
#include "app/ui/shell/help_overlay.h"
#include "app/ui/widgets/focus_ring.h"
#include "app/ui/widgets/widget_rects.h"

namespace summit::ui {

enum class HomeAction { kStudy, kQuiz, kProgress, kBrowse, kSettings, kClass, kImport };

// "study", "quiz", "progress", "browse", "settings", "class", "import".
const char* HomeActionName(HomeAction action);

// Something the user asked for on the home view. The owner of the view applies it after the
// frame is drawn (e.g. switches to the study view).
struct HomeIntent {
    HomeAction action = HomeAction::kStudy;
    storage::DeckId deck_id;  // the deck it applies to; {0} for kBrowse, kSettings, kImport or
                              // no decks

    bool operator==(const HomeIntent&) const = default;
};

// What the home view remembers between frames. Everything else comes from the HomeModel.
struct HomeUiState {
    storage::DeckId chosen_deck_id;  // the deck the user last selected; {0} until one is chosen
    std::string notice;              // one line shown under the buttons; empty shows nothing
    std::set<int64_t> collapsed;     // ids of decks whose subdecks are hidden; all open at first
};

// Draws a window that fills the main viewport. Keys act only while that window is focused and
// no text field has the keyboard:
//   Up / Down     move the selection over the shown rows (clamped at the first and last)
//   Left / Right  collapse / expand the selected deck's subdecks; Left on a subdeck (or a
//                 collapsed deck) selects its parent
//   Enter         study the selected deck (or, while a button has the focus ring, press it)
//   Tab           the focus ring through the buttons (Shift+Tab back); Enter or Space presses
//   Q / P         quiz on, or progress of, the selected deck
//   B             browse every card (search, sort, bulk actions)
//   S             settings
//   Ctrl+I        import a file (the app shell's key, from every top-level view)
//   ?             the list of these keys (Escape, ? or Enter closes it)
// Each button names its key.
// Clicking a row selects it; double-clicking it studies it; the +/- before a parent's name
// collapses or expands it. Buttons Study, Quiz and Progress act on the selected deck (a
// parent's study, quiz and progress include its subdecks) and are disabled when there are no
// decks. Decks are drawn as a tree only when some deck has subdecks.
// Must be called between ImGui::NewFrame() and ImGui::Render() on the UI thread.
class HomeView {
  public:
    HomeView();
    void Draw(const HomeModel& model);

    // The intents collected since the last call, oldest first; the list is emptied.
    std::vector<HomeIntent> TakeIntents();

    // The highlighted deck: the chosen deck while it still exists (its nearest shown
    // ancestor while it is collapsed away), else the first deck; {0} when `model` has no decks.
    storage::DeckId SelectedDeckId(const HomeModel& model) const;

    void SetNotice(std::string notice) { state_.notice = std::move(notice); }
    const HomeUiState& state() const { return state_; }
    const HelpOverlay& help() const { return help_; }
    const FocusRing& focus() const { return focus_; }

    // Rects of the last frame: "button/study", "button/quiz", "button/progress",
    // "button/browse", "button/settings", "button/import", "deck/<deck_id>" for each visible
    // row and
    // "toggle/<deck_id>" for the
    // +/- of each visible parent.
    const WidgetRects& rects() const { return rects_; }

  private:
    void DrawHeader(const HomeModel& model);
    void DrawTable(const HomeModel& model, const std::vector<int>& visible, int selected_index);
    void DrawName(const DeckRow& row, bool tree, bool selected);
    void DrawButtons(const HomeModel& model, storage::DeckId selected_id);
    void HandleKeys(const HomeModel& model, const std::vector<int>& visible, int selected_index);
    void SetCollapsed(const DeckRow& row, bool collapsed);

    HomeUiState state_;
    WidgetRects rects_;
    std::vector<HomeIntent> intents_;
    storage::DeckId pending_choice_;  // a selection made this frame, applied after drawing
    std::vector<std::pair<int64_t, bool>> pending_toggles_;  // (deck id, collapse) this frame
    bool scroll_to_selection_ = false;  // the keys moved the selection: bring it into view
    HelpOverlay help_;
    FocusRing focus_;
};

}  // namespace summit::ui
