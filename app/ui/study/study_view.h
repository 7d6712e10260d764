// The study view: one study session on a deck, question by question, with the feedback and
// rating buttons after each answer, a top bar (progress, time, counts, undo, bury, suspend,
// help, back) and a friendly screen when nothing is due.
#pragma once

#include <functional>
#include <optional>
#include <string>

#include "app/study/session.h"
#include "app/ui/shell/help_overlay.h"
#include "app/ui/study/feedback_panel.h"
#include "app/ui/study/question_panel.h"
#include "app/ui/widgets/widget_rects.h"
#include "storage/collection.h"

namespace summit::ui {

// Where the study view asks to go next; the shell applies it after the frame.
enum class StudyExit {
    kNone,
    kHome,     // back, nothing answered (or from the "nothing due" screen)
    kSummary,  // the session finished or was left after answering something
    kQuiz,     // "Start a quiz" on the "nothing due" screen
    kEdit,     // "Edit this question" (E) on the answer: the editor on the current card
};

// What the study view keeps between frames besides the session itself.
struct StudyUiState {
    std::string deck_label;    // shown in the top bar: the deck name, or "All decks"
    std::string message;       // the last error (e.g. a failed write), shown in the top bar
    bool nothing_due = false;  // the session had no card from the start
    std::optional<int64_t> next_due_ms;  // for the "nothing due" screen
};

// Keys (besides those of QuestionPanel and FeedbackPanel), ignored while the help is open
// except to close it; letters never act while a text field has the keyboard:
//   Ctrl+Z, U   undo the last step of this session
//   Ctrl+B, B   bury the current question until tomorrow
//   Ctrl+S, S   suspend the current question
// The plain letters U, B and S act only while the question takes no letters
// (QuestionPanel::WantsLetterKeys): on the answer screen, on a flashcard, multiple choice or
// ordering question; the Ctrl forms act always, even while typing.
//   E           on the answer (revealed or graded): edit this question (StudyExit::kEdit)
//   ?           help overlay
//   Escape      leave: kSummary when anything was answered, else kHome
// Writes go through the session to the collection, which must outlive the view.
// UI thread only, between ImGui::NewFrame() and ImGui::Render().
class StudyView {
  public:
    StudyView(storage::Collection& collection, study::Clock clock)
        : collection_(collection), clock_(std::move(clock)) {}

    // Starts a session on `deck` (nullopt: every deck). On an error the message is shown and
    // the view offers only Back.
    void Start(std::optional<storage::DeckId> deck);
    void Draw();

    // The exit asked for since the last call, once.
    StudyExit TakeExit();
    // Asks for `exit` as if the user had (applied by the shell after the next frame).
    void RequestExit(StudyExit exit) { exit_ = exit; }
    // Answers up to `count` cards with `answer_for(question)`, rating each as suggested
    // (flashcards: Good, or Again for dont_know); for previews and screenshots.
    void PreviewAnswers(int count,
                        const std::function<study::Answer(const content::Question&)>& answer_for);
    // Back from the editor opened with kEdit: the same card, re-read; asked again when
    // `answers_changed`, else still on its answer.
    void ResumeAfterEdit(bool answers_changed);
    // The summary of the session as it stands; nullopt without a session.
    std::optional<study::SessionSummary> Summary() const;
    // Stops the session's clock while the window is unfocused or idle (see
    // StudySession::SetPaused); kept for sessions started later.
    void SetPaused(bool paused);
    // True while a session is running: its clock in the top bar needs a redraw every second.
    bool NeedsTicks() const { return session_.has_value() && !session_->Finished(); }

    const std::optional<study::StudySession>& session() const { return session_; }
    const StudyUiState& state() const { return state_; }
    // Where Markdown questions' images come from (not owned; null shows alt texts).
    void SetImages(ImageSource* images) {
        question_.SetImages(images);
        feedback_.SetImages(images);
    }
    const QuestionPanel& question_panel() const { return question_; }
    const FeedbackPanel& feedback_panel() const { return feedback_; }
    HelpOverlay& help() { return help_; }
    // The view's own rects: "button/undo", "button/bury", "button/suspend", "button/help",
    // "button/back", "button/edit" (on the answer), the counts left "count/new", "count/learning",
    // "count/review", and on the "nothing due" screen "button/home", "button/quiz".
    const WidgetRects& rects() const { return rects_; }

  private:
    void DrawTopBar();
    void DrawNothingDue();
    void HandleSessionKeys();
    void ApplyPending();
    void ShowCurrent();
    void BeginFeedback();
    bool Check(const Status& status);  // false (and the message shown) on an error
    void Leave();
    bool Answered() const;  // the current card's answer is on screen

    storage::Collection& collection_;
    study::Clock clock_;
    std::optional<study::StudySession> session_;
    StudyUiState state_;
    QuestionPanel question_;
    FeedbackPanel feedback_;
    HelpOverlay help_;
    WidgetRects rects_;
    StudyExit exit_ = StudyExit::kNone;
    bool paused_ = false;

    // Intents of this frame, applied after drawing.
    bool undo_ = false;
    bool bury_ = false;
    bool suspend_ = false;
    bool leave_ = false;
    bool edit_ = false;
};

}  // namespace summit::ui
