// The question editor: its state, top bar, preview, confirmations and keys; the fields are
// drawn in editor_fields.cpp and answer_fields.cpp.
#include "app/ui/edit/editor_view.h"

#include <utility>

#define GLFW_INCLUDE_NONE
#include <GLFW/glfw3.h>
#include <imgui.h>
#include <imgui_internal.h>

#include "app/ui/study/question_page.h"
#include "app/ui/widgets/theme.h"
#include "app/ui/widgets/view_frame.h"

namespace summit::ui {

namespace {

std::string JoinTags(const std::vector<std::string>& tags) {
    std::string text;
    for (const std::string& tag : tags) {
        text += (text.empty() ? "" : ", ") + tag;
    }
    return text;
}

}  // namespace

EditorView::EditorView(storage::Collection& collection, study::Clock clock)
    : collection_(collection), clock_(std::move(clock)) {
    // Typing in the fields must never hand the keyboard to the preview's answer field.
    preview_.SetTakesFocus(false);
    preview_.SetKeysEnabled(false);
}

void EditorView::Start(edit::QuestionDraft draft, std::string title) {
    draft_.emplace(std::move(draft));
    opened_ = draft_->question();
    title_ = std::move(title);
    tags_text_ = JoinTags(opened_.tags);
    image_path_.clear();
    answer_state_ = AnswerFieldsStateFor(opened_);
    parked_.clear();
    problems_ = draft_->Problems();
    previewed_.reset();
    message_.clear();
    confirm_reset_ = confirm_discard_ = save_requested_ = false;
    exit_.reset();
    added_images_.clear();
    focus_prompt_ = true;
}

void EditorView::OpenNew(storage::DeckId deck) {
    const std::string name = collection_.GetDeckName(deck).value_or("?");
    content::Question blank = BlankOfType(content::QuestionType::kFlashcard);
    auto draft = edit::QuestionDraft::New(deck, blank.type, edit::NewQuestionId(clock_()));
    blank.id = draft.question().id;
    draft.question() = std::move(blank);
    Start(std::move(draft), "New question in " + name);
}

Status EditorView::OpenCard(storage::CardId card) {
    auto stored = collection_.GetCard(card);
    if (!stored) {
        return Fail(stored.error());
    }
    auto draft = edit::QuestionDraft::Open(collection_, card);
    if (!draft) {
        return Fail(draft.error());
    }
    const std::string name = collection_.GetDeckName(stored->deck_id).value_or("?");
    Start(std::move(*draft), "Edit question in " + name);
    return {};
}

std::optional<EditorExit> EditorView::TakeExit() {
    return std::exchange(exit_, std::nullopt);
}

void EditorView::SetType(content::QuestionType type) {
    content::Question& q = draft_->question();
    if (q.type == type) {
        return;
    }
    parked_[q.type] = q;
    auto parked = parked_.find(type);
    content::Question next = parked != parked_.end() ? parked->second : BlankOfType(type);
    // What every type has follows the question to its new type.
    next.id = q.id;
    next.prompt = q.prompt;
    next.explanation = q.explanation;
    next.topic = q.topic;
    next.tags = q.tags;
    next.difficulty = q.difficulty;
    next.source = q.source;
    next.note = q.note;
    next.deck = q.deck;
    next.text_format = q.text_format;
    q = std::move(next);
    answer_state_ = AnswerFieldsStateFor(q);
}

bool EditorView::CanSave() const {
    return draft_ && problems_.empty() && Unsaved();
}

bool EditorView::Unsaved() const {
    return draft_ && draft_->question() != opened_;
}

void EditorView::RequestSave() {
    save_requested_ = true;
}

void EditorView::RequestCancel() {
    if (Unsaved()) {
        confirm_discard_ = true;
    } else {
        Leave(EditorExit{});
    }
}

void EditorView::Leave(EditorExit exit) {
    // An image left behind only takes space: a failure here is not worth stopping the exit.
    if (!added_images_.empty()) {
        (void)collection_.DeleteMediaUnlessUsed(std::exchange(added_images_, {}));
    }
    exit_ = exit;
}

void EditorView::Save(bool reset_scheduling) {
    const bool answers_changed = draft_->ChangesAnswers();
    auto saved = draft_->Save(collection_, reset_scheduling);
    // Two questions added within one millisecond share an id: the second takes a suffix.
    for (int n = 2;
         !saved && saved.error().code == ErrorCode::kConflict && draft_->IsNew() && n < 100; ++n) {
        draft_->question().id = edit::NewQuestionId(clock_()) + "-" + std::to_string(n);
        saved = draft_->Save(collection_, reset_scheduling);
    }
    if (!saved) {
        message_ = "Not saved: " + saved.error().message;
        return;
    }
    Leave(EditorExit{true, answers_changed});
}

void EditorView::Draw() {
    rects_.Clear();
    if (!draft_) {
        return;
    }
    // The problems of the question as this frame starts; the fields show them beside them.
    problems_ = draft_->Problems();
    const bool can_save = CanSave();
    // ImGui's text fields revert their edit on Escape; here Escape is Cancel, which asks before
    // anything typed is lost, so the fields never see it.
    ImGuiIO& io = ImGui::GetIO();
    const int escape_key = io.KeyMap[ImGuiKey_Escape];
    const bool escape = escape_key >= 0 && ImGui::IsKeyPressed(escape_key, false);
    if (BeginFullscreenView("Edit question###editor")) {
        DrawTopBar(can_save);
        io.KeyMap[ImGuiKey_Escape] = -1;
        const float preview_width = ImGui::GetContentRegionAvail().x * 0.42f;
        ImGui::BeginChild("fields", ImVec2(ImGui::GetContentRegionAvail().x - preview_width, 0));
        FieldProblems problems(problems_);
        DrawFields(problems);
        ImGui::EndChild();
        ImGui::SameLine();
        ImGui::BeginChild("preview", ImVec2(0, 0), true);
        DrawPreview();
        ImGui::EndChild();
        io.KeyMap[ImGuiKey_Escape] = escape_key;
        // Read before the confirmations draw: the Escape that closes one must not cancel too.
        const bool confirming = confirm_reset_ || confirm_discard_;
        DrawResetConfirm();
        DrawDiscardConfirm();
        if (!confirming) {
            HandleKeys(can_save, escape);
        }
    }
    EndFullscreenView();

    if (std::exchange(save_requested_, false) && can_save) {
        if (draft_->ChangesAnswers()) {
            confirm_reset_ = true;
        } else {
            Save(false);
        }
    }
}

void EditorView::DrawTopBar(bool can_save) {
    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted(title_.c_str());
    ImGui::SameLine(0, Em(1));
    if (!problems_.empty()) {
        ImGui::TextColored(Colors().error, "%zu problem%s to fix", problems_.size(),
                           problems_.size() == 1 ? "" : "s");
    } else if (!Unsaved()) {
        ImGui::TextDisabled("No changes");
    } else {
        ImGui::TextDisabled("Ready to save");
    }
    ImGui::SameLine();
    if (TopBarButton("Save", "Save the question (Ctrl+S)", can_save, rects_, "button/save")) {
        RequestSave();
    }
    ImGui::SameLine();
    if (TopBarButton("Cancel", "Leave without saving (Escape)", true, rects_, "button/cancel")) {
        RequestCancel();
    }
    TopBarMessage(message_);
    ImGui::Separator();
}

void EditorView::DrawPreview() {
    const content::Question& question = draft_->question();
    if (!previewed_ || *previewed_ != question) {
        previewed_ = question;
        preview_.Begin(question);
    }
    ImGui::TextDisabled("Preview: as a student sees it");
    ImGui::Separator();
    preview_.Draw();
}

void EditorView::DrawResetConfirm() {
    if (!confirm_reset_) {
        return;
    }
    if (!ImGui::IsPopupOpen("Reset scheduling?")) {
        ImGui::OpenPopup("Reset scheduling?");
    }
    if (!ImGui::BeginPopupModal("Reset scheduling?", nullptr, ImGuiWindowFlags_AlwaysAutoResize)) {
        return;
    }
    ImGui::TextUnformatted("The type or the answers of this question changed.");
    ImGui::TextUnformatted("Start its scheduling over, as if it were new?");
    ImGui::TextDisabled("Its review history is kept either way.");
    int choice = 0;  // 1 reset, 2 keep, 3 back to editing
    if (ImGui::Button("Reset scheduling")) {
        choice = 1;
    }
    rects_.RecordLastItem("reset/yes");
    ImGui::SameLine();
    if (ImGui::Button("Keep scheduling") ||
        ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Enter), false)) {
        choice = 2;
    }
    rects_.RecordLastItem("reset/no");
    ImGui::SameLine();
    if (ImGui::Button("Back to editing") ||
        ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Escape), false)) {
        choice = 3;
    }
    rects_.RecordLastItem("reset/cancel");
    if (choice != 0) {
        confirm_reset_ = false;
        ImGui::CloseCurrentPopup();
        if (choice != 3) {
            Save(choice == 1);
        }
    }
    ImGui::EndPopup();
}

