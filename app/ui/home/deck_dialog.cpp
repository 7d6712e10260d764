// The deck dialogs: one modal whose fields depend on the task.
#include "app/ui/home/deck_dialog.h"

#include <filesystem>

#include <imgui.h>
#include <imgui_stdlib.h>

#include "app/bootstrap/deck_export.h"
#include "app/bootstrap/safety.h"
#include "app/ui/settings/app_settings.h"
#include "app/ui/widgets/theme.h"
#include "content/model/deck_name.h"

namespace summit::ui {
namespace {

// The popup's id stays the same whatever the title says, so the title can name the task.
const char* Title(DeckTask task) {
    switch (task) {
        case DeckTask::kCreate:
            return "New deck###deck_dialog";
        case DeckTask::kRename:
            return "Rename or move deck###deck_dialog";
        case DeckTask::kDelete:
            return "Delete deck###deck_dialog";
        case DeckTask::kExport:
            return "Export deck###deck_dialog";
        case DeckTask::kNone:
            break;
    }
    return "###deck_dialog";
}

const char* OkLabel(const DeckDialogState& state) {
    switch (state.task) {
        case DeckTask::kCreate:
            return "Create";
        case DeckTask::kRename:
            return "Rename";
        case DeckTask::kDelete:
            return "Delete";
        case DeckTask::kExport:
            return state.exported ? "Close" : "Export";
        case DeckTask::kNone:
            break;
    }
    return "OK";
}

// A deck's name as a file name: the last part, with characters file systems refuse replaced.
std::string FileStem(const std::string& deck_name) {
    std::string stem(content::DeckLeafName(deck_name));
    for (char& c : stem) {
        if (c == '/' || c == '\\' || c == ':' || c == '*' || c == '?' || c == '"' || c == '<' ||
            c == '>' || c == '|') {
            c = '_';
        }
    }
    return stem.empty() ? std::string("deck") : stem;
}

std::string Plural(int64_t count, const char* one, const char* many) {
    return std::to_string(count) + " " + (count == 1 ? one : many);
}

}  // namespace

DeckDialog::DeckDialog(storage::Collection& collection, study::Clock clock)
    : collection_(collection), clock_(std::move(clock)) {}

void DeckDialog::OpenCreate(storage::DeckId parent, const std::string& parent_name) {
    state_ = {};
    state_.task = DeckTask::kCreate;
    state_.deck = parent;
    state_.deck_name = parent_name;
    state_.name = parent_name.empty() ? std::string() : parent_name + "::";
    focus_field_ = true;
}

void DeckDialog::OpenRename(storage::DeckId deck, const std::string& name) {
    state_ = {};
    state_.task = DeckTask::kRename;
    state_.deck = deck;
    state_.deck_name = name;
    state_.name = name;
    // The decks it may move under: every deck outside its own tree.
    decks_.clear();
    if (auto decks = collection_.ListDecks(clock_(), clock_())) {
        for (const storage::DeckSummary& row : *decks) {
            if (!content::IsDeckInTree(row.name, name)) {
                decks_.emplace_back(row.id, row.name);
            }
        }
    }
    focus_field_ = true;
}

void DeckDialog::OpenDelete(storage::DeckId deck, const std::string& name, int64_t questions) {
    state_ = {};
    state_.task = DeckTask::kDelete;
    state_.deck = deck;
    state_.deck_name = name;
    state_.questions = questions;
}

void DeckDialog::OpenExport(storage::DeckId deck, const std::string& name) {
    state_ = {};
    state_.task = DeckTask::kExport;
    state_.deck = deck;
    state_.deck_name = name;
    std::filesystem::path folder;
    if (auto remembered = study::LoadRememberedFolder(collection_, study::kExportFolderKey);
        remembered && !remembered->empty()) {
        folder = *remembered;
    } else {
        std::error_code error;
        folder = std::filesystem::current_path(error);
    }
    state_.path = (folder / FileStem(name)).string();
    SetFormat(0);
    focus_field_ = true;
}

void DeckDialog::SetFormat(int index) {
    state_.format_index = index;
    const auto& info = bootstrap::ExportFormats()[static_cast<std::size_t>(index)];
    std::filesystem::path path(state_.path);
    path.replace_extension(info.extension);
    state_.path = path.string();
}

bool DeckDialog::Confirm() {
    state_.error.clear();
    switch (state_.task) {
        case DeckTask::kCreate:
        case DeckTask::kRename:
            return CreateOrRename();
        case DeckTask::kDelete:
            return Delete();
        case DeckTask::kExport:
            if (state_.exported) {
                Cancel();
                return true;
            }
            return Export();
        case DeckTask::kNone:
            break;
    }
    return false;
}

bool DeckDialog::CreateOrRename() {
    const bool create = state_.task == DeckTask::kCreate;
    storage::DeckId deck = state_.deck;
    if (create) {
        auto made = collection_.CreateDeck(state_.name);
        if (!made) {
            state_.error = made.error().message;
            return false;
        }
        deck = *made;
    } else if (auto renamed = collection_.RenameDeck(deck, state_.name); !renamed) {
        state_.error = renamed.error().message;
        return false;
    }
    notice_ = create ? "Created deck \"" + state_.name + "\"."
                     : "Renamed \"" + state_.deck_name + "\" to \"" + state_.name + "\".";
    changed_ = deck;
    Cancel();
    return true;
}

bool DeckDialog::Delete() {
    // Deleting always counts as a bulk change: the backup comes first (unless switched off).
    auto backup =
        bootstrap::BackupBeforeBulkChange(collection_, {state_.questions, true}, clock_());
    if (!backup) {
        state_.error = "No backup could be made, so nothing was deleted: " + backup.error().message;
        return false;
    }
    auto deleted = collection_.DeleteDeck(state_.deck);
    if (!deleted) {
        state_.error = deleted.error().message;
        return false;
    }
    notice_ = "Deleted \"" + deleted->name + "\" with " +
              Plural(deleted->questions, "question", "questions") + ".";
    if (deleted->reviews > 0) {
        notice_ += " Their " + Plural(deleted->reviews, "answer stays", "answers stay") +
                   " in the study history.";
    }
    if (*backup) {
        notice_ +=
            " A backup was made first (`summit backups` lists it, `summit restore` "
            "brings it back).";
    }
    changed_ = storage::DeckId{};
    Cancel();
    return true;
}

bool DeckDialog::Export() {
    bootstrap::ExportRequest request;
    request.format =
        bootstrap::ExportFormats()[static_cast<std::size_t>(state_.format_index)].format;
    request.out = state_.path;
    request.now_ms = clock_();
    if (state_.path.empty() || state_.path == "-") {
        state_.error = "Type the file to write.";
        return false;
    }
    auto exported = bootstrap::ExportDeckFile(collection_, state_.deck, request);
    if (!exported) {
        state_.error = exported.error().message;
        return false;
    }
    state_.warnings.clear();
    for (const Error& warning : exported->warnings) {
        state_.warnings.push_back(warning.ToString("warning"));
    }
    state_.exported = true;
    notice_ = "Exported " +
              Plural(static_cast<int64_t>(exported->questions), "question", "questions") +
              " of \"" + state_.deck_name + "\" to " + state_.path +
              (exported->details.empty() ? "" : " (" + exported->details + ")") + ".";
    // Remembering the folder is a convenience: failing to store it changes nothing else.
    (void)study::SaveRememberedFolder(collection_, study::kExportFolderKey,
                                      std::filesystem::path(state_.path).parent_path().string());
    return true;
}

std::optional<storage::DeckId> DeckDialog::TakeChanged() {
    return std::exchange(changed_, std::nullopt);
}

std::string DeckDialog::TakeNotice() {
    return std::exchange(notice_, std::string());
}

void DeckDialog::Draw() {
    rects_.Clear();
    if (!IsOpen()) {
        return;
    }
    const char* title = Title(state_.task);
    if (!ImGui::IsPopupOpen(title)) {
        ImGui::OpenPopup(title);
    }
    ImGui::SetNextWindowSizeConstraints(ImVec2(Em(28), 0), ImVec2(Em(48), FLT_MAX));
    if (!ImGui::BeginPopupModal(title, nullptr, ImGuiWindowFlags_AlwaysAutoResize)) {
        return;
    }
    DrawBody();
    if (!state_.error.empty()) {
        ImGui::PushTextWrapPos(Em(46));
        ImGui::TextColored(Colors().error, "%s", state_.error.c_str());
        ImGui::PopTextWrapPos();
    }
    ImGui::Spacing();
    const bool enter = ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Enter), false) ||
                       ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_KeyPadEnter), false);
    const bool ok = ImGui::Button(OkLabel(state_));
    rects_.RecordLastItem("button/ok");
    bool cancel = false;
    if (!state_.exported) {
        ImGui::SameLine();
        cancel = ImGui::Button("Cancel");
        rects_.RecordLastItem("button/cancel");
    }
    cancel = cancel || ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Escape), false);
    if (ok || enter) {
        Confirm();
    } else if (cancel) {
        Cancel();
    }
    if (!IsOpen()) {
        ImGui::CloseCurrentPopup();
    }
    ImGui::EndPopup();
}

