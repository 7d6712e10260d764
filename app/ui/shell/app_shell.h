// The app shell: owns every view and routes between them. Home → Study(deck) → Summary →
// Home; Home → Quiz setup → Quiz → Quiz results → Home; Home → Progress; Home → Settings;
// Home → Class → Browse (a hard question) → Class; Home → Import → Browse; Home, Browse or
// Study's answer → Editor → back where it was opened.
#pragma once

#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "app/study/session.h"
#include "app/ui/class/class_view.h"
#include "app/ui/home/deck_dialog.h"
#include "app/ui/home/home_model.h"
#include "app/ui/home/home_view.h"
#include "app/ui/quiz/quiz_results_view.h"
#include "app/ui/quiz/quiz_setup_view.h"
#include "app/ui/quiz/quiz_view.h"
#include "app/ui/settings/app_settings.h"
#include "app/ui/settings/settings_view.h"
#include "app/ui/study/study_view.h"
#include "app/ui/study/summary_view.h"
#include "app/ui/widgets/media_images.h"
#include "storage/collection.h"

namespace summit::ui {

class BrowseView;
class EditorView;
class ImportView;
class ProgressView;

enum class ViewId {
    kHome,
    kStudy,
    kSummary,
    kQuizSetup,
    kQuiz,
    kQuizResults,
    kProgress,
    kBrowse,
    kSettings,
    kClass,
    kImport,
    kEditor
};

// "home", "study", "summary", "quiz_setup", "quiz", "quiz_results", "progress", "browse",
// "settings", "class", "import", "editor".
const char* ViewName(ViewId view);

// Draws the current view each frame and applies navigation after it is drawn, so a view never
// changes under its own frame. Ctrl+Tab and Ctrl+Shift+Tab cycle through the top-level views
// Home, Quiz setup, Progress, Browse and Settings; a study session, a quiz and their results ignore
// them. Ctrl+I opens the Import dialog from Home, Quiz setup, Progress, Browse and Class.
// Paths dropped on the window go to the view on screen (DropPaths). Reads and writes only
// through `collection`, which must outlive the shell. UI thread only; Draw() between
// ImGui::NewFrame() and ImGui::Render().
class AppShell {
  public:
    AppShell(storage::Collection& collection, study::Clock clock);
    ~AppShell();
    AppShell(const AppShell&) = delete;
    AppShell& operator=(const AppShell&) = delete;

    // Re-reads the home view's deck counts (and reports a read error on the home view).
    void Reload();
    void Draw();

    ViewId current() const { return current_; }
    // The window's title for the view on screen: "Summit" on Home, else what the view is,
    // e.g. "Browse — Summit" (task switchers, screen readers and scripts read it).
    std::string WindowTitle() const;
    // Navigation, as the views' intents do it (also for --view in screenshot mode).
    void GoHome();
    void StartStudy(std::optional<storage::DeckId> deck);
    void OpenQuizSetup(std::optional<storage::DeckId> deck);
    // Starts a quiz from the setup; on an error stays on the setup with the message.
    void StartQuiz(const study::QuizSetup& setup, uint64_t seed);
    void OpenProgress(std::optional<storage::DeckId> deck);
    void OpenSettings(std::optional<storage::DeckId> deck);
    // The Class view: sending a report of a deck (the home view's decks) and the class folder.
    void OpenClass();
    // The browser on every card (`search` narrows it); its Back (button or Escape) returns to
    // `back_to` as that view was left (Home is re-read). The Class view opens it so.
    void OpenBrowse(std::string search = {}, ViewId back_to = ViewId::kHome);
    // The editor on a new question for `deck`, or on the question of `card`; its Save or
    // Cancel returns to `back_to` (Study: the same card, re-read). An unknown card stays on
    // the current view.
    void OpenEditorNew(storage::DeckId deck, ViewId back_to);
    void OpenEditor(storage::CardId card, ViewId back_to);
    // The Import dialog at its remembered folder, or previewing `file`.
    void OpenImport(std::optional<std::filesystem::path> file = std::nullopt);
    // Paths dropped on the window, applied at the start of the next Draw: the view on screen
    // takes them. The Class view takes a folder or a report file as its class folder; anything
    // else opens the Import dialog on them, from any view but a running session or quiz and
    // Settings (which may hold unsaved changes), where a drop is ignored.
    void DropPaths(std::vector<std::filesystem::path> paths);
    // True while an import runs on its worker: nothing else may touch the collection.
    bool Busy() const;

