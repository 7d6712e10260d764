// The Class view: the student sends a report of a deck to the teacher's folder, and the
// teacher sees the class of a folder of reports — students, item analysis, topics and two
// charts — re-read when a report arrives or changes. The analysis is app/classroom's.
#pragma once

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "app/classroom/class_analysis.h"
#include "app/ui/class/class_loader.h"
#include "app/ui/widgets/file_browser.h"
#include "app/ui/widgets/focus_ring.h"
#include "app/ui/widgets/widget_rects.h"
#include "storage/collection.h"

namespace summit::ui {

// How often the folder's file times are looked at for new or changed reports, ms.
inline constexpr int64_t kClassPollMs = 2'000;

// What the view keeps between frames besides the loaded class.
struct ClassUiState {
    std::string folder;        // the class folder (reports are sent to and read from it)
    std::string student_name;  // remembered in the collection's config once sent
    int deck_index = 0;        // the deck a report is sent of, into the deck list
    std::string message;       // the outcome of the last send or load; empty when none
    bool message_is_error = false;
};

// `collection` must outlive the view. The folder and the student's name are read from the
// collection's config on Open; the folder is written back once loaded or sent to, the name
// once sent. Rects: "button/back", "field/folder", "button/choose", "button/load",
// "button/cancel-choose" (while choosing) and the browser's own (browser().rects()), "field/name",
// "combo/deck", "button/send". A folder is loaded and
// analysed on a worker thread (ClassLoader): the frame drawn right after a request shows the
// progress ("Reading 37 of 200 reports…"), and a finished load is shown from the next frame.
// UI thread only; Draw() between ImGui::NewFrame() and ImGui::Render().
class ClassView {
  public:
    explicit ClassView(storage::Collection& collection);

    // Shows the view with these decks (id, name) to send reports of; reads the remembered
    // name and folder, and loads the folder when there is one.
    void Open(std::vector<std::pair<storage::DeckId, std::string>> decks, int64_t now_ms);
    // Draws one frame; every kClassPollMs re-reads the folder when a report file was added,
    // removed or modified.
    void Draw(int64_t now_ms);
    // True once after the user pressed Back.
    bool TakeBackRequest();

    // Paths dropped on the window: the first that is a folder, or a report file
    // (classroom::ClassFolderOf), becomes the class folder and is loaded, as if typed and
    // loaded. False, taking nothing, when none is.
    bool TakeDrop(const std::vector<std::filesystem::path>& paths, int64_t now_ms);
    // Starts loading the folder typed in the view (also what the Load button does).
    void Load(int64_t now_ms);
    // Shows the file browser under the folder field ("Choose folder…"), at the typed folder,
    // else the remembered one, else the working folder; report files are highlighted. "Use
    // this folder" makes its folder the class folder and loads it, as Load does; Cancel (or
    // Escape) hides it and leaves the view as it was.
    void ChooseFolder();
    void CancelChoose() { choosing_ = false; }
    bool Choosing() const { return choosing_; }
    FileBrowser& browser() { return browser_; }
    // Blocks until the loader is idle and takes its result (tests, screenshots).
    void WaitForLoad();
    // True while a load or a refresh of the folder runs.
    bool Loading() const { return loader_.Busy(); }
    // The search the browser should open with, once after a question's "Browse" was pressed.
    std::optional<std::string> TakeBrowseRequest();
    // Sends the report of the chosen deck under the typed name (what Send does).
    void Send(int64_t now_ms);

    ClassUiState& state() { return state_; }
    const std::optional<classroom::ClassFolder>& folder() const { return folder_; }
    const std::optional<classroom::ClassAnalysis>& analysis() const { return analysis_; }
    const WidgetRects& rects() const { return rects_; }
    int loads() const { return loads_; }  // finished loads shown so far

  private:
    enum class Intent { kNone, kLoad, kSend, kBack, kChoose };

    void DrawSend();
    void DrawFolder();
    void DrawChooser();
    void DrawStudents();
    void DrawItems();
    void DrawTopics();
    void DrawVersions();
    void DrawHardest();
    void DrawCharts();
    void DrawRejected();
    void Poll(int64_t now_ms);
    void TakeLoad();
    void DrawProgress();
    void Remember(const char* key, const std::string& value);
    void RememberFolder(const std::string& folder);

    storage::Collection& collection_;
    std::vector<std::pair<storage::DeckId, std::string>> decks_;
    ClassUiState state_;
    std::optional<classroom::ClassFolder> folder_;
    std::optional<classroom::ClassAnalysis> analysis_;
    std::string loaded_folder_;  // the folder folder_ was read from
    int64_t next_poll_ms_ = 0;
    WidgetRects rects_;
    FocusRing focus_;
    FileBrowser browser_;
    bool choosing_ = false;
    Intent intent_ = Intent::kNone;
    bool back_ = false;
    int loads_ = 0;
    std::optional<std::string> browse_;  // a search for the browser, until taken
    ClassLoader loader_;                 // last: its worker stops before the rest goes
};

// The facility vs discrimination scatter: one point per question with both figures, x the
// discrimination index (-1..1), y the facility (0..100 %), with the flag bands shaded.
void DrawItemScatter(const std::vector<classroom::ItemRow>& items);

}  // namespace summit::ui
