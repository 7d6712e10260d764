// The settings view: per-deck study options (retention, daily limits, steps, scheduler) and
// the app-wide look (theme, UI scale). Everything is stored in the collection.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "app/bootstrap/startup.h"
#include "app/decks/deck_settings_store.h"
#include "app/scheduler/clock.h"
#include "app/ui/settings/app_settings.h"
#include "app/ui/settings/fit_panel.h"
#include "app/ui/shell/help_overlay.h"
#include "app/ui/widgets/focus_ring.h"
#include "app/ui/widgets/theme.h"
#include "app/ui/widgets/widget_rects.h"
#include "storage/collection.h"

namespace summit::ui {

// A deck offered in the deck chooser: the id it is stored under and the name shown.
struct DeckChoice {
    storage::DeckId id;
    std::string name;
};

// What the settings view keeps between frames: the deck being edited and the edit buffers,
// which hold what the user typed until Save validates and stores it.
struct SettingsUiState {
    int deck_index = 0;             // 0 = defaults for every deck, i = decks[i - 1]
    study::DeckSettings editing;    // the deck's settings as being edited
    study::AppSettings appearance;  // the look as being edited
    std::string deck_message;       // the validation or storage error; empty when fine
    std::string deck_saved;         // "Saved." after a successful save
    std::string appearance_message;
    bool confirm_leave = false;  // Back was asked with unsaved edits: the question is showing
    int confirm_switch_to = -1;  // >= 0: the deck chooser asked for this deck_index while the
                                 // deck options had unsaved edits; the question is showing
};

// Reads and writes through `collection`, which must outlive the view. Keys act while no
// text field has the keyboard: Escape goes back; Ctrl+S saves the deck settings; ? lists the
// keys.
// Going back (Back or Escape) with edits not yet saved asks first: save them and go back
// (Enter), discard them and go back (D), or keep editing (Escape). Choosing another deck while
// the deck options have unsaved edits asks the same (save and switch, discard and switch, keep
// editing). A "Not saved" message for a bad value disappears as soon as the value is fixed.
// Must be called between ImGui::NewFrame() and ImGui::Render() on the UI thread.
class SettingsView {
  public:
    // `clock` dates an applied fit of the deck's FSRS parameters.
    explicit SettingsView(storage::Collection& collection,
                          study::Clock clock = bootstrap::SystemNowMs);

    // Loads the settings of `deck` (nullopt: the defaults) and the stored look. `decks` are
    // the decks offered in the deck chooser.
    void Open(std::vector<DeckChoice> decks, std::optional<storage::DeckId> deck,
              const study::AppSettings& appearance);
    void Draw();

    // True once after the user asked to leave the view.
    bool TakeBackRequest();
    // Leaving asked from outside the view (Ctrl+Tab): as Back, it asks first when something
    // is not saved; TakeBackRequest() says when to go.
    void RequestLeave() { leave_asked_ = true; }
    // The look the user just saved, once; the window applies it between frames.
    std::optional<study::AppSettings> TakeAppearanceChange();

    // Asks for the deck chooser's entry `deck_index` (0 = defaults): switches at once, or asks
    // first when the deck options have unsaved edits. What choosing in the combo does.
    void ChooseDeck(int deck_index);

    // Validates and stores the deck settings being edited. On a bad value the inline message
    // names it and nothing is written.
    void SaveDeck();
    // Stores the look being edited when it is in range.
    void SaveAppearance();

    // True when the deck options or the look differ from what is stored.
    bool HasUnsavedChanges() const;

    SettingsUiState& state() { return state_; }
    const HelpOverlay& help() const { return help_; }
    const FocusRing& focus() const { return focus_; }
    // The deck's FSRS section: the fit, Apply or Keep, the workload chart.
    const FitPanel& fit() const { return fit_; }
    // "deck/combo", "field/retention", "field/new", "field/reviews", "field/learning",
    // "field/relearning", "field/max_answer", "scheduler/fsrs", "scheduler/sm2", "button/save",
    // the FSRS section's (FitPanel::Draw),
    // "theme/dark", "theme/light", "field/scale", "button/apply", "button/back", and while the
    // unsaved changes question shows "confirm/save", "confirm/discard", "confirm/stay".
    const WidgetRects& rects() const { return rects_; }

  private:
    void LoadDeck();
    // The deck being edited; nullptr for the defaults.
    const DeckChoice* SelectedDeck() const;
    std::optional<storage::DeckId> SelectedDeckId() const;
    void DrawDeckSection();
    void DrawAppearanceSection();
    void DrawLeaveQuestion();
    // After a frame: turns a request to leave into leaving or the question, and clears a
    // validation message once the value it named is fixed.
    void ApplyLeave();
    // After a frame: the answer to the question asked when switching decks.
    void ApplySwitch();
    void RecheckMessages();

    storage::Collection& collection_;
    std::vector<DeckChoice> decks_;
    SettingsUiState state_;
    WidgetRects rects_;
    HelpOverlay help_;
    FocusRing focus_;
    bool back_requested_ = false;
    bool save_requested_ = false;
    bool apply_requested_ = false;
    bool leave_requested_ = false;  // Back or Escape this frame
    bool leave_asked_ = false;      // RequestLeave() since the last frame
    enum class LeaveChoice { kNone, kSave, kDiscard, kStay };
    LeaveChoice leave_choice_ = LeaveChoice::kNone;
    study::DeckSettings stored_deck_;       // the deck options as last read or saved
    study::AppSettings stored_appearance_;  // the look as last read or saved
    bool deck_message_is_validation_ = false;
    bool appearance_message_is_validation_ = false;
    int pending_deck_index_ = -1;
    std::optional<study::AppSettings> appearance_change_;
    FitPanel fit_;
};

// The theme an AppSettings names.
inline Theme ThemeOf(const study::AppSettings& settings) {
    return settings.theme == study::AppTheme::kDark ? Theme::kDark : Theme::kLight;
}

}  // namespace summit::ui