void EditorView::DrawDiscardConfirm() {
    if (!confirm_discard_) {
        return;
    }
    if (!ImGui::IsPopupOpen("Discard changes?")) {
        ImGui::OpenPopup("Discard changes?");
    }
    if (!ImGui::BeginPopupModal("Discard changes?", nullptr, ImGuiWindowFlags_AlwaysAutoResize)) {
        return;
    }
    ImGui::TextUnformatted("This question has changes that are not saved.");
    if (ImGui::Button("Discard them")) {
        confirm_discard_ = false;
        Leave(EditorExit{});
        ImGui::CloseCurrentPopup();
    }
    rects_.RecordLastItem("discard/yes");
    ImGui::SameLine();
    if (ImGui::Button("Keep editing") ||
        ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Escape), false)) {
        confirm_discard_ = false;
        ImGui::CloseCurrentPopup();
    }
    rects_.RecordLastItem("discard/no");
    ImGui::EndPopup();
}

void EditorView::HandleKeys(bool can_save, bool escape) {
    const ImGuiIO& io = ImGui::GetIO();
    if (confirm_reset_ || confirm_discard_ ||
        !ImGui::IsWindowFocused(ImGuiFocusedFlags_RootAndChildWindows)) {
        return;
    }
    const bool ctrl = io.KeyCtrl && !io.KeyAlt;
    if (ctrl && (ImGui::IsKeyPressed(GLFW_KEY_S, false) ||
                 ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Enter), false))) {
        if (can_save) {
            RequestSave();
        }
    } else if (ctrl && ImGui::IsKeyPressed(GLFW_KEY_V, false)) {
        // A text field takes the clipboard's text itself; a picture goes into the question.
        const char* text = io.WantTextInput ? ImGui::GetClipboardText() : nullptr;
        if (text == nullptr || *text == '\0') {
            PasteImage();
        }
    } else if (escape) {
        ImGui::ClearActiveID();  // the field being typed in lets go, keeping its text
        RequestCancel();
    }
}

}  // namespace summit::ui
