// The Import dialog: pick a bank file (the in-app file browser, a typed path or a file dropped
// on the window), see what importing it would do before anything is written, import it on a
// worker thread with a progress bar and Cancel, then see a summary that opens the imported
// questions in Browse.
#pragma once

#include <cstddef>
#include <filesystem>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "app/scheduler/clock.h"
#include "app/ui/import/import_job.h"
#include "app/ui/import/import_preview.h"
#include "app/ui/widgets/file_browser.h"
#include "app/ui/widgets/widget_rects.h"
#include "storage/collection.h"

namespace summit::ui {

enum class ImportStage { kPick, kRunning, kDone };

// Keys: Escape goes back (not while importing, nor while a text field has the keyboard);
// Ctrl+Enter imports the previewed file when it can (what the Import button does); after an
// import, Enter shows the imported questions in Browse. Rects:
// "button/back", "deck" (the target deck field), "button/import", "button/cancel",
// "button/show" (Browse the imported questions), "button/again", and the browser's own
// (browser().rects()). The Import button is disabled while the preview has errors.
// `collection` must outlive the view; while an import runs (Running()) the view does not touch
// it and its owner must not either. UI thread only; Draw() between NewFrame and Render.
class ImportView {
  public:
    ImportView(storage::Collection& collection, study::Clock clock);
    ~ImportView();

    // Shows the browser at the remembered folder (the working folder the first time), with no
    // file chosen.
    void Open();
    // Previews `path` (read and planned now, on this thread) with the browser at its folder.
    void OpenFile(const std::filesystem::path& path);
    // Paths dropped on the window: the first file is previewed, else the first folder is
    // browsed. False (nothing taken) while an import runs or for no paths.
    bool TakeDrop(const std::vector<std::filesystem::path>& paths);
    void Draw();

    // Starts the import of the previewed file (what the Import button does) when it can.
    void StartImport();
    // Stops a running import (what Cancel does).
    void Cancel();
    // Blocks until a running import ends and shows its summary (tests, screenshots).
    void WaitForImport();

    bool Running() const { return stage_ == ImportStage::kRunning; }
    ImportStage stage() const { return stage_; }
    // True once after Back.
    bool TakeBackRequest() { return std::exchange(back_requested_, false); }
    // The Browse search for the imported questions, once after "Show in Browse".
    std::optional<std::string> TakeBrowseRequest() { return std::exchange(browse_request_, {}); }

    const std::optional<ImportPreview>& preview() const { return preview_; }
    // The last import's report; nullopt before one or after a failure or Cancel.
    const std::optional<storage::ImportReport>& report() const { return report_; }
    // Why the last import did not happen (its error, "cancelled" included); empty otherwise.
    const std::string& failure() const { return failure_; }
    FileBrowser& browser() { return browser_; }
    const WidgetRects& rects() const { return rects_; }
    // Called on the worker at each progress step of the next imports, before Cancel is
    // looked at (tests).
    void SetProgressObserver(std::function<void(std::size_t, std::size_t)> observe) {
        observe_ = std::move(observe);
    }

  private:
    void DrawPreview();
    void DrawRunning();
    void DrawDone();
    void Finish();
    void Remember(const std::filesystem::path& folder);

    storage::Collection& collection_;
    study::Clock clock_;
    FileBrowser browser_;
    ImportStage stage_ = ImportStage::kPick;
    std::optional<ImportPreview> preview_;
    std::string deck_text_;  // the target deck field
    std::unique_ptr<ImportJob> job_;
    std::optional<storage::ImportReport> report_;
    std::string failure_;
    bool back_requested_ = false;
    bool start_requested_ = false;
    std::optional<std::string> browse_request_;
    std::function<void(std::size_t, std::size_t)> observe_;
    WidgetRects rects_;
};

// The Browse search that finds the questions of `deck` (and its subdecks): deck:"NAME".
std::string DeckSearch(const std::string& deck);

}  // namespace summit::ui
