// The deck tree's changes, from Home: a new deck, a rename or move, a deletion and an export,
// each a small modal over the home view that does its work through the core (storage for
// decks, bootstrap for the backup and the export) and says what happened.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "app/scheduler/clock.h"
#include "app/ui/widgets/widget_rects.h"
#include "storage/collection.h"

namespace summit::ui {

enum class DeckTask { kNone, kCreate, kRename, kDelete, kExport };

struct DeckDialogState {
    DeckTask task = DeckTask::kNone;
    storage::DeckId deck;   // the deck acted on; kCreate: the parent, {0} for the top level
    std::string deck_name;  // its name when the dialog opened
    std::string name;       // kCreate, kRename: the full name typed ("Parent::Child")
    int64_t questions = 0;  // kDelete: questions in the deck and its subdecks
    int format_index = 0;   // kExport: into bootstrap::ExportFormats()
    std::string path;       // kExport: the file to write
    std::string error;      // why the last try failed; the dialog stays open
    std::vector<std::string> warnings;  // kExport: what the format could not hold
    bool exported = false;              // kExport: written; the dialog shows the outcome
};

// `collection` must outlive the dialog. Rects while open: "field/name", "combo/parent"
// (kRename) and, while it is open, "parent/<deck name>" for each deck it may move under and
// "parent/" for the top level, "combo/format", "field/path" (kExport), "button/ok" (Create, Rename,
// Delete, Export, or Close once exported), "button/cancel". Enter presses OK, Escape cancels. UI
// thread only; Draw() between ImGui::NewFrame() and ImGui::Render().
class DeckDialog {
  public:
    DeckDialog(storage::Collection& collection, study::Clock clock);

    // A new deck under `parent` ({0}: at the top level), the name field holding
    // "ParentName::".
    void OpenCreate(storage::DeckId parent, const std::string& parent_name);
    void OpenRename(storage::DeckId deck, const std::string& name);
    // `questions`: what the confirmation says will go (Home's count for the deck).
    void OpenDelete(storage::DeckId deck, const std::string& name, int64_t questions);
    // The path starts in the folder last exported to (else the working folder), named after the
    // deck, with the format's extension; choosing another format changes the extension.
    void OpenExport(storage::DeckId deck, const std::string& name);
    bool IsOpen() const { return state_.task != DeckTask::kNone; }

    void Draw();
    // What OK does: the task, through the core. False, with state().error set and nothing
    // changed, when it fails; a finished create, rename or delete closes the dialog.
    bool Confirm();
    void Cancel() { state_ = {}; }
    // The sentence the dialog opens with: "Delete "Solar system" and its subdecks, with 7
    // questions and all their reviews?"
    std::string Prompt() const;

    // Once after the collection changed: the deck Home should select (the new or renamed
    // deck; {0} after a deletion). The owner re-reads Home.
    std::optional<storage::DeckId> TakeChanged();
    // Once: one line for Home's notice about what was done; empty when nothing.
    std::string TakeNotice();

    DeckDialogState& state() { return state_; }
    const WidgetRects& rects() const { return rects_; }

  private:
    bool CreateOrRename();
    bool Delete();
    bool Export();
    void DrawBody();
    void DrawParentChoice();
    void DrawExportFields();
    void SetFormat(int index);

    storage::Collection& collection_;
    study::Clock clock_;
    DeckDialogState state_;
    WidgetRects rects_;
    std::vector<std::pair<storage::DeckId, std::string>> decks_;  // kRename: possible parents
    std::optional<storage::DeckId> changed_;
    std::string notice_;
    bool focus_field_ = false;  // put the keyboard in the first field on the next frame
};

}  // namespace summit::ui