std::string DeckDialog::Prompt() const {
    switch (state_.task) {
        case DeckTask::kCreate:
            return "Name of the new deck:";
        case DeckTask::kRename:
            return "New name of \"" + state_.deck_name + "\":";
        case DeckTask::kDelete:
            return "Delete \"" + state_.deck_name + "\" and its subdecks, with " +
                   Plural(state_.questions, "question", "questions") +
                   "? Their past answers stay in the study history.";
        case DeckTask::kExport:
            return state_.exported ? "Exported to " + state_.path
                                   : "Export \"" + state_.deck_name + "\" as";
        case DeckTask::kNone:
            break;
    }
    return {};
}

void DeckDialog::DrawBody() {
    const std::string prompt = Prompt();
    if (state_.exported) {
        ImGui::TextColored(Colors().success, "%s", prompt.c_str());
    } else {
        ImGui::TextUnformatted(prompt.c_str());
    }
    switch (state_.task) {
        case DeckTask::kCreate:
        case DeckTask::kRename:
            if (std::exchange(focus_field_, false)) {
                ImGui::SetKeyboardFocusHere();
            }
            ImGui::SetNextItemWidth(Em(30));
            ImGui::InputText("##name", &state_.name);
            rects_.RecordLastItem("field/name");
            ImGui::TextDisabled("\"Parent::Child\" puts a deck under another.");
            if (state_.task == DeckTask::kRename) {
                DrawParentChoice();
            }
            break;
        case DeckTask::kDelete:
            ImGui::TextDisabled("A backup is made first: `summit restore` brings it all back.");
            break;
        case DeckTask::kExport:
            DrawExportFields();
            break;
        case DeckTask::kNone:
            break;
    }
}

