// The question panel: shows one question of any of the seven types, takes the student's answer
// by mouse or keyboard, and after grading marks each choice, gap, pair or item right or wrong.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include <imgui.h>

#include "app/grading/grading.h"
#include "app/ui/widgets/rich_text.h"
#include "app/ui/widgets/widget_rects.h"
#include "content/model/question.h"

namespace summit::ui {

// Draws into the window its host has begun (call Draw() between the host's Begin and End); it
// opens no window of its own. Keys act only while that window (or a child of it) is focused
// and SetKeysEnabled(true); letter and digit keys and Space never act while a text field has
// the keyboard (io.WantTextInput). Before submitting:
//   Enter, Space   flashcard: reveal the back; other types: submit (nothing given = "I don't
//                  know"). In a text field Space types a space and Enter submits.
//   1-9            multiple choice: toggle the option on row N (single-answer: select only it);
//                  true/false: 1 = True, 2 = False; matching: pick left item N
//   T, F           true/false: True, False
//   A, B, C, ...   matching: match the picked left item with right item A, B, C... (then the
//                  next unmatched left is picked)
//   Backspace      matching: clear the picked left item's match
//   Up, Down       ordering: move the cursor; with Shift (or Alt) move the item under it
//   Tab            cloze: next gap (ImGui's own focus order)
// The typed field and the first cloze gap take the keyboard when the question appears.
// After ShowResult() the inputs are locked and only show the marks.
// Rects recorded each frame (for tests and the end-to-end script): "choice/<i>" (multiple
// choice, by choice index wherever it is shown), "choice/true", "choice/false", "text" (typed),
// "gap/<i>" (cloze; a multi-response gap's first checkbox), "gap/<i>/option/<j>" (an option
// of a choice gap's open list, or a multi-response gap's checkbox j),
// "match/left/<pair>", "match/right/<pair>" (by pair index, wherever the right is shown),
// "order/item/<row>", "order/up/<row>", "order/down/<row>" (by row on screen), "submit",
// "dont_know", "reveal" (flashcard, before revealing).
// UI thread only, between ImGui::NewFrame() and ImGui::Render().
class QuestionPanel {
  public:
    // Starts showing `question` (already in the direction studied) and forgets every input.
    // Choices, matching rights and ordering items are shown in study::ShownOrderFor(question,
    // shuffle_seed): the same pair gives the same order. The panel keeps a copy of the question.
    void Begin(const content::Question& question, uint32_t shuffle_seed = 0);
    void Draw();

    // True once after the student submitted (Enter, Space outside a text field, the Submit or
    // "I don't know" button). Not for flashcards.
    bool TakeSubmit();
    // True once after a flashcard was revealed (Enter, Space or "Show answer"); the panel then
    // shows the back under the front.
    bool TakeReveal();

    // The answer as given so far, in the fields of study::Answer for the question's type
    // (duration_ms is 0: the host times the answer). dont_know is set when the student chose
    // "I don't know" or submitted without giving anything (no choice, empty text, every gap
    // empty, no pair matched). For ordering, `order` is the items as shown, top to bottom.
    study::Answer CurrentAnswer() const;

    // Locks the inputs and marks the parts of `grade` (from study::Grade of CurrentAnswer())
    // inline: each choice, gap, pair or row right or wrong, with the expected text by the
    // wrong ones. Keys stop acting on the answer; Enter and Space are left to the feedback.
    void ShowResult(const study::GradeResult& grade);

    // Where the images of Markdown questions come from; null shows their alt text. Not owned;
    // must outlive the panel's drawing.
    void SetImages(ImageSource* images) { images_ = images; }
    // Off while the host shows an overlay (help, a menu) so keys go there instead.
    void SetKeysEnabled(bool enabled) { keys_enabled_ = enabled; }