    // True while a clock is on screen (a running session or quiz): redraw about once a second.
    bool NeedsTicks() const;
    // True while the current view's data is computed on a worker thread (the Progress view
    // over a file): the window redraws often until it is shown.
    bool Loading() const;
    // The window lost focus or sat idle (true), or is back (false): study time stops meanwhile.
    void SetPaused(bool paused) { study_.SetPaused(paused); }
    // The look the user saved in Settings, once; the window rebuilds fonts and the theme
    // between frames.
    std::optional<study::AppSettings> TakeAppearanceChange();
    // Text holding every character the views may show from the collection (deck names, and
    // each non-ASCII character of the questions once), for baking glyphs.
    std::string CollectionText() const;

    // The home view's rows, read by the first call after construction (or by Reload): a
    // window opened on another view, Progress say, may never need them.
    const HomeModel& home_model();
    HomeView& home() { return home_; }
    // Home's dialogs that change the deck tree (new, rename or move, delete, export).
    DeckDialog& deck_dialog() { return deck_dialog_; }
    StudyView& study() { return study_; }
    SummaryView& summary() { return summary_; }
    QuizSetupView& quiz_setup() { return quiz_setup_; }
    QuizView& quiz() { return quiz_; }
    QuizResultsView& quiz_results() { return quiz_results_; }
    SettingsView& settings() { return settings_; }
    ClassView& class_view() { return class_; }
    BrowseView& browse() { return *browse_; }
    ImportView& import_view() { return *import_; }
    EditorView& editor() { return *editor_; }
    // The images of Markdown questions; the window gives it its texture uploader.
    MediaImages& images() { return images_; }

  private:
    // The deck's name as the home view lists it; nullopt for a deck it does not list.
    std::optional<std::string> DeckName(storage::DeckId id);
    void ApplyNavigation();
    // Opens the deck dialog for one of Home's deck intents.
    void OpenDeckDialog(const HomeIntent& intent);
    // After the deck dialog changed the collection: Home re-read, the deck selected, the
    // notice shown.
    void ApplyDeckChange();
    // Ctrl+Tab / Ctrl+Shift+Tab on a top-level view (Home, Quiz setup, Progress, Settings):
    // the next or previous of them, leaving Settings as its Back does.
    void CycleViews();
    void OpenView(ViewId view);
    // Ctrl+I from a top-level view but Settings.
    void ImportShortcut();
    // Ctrl+N from Home or Browse.
    void AddShortcut();
    void LeaveEditor(bool saved, bool answers_changed);
    // The Class view's "Edit" on a hard question, by its GUID.
    void OpenEditorOnGuid(const std::string& guid);
    void ApplyDrops();

    storage::Collection& collection_;
    study::Clock clock_;
    MediaImages images_;  // before the views that draw with it
    ViewId current_ = ViewId::kHome;
    HomeModel home_model_;
    bool home_loaded_ = false;  // home_model_ was read (or its read failed and said so)
    HomeView home_;
    DeckDialog deck_dialog_;
    StudyView study_;
    SummaryView summary_;
    QuizSetupView quiz_setup_;
    QuizView quiz_;
    QuizResultsView quiz_results_;
    SettingsView settings_;
    ClassView class_;
    std::unique_ptr<ProgressView> progress_;
    std::unique_ptr<BrowseView> browse_;
    std::unique_ptr<ImportView> import_;
    std::unique_ptr<EditorView> editor_;
    std::vector<std::filesystem::path> dropped_;  // waiting for the next Draw
    std::optional<storage::DeckId> study_deck_;
    uint64_t quiz_seed_ = 0;
    std::optional<ViewId> settings_exit_;    // where Settings goes once it may be left (Ctrl+Tab)
    ViewId browse_back_to_ = ViewId::kHome;  // where Browse's Back goes
    ViewId editor_back_to_ = ViewId::kHome;  // where the editor's Save or Cancel goes
};

// The view named `name` (as ViewName spells it); nullopt for an unknown name.
std::optional<ViewId> ParseViewName(std::string_view name);

// Shows `view` with content for a screenshot (screenshot_views.cpp): a study session on the
// first deck, the browser with a multi-selection and its current card's info, a summary after
// answering a few of its cards (this writes reviews), a quiz, the results of a quiz, and so on.
// Writes to the collection for summary and quiz_results.
void PrepareScreenshotView(AppShell& shell, ViewId view);

}  // namespace summit::ui
