// The home view: the list of decks with their counts, and the ways into studying them.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "app/ui/home/home_model.h"
#include "app/ui/shell/help_overlay.h"
#include "app/ui/widgets/focus_ring.h"
#include "app/ui/widgets/widget_rects.h"

namespace summit::ui {

enum class HomeAction { kStudy, kQuiz, kProgress, kSettings };

// "study", "quiz", "progress", "settings".
const char* HomeActionName(HomeAction action);

// Something the user asked for on the home view. The owner of the view applies it after the
// frame is drawn (e.g. switches to the study view).
struct HomeIntent {
    HomeAction action = HomeAction::kStudy;
    storage::DeckId deck_id;  // the deck it applies to; {0} for kSettings or with no decks

    bool operator==(const HomeIntent&) const = default;
};

// What the home view remembers between frames. Everything else comes from the HomeModel.
struct HomeUiState {
    storage::DeckId chosen_deck_id;  // the deck the user last selected; {0} until one is chosen
    std::string notice;              // one line shown under the buttons; empty shows nothing
};

// Draws a window that fills the main viewport. Keys act only while that window is focused and
// no text field has the keyboard:
//   Up / Down     move the selection (clamped at the first and last deck)
//   Enter         study the selected deck (or, while a button has the focus ring, press it)
//   Tab           the focus ring through the buttons (Shift+Tab back); Enter or Space presses
//   Q / P         quiz on, or progress of, the selected deck
//   S             settings
//   ?             the list of these keys (Escape, ? or Enter closes it)
// Each button names its key.
// Clicking a row selects it; double-clicking it studies it. Buttons Study, Quiz and Progress
// act on the selected deck and are disabled when there are no decks.
// Must be called between ImGui::NewFrame() and ImGui::Render() on the UI thread.
class HomeView {
  public:
    HomeView();
    void Draw(const HomeModel& model);

    // The intents collected since the last call, oldest first; the list is emptied.
    std::vector<HomeIntent> TakeIntents();

    // The highlighted deck: the chosen deck while it still exists, else the first deck;
    // {0} when `model` has no decks.
    storage::DeckId SelectedDeckId(const HomeModel& model) const;

    void SetNotice(std::string notice) { state_.notice = std::move(notice); }
    const HomeUiState& state() const { return state_; }
    const HelpOverlay& help() const { return help_; }
    const FocusRing& focus() const { return focus_; }

    // Rects of the last frame: "button/study", "button/quiz", "button/progress",
    // "button/settings", and "deck/<deck_id>" for each visible row.
    const WidgetRects& rects() const { return rects_; }

  private:
    void DrawHeader(const HomeModel& model);
    void DrawTable(const HomeModel& model, int selected_index);
    void DrawButtons(const HomeModel& model, storage::DeckId selected_id);
    void HandleKeys(const HomeModel& model, int selected_index);

    HomeUiState state_;
    WidgetRects rects_;
    std::vector<HomeIntent> intents_;
    storage::DeckId pending_choice_;    // a selection made this frame, applied after drawing
    bool scroll_to_selection_ = false;  // the keys moved the selection: bring it into view
    HelpOverlay help_;
    FocusRing focus_;
};

}  // namespace summit::ui
