// The app shell: view ownership and navigation.
#include "app/ui/shell/app_shell.h"

#include <algorithm>
#include <cstdio>
#include <iterator>
#include <utility>

#define GLFW_INCLUDE_NONE
#include <GLFW/glfw3.h>
#include <imgui.h>

#include "app/ui/browse/browse_view.h"
#include "app/ui/edit/editor_view.h"
#include "app/ui/home/home_model_load.h"
#include "app/ui/import/import_view.h"
#include "app/ui/progress/progress_view.h"
#include "app/ui/widgets/theme.h"

namespace summit::ui {
const char* ViewName(ViewId view) {
    switch (view) {
        case ViewId::kHome:
            return "home";
        case ViewId::kStudy:
            return "study";
        case ViewId::kSummary:
            return "summary";
        case ViewId::kQuizSetup:
            return "quiz_setup";
        case ViewId::kQuiz:
            return "quiz";
        case ViewId::kQuizResults:
            return "quiz_results";
        case ViewId::kProgress:
            return "progress";
        case ViewId::kBrowse:
            return "browse";
        case ViewId::kSettings:
            return "settings";
        case ViewId::kClass:
            return "class";
        case ViewId::kImport:
            return "import";
        case ViewId::kEditor:
            return "editor";
    }
    return "?";
}

namespace {
const char* ViewTitle(ViewId view) {
    switch (view) {
        case ViewId::kHome:
            return "";
        case ViewId::kStudy:
            return "Study";
        case ViewId::kSummary:
            return "Session summary";
        case ViewId::kQuizSetup:
            return "Quiz setup";
        case ViewId::kQuiz:
            return "Quiz";
        case ViewId::kQuizResults:
            return "Quiz results";
        case ViewId::kProgress:
            return "Progress";
        case ViewId::kBrowse:
            return "Browse";
        case ViewId::kSettings:
            return "Settings";
        case ViewId::kClass:
            return "Class";
        case ViewId::kImport:
            return "Import";
        case ViewId::kEditor:
            return "";  // new or edit: WindowTitle asks the editor
    }
    return "";
}
}  // namespace

std::string AppShell::WindowTitle() const {
    std::string what = ViewTitle(current_);
    if (current_ == ViewId::kEditor) {
        what = editor_->IsNew() ? "New question" : "Edit question";
    }
    return what.empty() ? "Summit" : what + " — Summit";
}

AppShell::AppShell(storage::Collection& collection, study::Clock clock)
    : collection_(collection),
      clock_(clock),
      images_([&collection](std::string_view hash) -> std::optional<std::string> {
          // A read error shows the alt text, as a missing image does.
          auto blob = collection.GetMedia(hash);
          if (!blob || !*blob) {
              return std::nullopt;
          }
          return std::move((*blob)->bytes);
      }),
      deck_dialog_(collection, clock),
      study_(collection, clock),
      quiz_setup_(collection),
      quiz_(collection, clock),
      settings_(collection, clock),
      class_(collection),
      progress_(std::make_unique<ProgressView>(collection)),
      browse_(std::make_unique<BrowseView>(collection, clock)),
      import_(std::make_unique<ImportView>(collection, clock)),
      editor_(std::make_unique<EditorView>(collection, clock)),
      quiz_seed_(static_cast<uint64_t>(clock())) {
    study_.SetImages(&images_);
    quiz_.SetImages(&images_);
    quiz_results_.SetImages(&images_);
    editor_->SetImages(&images_);
}

AppShell::~AppShell() = default;

void AppShell::Reload() {
    // The same counts as the command line's `decks`: what is left to study today.
    home_loaded_ = true;
    auto loaded = LoadHomeModel(collection_, clock_());
    if (loaded) {
        home_model_ = std::move(*loaded);
    } else {
        home_.SetNotice("Could not read the collection: " + loaded.error().message);
    }
}

const HomeModel& AppShell::home_model() {
    if (!home_loaded_) {
        Reload();
    }
    return home_model_;
}

std::optional<std::string> AppShell::DeckName(storage::DeckId id) {
    for (const DeckRow& row : home_model().decks) {
        if (row.deck_id == id) {
            return row.name;
        }
    }
    return std::nullopt;
}

void AppShell::OpenDeckDialog(const HomeIntent& intent) {
    const auto row =
        std::find_if(home_model().decks.begin(), home_model().decks.end(),
                     [&](const DeckRow& deck) { return deck.deck_id == intent.deck_id; });
    if (intent.action == HomeAction::kNewDeck) {
        deck_dialog_.OpenCreate(intent.deck_id,
                                row == home_model().decks.end() ? std::string() : row->name);
        return;
    }
    if (row == home_model().decks.end()) {
        return;  // the deck is gone (or there are none): nothing to act on
    }
    switch (intent.action) {
        case HomeAction::kRenameDeck:
            deck_dialog_.OpenRename(row->deck_id, row->name);
            break;
        case HomeAction::kDeleteDeck:
            deck_dialog_.OpenDelete(row->deck_id, row->name, row->question_count);
            break;
        case HomeAction::kExportDeck:
            deck_dialog_.OpenExport(row->deck_id, row->name);
            break;
        default:
            break;
    }
}

void AppShell::ApplyDeckChange() {
    if (auto changed = deck_dialog_.TakeChanged()) {
        Reload();
        if (changed->value != 0) {
            home_.Choose(*changed);
        }
    }
    if (std::string notice = deck_dialog_.TakeNotice(); !notice.empty()) {
        home_.SetNotice(std::move(notice));
    }
}

void AppShell::GoHome() {
    Reload();
    current_ = ViewId::kHome;
}

void AppShell::StartStudy(std::optional<storage::DeckId> deck) {
    study_deck_ = deck;
    study_.Start(deck);
    current_ = ViewId::kStudy;
}

void AppShell::OpenQuizSetup(std::optional<storage::DeckId> deck) {
    quiz_setup_.Open(deck);
    current_ = ViewId::kQuizSetup;
}

void AppShell::StartQuiz(const study::QuizSetup& setup, uint64_t seed) {
    if (auto started = quiz_.Start(setup, seed); !started) {
        quiz_setup_.SetMessage(started.error().message);
        current_ = ViewId::kQuizSetup;
        return;
    }
    current_ = ViewId::kQuiz;
}

void AppShell::OpenProgress(std::optional<storage::DeckId> deck) {
    progress_ = std::make_unique<ProgressView>(collection_);
    progress_->SetDeck(deck ? DeckName(*deck) : std::nullopt);
    current_ = ViewId::kProgress;
}

void AppShell::OpenBrowse(std::string search, ViewId back_to) {
    browse_back_to_ = back_to;
    browse_->Open(std::move(search));
    current_ = ViewId::kBrowse;
}

void AppShell::OpenEditorNew(storage::DeckId deck, ViewId back_to) {
    editor_->OpenNew(deck);
    editor_back_to_ = back_to;
    current_ = ViewId::kEditor;
}

void AppShell::OpenEditor(storage::CardId card, ViewId back_to) {
    if (!editor_->OpenCard(card)) {
        return;  // gone meanwhile (deleted elsewhere): nothing to edit
    }
    editor_back_to_ = back_to;
    current_ = ViewId::kEditor;
}

void AppShell::OpenEditorOnGuid(const std::string& guid) {
    // The GUID index answers by prefix: "geo/q7" also finds "geo/q70", so match it whole.
    auto cards = collection_.ListCardsByGuidPrefix(guid);
    if (cards) {
        for (const storage::GuidCard& card : *cards) {
            if (card.guid == guid && card.ordinal == 0) {
                OpenEditor(card.id, ViewId::kClass);
                return;
            }
        }
    }
    class_.state().message = "That question is not in this collection.";
    class_.state().message_is_error = true;
}

void AppShell::LeaveEditor(bool saved, bool answers_changed) {
    switch (editor_back_to_) {
        case ViewId::kStudy:
            current_ = ViewId::kStudy;
            if (saved) {
                study_.ResumeAfterEdit(answers_changed);
            }
            break;
        case ViewId::kBrowse:
            current_ = ViewId::kBrowse;
            if (saved) {
                browse_->Refresh();
            }
            break;
        case ViewId::kHome:
            GoHome();  // a new question changes the counts
            break;
        default:
            current_ = editor_back_to_;
            break;
    }
}

void AppShell::AddShortcut() {
    const ImGuiIO& io = ImGui::GetIO();
    if (!io.KeyCtrl || io.KeyAlt || io.KeyShift || !ImGui::IsKeyPressed(GLFW_KEY_N, false) ||
        ImGui::IsPopupOpen("", ImGuiPopupFlags_AnyPopupId)) {
        return;
    }
    // The deck Home has chosen; from Browse, the current row's deck, else Home's.
    storage::DeckId deck = home_.SelectedDeckId(home_model());
    if (current_ == ViewId::kBrowse) {
        deck = browse_->CurrentDeck().value_or(deck);
    } else if (current_ != ViewId::kHome) {
        return;
    }
    if (deck.value == 0) {
        return;  // no deck yet: nothing to add a question to
    }
    OpenEditorNew(deck, current_);
}

void AppShell::OpenImport(std::optional<std::filesystem::path> file) {
    if (file) {
        import_->OpenFile(*file);
    } else {
        import_->Open();
    }
    current_ = ViewId::kImport;
}

void AppShell::DropPaths(std::vector<std::filesystem::path> paths) {
    dropped_.insert(dropped_.end(), std::make_move_iterator(paths.begin()),
                    std::make_move_iterator(paths.end()));
}

bool AppShell::Busy() const {
    return import_->Running();
}

void AppShell::ApplyDrops() {
    std::vector<std::filesystem::path> paths = std::exchange(dropped_, {});
    if (paths.empty() || current_ == ViewId::kStudy || current_ == ViewId::kQuiz ||
        current_ == ViewId::kSettings) {
        return;
    }
    if (current_ == ViewId::kClass && class_.TakeDrop(paths, clock_())) {
        return;  // a class folder or a report in one
    }
    if (import_->TakeDrop(paths)) {
        current_ = ViewId::kImport;
    }
}

void AppShell::ImportShortcut() {
    constexpr ViewId kFrom[] = {ViewId::kHome, ViewId::kQuizSetup, ViewId::kProgress,
                                ViewId::kBrowse, ViewId::kClass};
    const ImGuiIO& io = ImGui::GetIO();
    if (!io.KeyCtrl || io.KeyAlt || io.KeyShift || !ImGui::IsKeyPressed(GLFW_KEY_I, false) ||
        ImGui::IsPopupOpen("", ImGuiPopupFlags_AnyPopupId) ||
        std::find(std::begin(kFrom), std::end(kFrom), current_) == std::end(kFrom)) {
        return;
    }
    OpenImport();
}

void AppShell::OpenSettings(std::optional<storage::DeckId> deck) {
    std::vector<DeckChoice> choices;
    for (const DeckRow& row : home_model().decks) {
        choices.push_back({row.deck_id, row.name});
    }
    study::AppSettings appearance;
    if (auto loaded = study::LoadAppSettings(collection_)) {
        appearance = *loaded;
    }
    settings_.Open(std::move(choices), deck, appearance);
    current_ = ViewId::kSettings;
}

void AppShell::OpenClass() {
    std::vector<std::pair<storage::DeckId, std::string>> decks;
    for (const DeckRow& row : home_model().decks) {
        decks.emplace_back(row.deck_id, row.name);
    }
    class_.Open(std::move(decks), home_.SelectedDeckId(home_model()), clock_());
    current_ = ViewId::kClass;
}

bool AppShell::NeedsTicks() const {
    return Busy() || (current_ == ViewId::kStudy && study_.NeedsTicks()) ||
           (current_ == ViewId::kQuiz && quiz_.NeedsTicks());
}

bool AppShell::Loading() const {
    return current_ == ViewId::kProgress && progress_ && progress_->Loading();
}

std::optional<study::AppSettings> AppShell::TakeAppearanceChange() {
    return settings_.TakeAppearanceChange();
}

std::string AppShell::CollectionText() const {
    // The names from the deck table, not from the home view's rows: a window that opens on
    // another view never reads those.
    std::string text;
    if (auto names = collection_.ListDeckNames()) {
        for (const std::string& name : *names) {
            text += name;
            text += '\n';
        }
    }
    // ASCII is always baked; only the rest of the questions' characters are needed, and
    // reading them must not load every question at start-up.
    if (auto characters = collection_.NonAsciiQuestionCharacters()) {
        text += *characters;
    }
    return text;
}

void AppShell::Draw() {
    ApplyDrops();
    CycleViews();
    ImportShortcut();
    AddShortcut();
    switch (current_) {
        case ViewId::kHome:
            home_.Draw(home_model());
            if (deck_dialog_.IsOpen()) {
                deck_dialog_.Draw();
                // A popup hands the keyboard back to the window it was opened from, which
                // for this one is not Home's.
                if (!deck_dialog_.IsOpen()) {
                    home_.TakeFocus();
                }
            }
            ApplyDeckChange();
            break;
        case ViewId::kStudy:
            study_.Draw();
            break;
        case ViewId::kSummary:
            summary_.Draw();
            break;
        case ViewId::kQuizSetup:
            quiz_setup_.Draw();
            break;
        case ViewId::kQuiz:
            quiz_.Draw();
            break;
        case ViewId::kQuizResults:
            quiz_results_.Draw();
            break;
        case ViewId::kProgress:
            progress_->Draw(clock_());
            break;
        case ViewId::kBrowse:
            browse_->Draw();
            break;
        case ViewId::kSettings:
            settings_.Draw();
            break;
        case ViewId::kClass:
            class_.Draw(clock_());
            break;
        case ViewId::kImport:
            import_->Draw();
            break;
        case ViewId::kEditor:
            editor_->Draw();
            break;
    }
    ApplyNavigation();
}

void AppShell::ApplyNavigation() {
    switch (current_) {
        case ViewId::kHome:
            for (const HomeIntent& intent : home_.TakeIntents()) {
                // A deck the home view no longer lists (or none, {0}) means every deck.
                const std::optional<storage::DeckId> deck =
                    DeckName(intent.deck_id) ? std::optional(intent.deck_id) : std::nullopt;
                switch (intent.action) {
                    case HomeAction::kStudy:
                        StartStudy(deck);
                        break;
                    case HomeAction::kQuiz:
                        OpenQuizSetup(deck);
                        break;
                    case HomeAction::kProgress:
                        OpenProgress(deck);
                        break;
                    case HomeAction::kBrowse:
                        OpenBrowse();
                        break;
                    case HomeAction::kSettings:
                        OpenSettings(deck);
                        break;
                    case HomeAction::kClass:
                        OpenClass();
                        break;
                    case HomeAction::kImport:
                        OpenImport();
                        break;
                    case HomeAction::kNewDeck:
                    case HomeAction::kRenameDeck:
                    case HomeAction::kDeleteDeck:
                    case HomeAction::kExportDeck:
                        OpenDeckDialog(intent);
                        break;
                }
            }
            break;
        case ViewId::kStudy:
            switch (study_.TakeExit()) {
                case StudyExit::kNone:
                    break;
                case StudyExit::kHome:
                    GoHome();
                    break;
                case StudyExit::kSummary:
                    summary_.Show(study_deck_ ? DeckName(*study_deck_).value_or("") : "",
                                  study_.Summary().value_or(study::SessionSummary{}), clock_(),
                                  LoadTopicNames(collection_, study_deck_));
                    current_ = ViewId::kSummary;
                    break;
                case StudyExit::kQuiz:
                    OpenQuizSetup(study_deck_);
                    break;
                case StudyExit::kEdit:
                    if (study_.session() && !study_.session()->Finished()) {
                        OpenEditor(study_.session()->Current().id, ViewId::kStudy);
                    }
                    break;
            }
            break;
        case ViewId::kSummary:
            if (summary_.TakeBackRequest()) {
                GoHome();
            }
            break;
        case ViewId::kQuizSetup:
            if (auto setup = quiz_setup_.TakeStart()) {
                StartQuiz(*setup, ++quiz_seed_);
            } else if (quiz_setup_.TakeBackRequest()) {
                GoHome();
            }
            break;
        case ViewId::kQuiz:
            switch (quiz_.TakeExit()) {
                case QuizExit::kNone:
                    break;
                case QuizExit::kHome:
                    GoHome();
                    break;
                case QuizExit::kResults:
                    if (quiz_.quiz() && quiz_.quiz()->LastResult()) {
                        quiz_results_.Show(*quiz_.quiz()->LastResult(),
                                           LoadTopicNames(collection_, std::nullopt));
                    }
                    current_ = ViewId::kQuizResults;
                    break;
            }
            break;
        case ViewId::kQuizResults:
            if (quiz_results_.TakeRetakeRequest() && quiz_.quiz()) {
                // A copy: starting the retake replaces the quiz the setup is read from.
                if (auto retake =
                        study::RetakeMistakesSetup(quiz_.quiz()->Setup(), quiz_results_.result())) {
                    StartQuiz(*retake, ++quiz_seed_);
                }
            } else if (quiz_results_.TakeBackRequest()) {
                GoHome();
            }
            break;
        case ViewId::kProgress:
            if (progress_->TakeBackRequest()) {
                GoHome();
            }
            break;
        case ViewId::kClass:
            if (class_.TakeBackRequest()) {
                GoHome();
            } else if (std::optional<std::string> guid = class_.TakeEditRequest()) {
                OpenEditorOnGuid(*guid);
            } else if (std::optional<std::string> search = class_.TakeBrowseRequest()) {
                // A hard question, in the card browser; its Back comes back here.
                OpenBrowse(std::move(*search), ViewId::kClass);
            }
            break;
        case ViewId::kImport:
            if (auto search = import_->TakeBrowseRequest()) {
                OpenBrowse(std::move(*search));
            } else if (import_->TakeBackRequest()) {
                GoHome();  // the counts an import changed
            }
            break;
        case ViewId::kEditor:
            if (std::optional<EditorExit> exit = editor_->TakeExit()) {
                LeaveEditor(exit->saved, exit->answers_changed);
            }
            break;
        case ViewId::kBrowse:
            if (std::optional<storage::CardId> card = browse_->TakeEditRequest()) {
                OpenEditor(*card, ViewId::kBrowse);
                break;
            }
            if (!browse_->TakeBackRequest()) {
                break;
            }
            if (browse_back_to_ == ViewId::kHome) {
                GoHome();  // re-reads the counts a bulk action may have changed
            } else {
                current_ = browse_back_to_;  // as it was left (the Class view reads files)
            }
            break;
        case ViewId::kSettings:
            if (settings_.TakeBackRequest()) {
                if (const std::optional<ViewId> next = std::exchange(settings_exit_, {})) {
                    OpenView(*next);
                } else {
                    GoHome();
                }
            } else if (!settings_.state().confirm_leave) {
                settings_exit_.reset();  // "keep editing": a later Back goes home again
            }
            break;
    }
}

void AppShell::CycleViews() {
    constexpr ViewId kCycle[] = {ViewId::kHome, ViewId::kQuizSetup, ViewId::kProgress,
                                 ViewId::kBrowse, ViewId::kSettings};
    const ImGuiIO& io = ImGui::GetIO();
    if (!io.KeyCtrl || io.KeyAlt || !ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Tab), true) ||
        ImGui::IsPopupOpen("", ImGuiPopupFlags_AnyPopupId)) {
        return;
    }
    const auto at = std::find(std::begin(kCycle), std::end(kCycle), current_);
    if (at == std::end(kCycle)) {
        return;  // a session, a quiz or their results: Tab is theirs to ignore
    }
    const size_t index = static_cast<size_t>(at - std::begin(kCycle));
    const size_t count = std::size(kCycle);
    const ViewId next = kCycle[(index + (io.KeyShift ? count - 1 : 1)) % count];
    if (current_ == ViewId::kSettings) {
        settings_exit_ = next;
        settings_.RequestLeave();  // asks first when something is not saved
        return;
    }
    OpenView(next);
}

void AppShell::OpenView(ViewId view) {
    // The deck Home has chosen, as its Q and P keys use it; Settings opens on the defaults,
    // as S does.
    const storage::DeckId chosen = home_.SelectedDeckId(home_model());
    const std::optional<storage::DeckId> deck =
        chosen.value != 0 ? std::optional(chosen) : std::nullopt;
    switch (view) {
        case ViewId::kQuizSetup:
            OpenQuizSetup(deck);
            break;
        case ViewId::kProgress:
            OpenProgress(deck);
            break;
        case ViewId::kBrowse:
            OpenBrowse();
            break;
        case ViewId::kSettings:
            OpenSettings(std::nullopt);
            break;
        default:
            GoHome();
            break;
    }
}

}  // namespace summit::ui
