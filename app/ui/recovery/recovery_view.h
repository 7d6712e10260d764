// The recovery screen: shown instead of Home when the collection will not open. It says what
// is wrong, offers the newest good backup, another file, or quitting.
#pragma once

#include <filesystem>
#include <optional>
#include <string>

#include "app/bootstrap/safety.h"
#include "app/scheduler/clock.h"
#include "app/ui/widgets/focus_ring.h"
#include "app/ui/widgets/widget_rects.h"
#include "storage/collection.h"

namespace summit::ui {

// What the recovery screen keeps between frames.
struct RecoveryUiState {
    bool confirm_restore = false;  // Restore was pressed: the "what will be lost" question shows
    std::string other_path;        // the path typed under "Open another file"
    std::string message;           // why the last restore or open failed; empty when none
};

// Acts on the collection file at `collection_path`, which did not open as `failure` explains.
// Restore (after its confirmation) replaces the file with failure.newest_backup through
// storage::RestoreBackup, then opens it with bootstrap::OpenCollection; "Open" opens the typed
// path the same way. Either way the opened collection is handed out once by TakeOpened(); a
// failure stays on this screen with the reason. Nothing is written without the confirmation.
// UI thread only; Draw() between ImGui::NewFrame() and ImGui::Render().
class RecoveryView {
  public:
    RecoveryView(std::filesystem::path collection_path, bootstrap::OpenFailure failure,
                 study::Clock clock);

    void Draw();

    // The collection that opened after a restore or an "Open", once; nullopt until then.
    std::optional<storage::Collection> TakeOpened();
    // True once after the user pressed Quit.
    bool TakeQuitRequest();

    const std::filesystem::path& collection_path() const { return collection_path_; }
    const bootstrap::OpenFailure& failure() const { return failure_; }
    const RecoveryUiState& state() const { return state_; }
    const WidgetRects& rects() const { return rects_; }

  private:
    enum class Intent { kNone, kAskRestore, kRestore, kCancelRestore, kOpenOther, kQuit };

    void DrawBackup();
    void DrawOtherFile();
    void Apply(Intent intent);
    void Restore();
    void OpenOther();

    std::filesystem::path collection_path_;
    bootstrap::OpenFailure failure_;
    study::Clock clock_;
    RecoveryUiState state_;
    WidgetRects rects_;
    FocusRing focus_;  // Tab / Shift+Tab over the buttons and the path; Enter or Space presses
    Intent intent_ = Intent::kNone;
    std::optional<storage::Collection> opened_;
    bool quit_ = false;
};

}  // namespace summit::ui
