// The question editor: every field of a new or stored question of any type beside a preview
// of it exactly as a student sees it (the study view's question panel), checked live by the
// rules a bank import applies. Save stays disabled while anything is wrong.
#pragma once

#include <functional>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "app/edit/question_draft.h"
#include "app/study/session.h"
#include "app/ui/edit/answer_fields.h"
#include "app/ui/edit/field_problems.h"
#include "app/ui/study/question_panel.h"
#include "app/ui/widgets/widget_rects.h"
#include "storage/collection.h"

namespace summit::ui {

// How the editor was left, for the view it returns to.
struct EditorExit {
    bool saved = false;
    bool answers_changed = false;  // the saved edit changed the type or what is right
};

// Draws a window filling the main viewport. Keys: Ctrl+S (or Ctrl+Enter) saves when nothing
// is wrong; Escape cancels, also from inside a field (whose text stays); Ctrl+V pastes a
// picture from the clipboard (in a text field only when the clipboard holds no text). Saving an
// edit that changes the type or the answers first asks (a modal) whether the question's scheduling
// starts over; cancelling with unsaved changes asks before discarding them. An edit keeps the
// question's cards and history. `collection` must outlive the view; UI thread only.
class EditorView {
  public:
    EditorView(storage::Collection& collection, study::Clock clock);

    // A new flashcard for `deck`.
    void OpenNew(storage::DeckId deck);
    // The stored question of `card`; on an error the editor stays closed and says why.
    Status OpenCard(storage::CardId card);
    void Draw();
    // The exit asked for since the last call, once.
    std::optional<EditorExit> TakeExit();

    // What the widgets do, for tests and screenshots.
    content::Question& question() { return draft_->question(); }
    void SetType(content::QuestionType type);
    void SetTagsText(std::string text);  // as typed in Tags: "a, b"
    // Keeps the image file at `path` in the collection's media and shows it at the end of the
    // prompt, which becomes Markdown (the Add image button). kNotFound for an unreadable
    // file; PutMedia's kInvalidArgument for a file that is not a PNG, JPEG or GIF.
    Status AddImage(const std::string& path);
    // The same for an image's bytes (a pasted picture).
    Status AddImageBytes(const std::string& bytes);
    // Where a pasted picture comes from: the window's clipboard reader (a PNG, JPEG or GIF's
    // bytes, or an error saying why there is none). Without one, pasting offers nothing.
    using ClipboardImageReader = std::function<Result<std::string>()>;
    void SetClipboardImageReader(ClipboardImageReader reader) { clipboard_ = std::move(reader); }
    // Adds the clipboard's picture (the Paste image button, and Ctrl+V outside a text field);
    // says why not in message() when there is none.
    void PasteImage();
    void RequestSave();    // the Save button and Ctrl+S
    void RequestCancel();  // the Cancel button and Escape

    bool IsOpen() const { return draft_.has_value(); }
    bool IsNew() const { return draft_ && draft_->IsNew(); }
    bool CanSave() const;
    bool Unsaved() const;
    // The problems of the last frame's question (ValidateQuestion), drawn by its fields.
    const std::vector<content::QuestionProblem>& problems() const { return problems_; }
    bool ConfirmingReset() const { return confirm_reset_; }
    bool ConfirmingDiscard() const { return confirm_discard_; }
    const std::string& message() const { return message_; }  // the last save error, or ""
    const QuestionPanel& preview() const { return preview_; }
    // Rects of the last frame: "type", "prompt", "explanation", "topic", "tags", "source",
    // "paragraph", "image", "button/image", "button/paste", "button/save", "button/cancel",
    // "reset/yes", "reset/no", "reset/cancel", "discard/yes", "discard/no", and those of
    // DrawAnswerFields.
    const WidgetRects& rects() const { return rects_; }
    // Where Markdown questions' images come from in the preview (not owned).
    void SetImages(ImageSource* images) { preview_.SetImages(images); }

  private:
    void Start(edit::QuestionDraft draft, std::string title);
    void DrawTopBar(bool can_save);
    void DrawFields(FieldProblems& problems);   // editor_fields.cpp
    void DrawDetails(FieldProblems& problems);  // editor_fields.cpp
    void DrawTypeCombo();                       // editor_fields.cpp
    void DrawImageField();                      // editor_image.cpp
    void DrawPreview();
    void DrawResetConfirm();
    void DrawDiscardConfirm();
    void HandleKeys(bool can_save, bool escape);
    void Save(bool reset_scheduling);
    // Ends the editing with `exit`, after removing the unused images it added.
    void Leave(EditorExit exit);

    storage::Collection& collection_;
    study::Clock clock_;
    std::optional<edit::QuestionDraft> draft_;
    content::Question opened_;  // as opened, to tell unsaved changes
    std::string title_;
    std::string tags_text_;  // the tags as typed, comma-separated
    std::string image_path_;
    AnswerFieldsState answer_state_;
    // The question as it was under each type it had while open, so switching back restores it.
    std::map<content::QuestionType, content::Question> parked_;
    std::vector<content::QuestionProblem> problems_;
    QuestionPanel preview_;
    std::optional<content::Question> previewed_;  // what preview_ was begun with
    std::string message_;
    bool confirm_reset_ = false;
    bool focus_prompt_ = false;  // give the question's text the keyboard on the next frame
    bool confirm_discard_ = false;
    bool save_requested_ = false;
    std::optional<EditorExit> exit_;
    // Images this editing stored that the collection did not have: on leaving, those no
    // question refers to (a cancelled edit's, or one whose reference was deleted) go again.
    std::vector<std::string> added_images_;
    ClipboardImageReader clipboard_;
    WidgetRects rects_;
};

}  // namespace summit::ui