void DeckDialog::DrawParentChoice() {
    const std::string leaf(
        content::DeckLeafName(state_.name.empty() ? state_.deck_name : state_.name));
    ImGui::SetNextItemWidth(Em(30));
    if (ImGui::BeginCombo("Move under", "choose a deck…")) {
        if (ImGui::Selectable("(top level)")) {
            state_.name = leaf;
        }
        rects_.RecordLastItem("parent/");
        for (const auto& [id, name] : decks_) {
            if (ImGui::Selectable(name.c_str())) {
                state_.name = name + std::string(content::kDeckSeparator) + leaf;
            }
            rects_.RecordLastItem("parent/" + name);
        }
        ImGui::EndCombo();
    }
    rects_.RecordLastItem("combo/parent");
}

void DeckDialog::DrawExportFields() {
    if (state_.exported) {
        if (!state_.warnings.empty()) {
            ImGui::Text("%zu %s:", state_.warnings.size(),
                        state_.warnings.size() == 1 ? "warning" : "warnings");
            ImGui::BeginChild("warnings", ImVec2(Em(46), Em(10)), true);
            for (const std::string& warning : state_.warnings) {
                ImGui::TextWrapped("%s", warning.c_str());
            }
            ImGui::EndChild();
        }
        return;
    }
    const auto formats = bootstrap::ExportFormats();
    ImGui::SetNextItemWidth(Em(30));
    if (ImGui::BeginCombo("##format",
                          formats[static_cast<std::size_t>(state_.format_index)].label)) {
        for (std::size_t i = 0; i < formats.size(); ++i) {
            if (ImGui::Selectable(formats[i].label, static_cast<int>(i) == state_.format_index)) {
                SetFormat(static_cast<int>(i));
            }
        }
        ImGui::EndCombo();
    }
    rects_.RecordLastItem("combo/format");
    ImGui::TextUnformatted("to the file");
    if (std::exchange(focus_field_, false)) {
        ImGui::SetKeyboardFocusHere();
    }
    ImGui::SetNextItemWidth(Em(40));
    ImGui::InputText("##path", &state_.path);
    rects_.RecordLastItem("field/path");
}

}  // namespace summit::ui