    const content::Question& question() const { return question_; }
    bool revealed() const { return revealed_; }
    bool submitted() const { return submitted_; }
    bool locked() const { return locked_; }
    // Multiple choice: for each row on screen, top to bottom, the choice index shown there.
    const std::vector<int>& choice_rows() const { return choice_rows_; }
    // Matching: for each row on screen, top to bottom, the pair index of the right shown there
    // (row 0 is letter A).
    const std::vector<int>& right_rows() const { return right_rows_; }
    // Ordering: the items as shown, top to bottom, as indices into the correct order.
    const std::vector<int>& order() const { return order_; }
    // Ordering: the row the keyboard cursor is on.
    int order_cursor() const { return order_cursor_; }
    // Matching: the left item (pair index) the next letter applies to; -1 for none.
    int picked_left() const { return picked_left_; }
    // True while letters are answers, before submitting: matching (A, B, C...), true/false
    // (T, F), typed and cloze (a letter typed after the field lost focus is still an answer).
    // The host then leaves letters to the panel instead of its own letter shortcuts (bury,
    // suspend, undo) and offers those with a modifier.
    bool WantsLetterKeys() const;

    const WidgetRects& rects() const { return rects_; }

  private:
    // How an answered row is coloured (from the palette): kRight success, kWrong error,
    // kMissed (almost or partly right) warning. Marks also carry a word, so colour is never
    // the only cue.
    enum class Mark { kNone, kRight, kWrong, kMissed };

    // A clickable row of wrapped text with a key hint (e.g. "1", "A") on its left, recorded
    // as `rect_name`; returns true when clicked (never once locked).
    bool AnswerRow(const char* rect_name, const char* key, const std::string& text, bool selected,
                   Mark mark, float width);
    static const ImVec4& MarkColor(Mark mark);
    static Mark PartMark(const study::PartResult& part);

    void DrawPrompt();
    void DrawFlashcard();
    void DrawChoice();
    void DrawTrueFalse();
    void DrawTyped();
    void DrawCloze();
    void DrawGapChoices(size_t gap);  // a choice gap's drop-down list
    void DrawGapTicks(size_t gap);    // a multi-response gap's checkboxes
    void DrawMatching();
    void DrawOrdering();
    void DrawSubmitRow();
    void HandleForwardKeys();
    bool KeysActive() const;
    bool LettersActive() const;
    void Submit(bool dont_know);
    bool NothingGiven() const;
    void ToggleChoice(int index);
    void PickRight(int pair);
    void MoveItem(int row, int delta);

    content::Question question_;
    WidgetRects rects_;
    ImageSource* images_ = nullptr;
    bool keys_enabled_ = true;

    // Answer state for the question on screen.
    bool revealed_ = false;
    bool reveal_pending_ = false;
    bool submitted_ = false;
    bool submit_pending_ = false;
    bool dont_know_ = false;
    bool locked_ = false;
    bool focus_text_ = false;         // give the typed field / first gap the keyboard
    std::vector<bool> chosen_;        // multiple choice, bank order
    std::vector<int> choice_rows_;    // multiple choice: row on screen -> choice index
    int said_ = -1;                   // true/false: -1 none, 0 false, 1 true
    std::string text_;                // typed
    std::vector<std::string> gaps_;   // cloze
    std::vector<std::string> texts_;  // cloze: the sentence around the gaps
    // cloze: a choice or multi-response gap's options, plain; empty for the others
    std::vector<std::vector<std::string>> gap_choices_;
    std::vector<content::GapKind> gap_kinds_;  // cloze
    std::vector<std::vector<int>> gap_picks_;  // cloze: a multi-response gap's ticks, sorted
    std::vector<int> matches_;                 // matching: per left, the chosen right pair; -1 none
    std::vector<int> right_rows_;              // matching: row on screen -> pair index
    int picked_left_ = -1;                     // matching
    std::vector<int> order_;                   // ordering: row -> index into the correct order
    int order_cursor_ = 0;                     // ordering
    study::GradeResult grade_;                 // valid once locked_
};

}  // namespace summit::ui
