// The quiz view: takes a quiz question by question (as in a study session), with a countdown
// when timed and feedback after each answer when the setup asks for it.
#pragma once

#include <functional>
#include <optional>
#include <string>

#include "app/study/quiz.h"
#include "app/ui/quiz/quiz_review_page.h"
#include "app/ui/shell/help_overlay.h"
#include "app/ui/study/feedback_panel.h"
#include "app/ui/study/question_panel.h"
#include "app/ui/widgets/widget_rects.h"
#include "storage/collection.h"

namespace summit::ui {

enum class QuizExit {
    kNone,
    kResults,  // the quiz was finished and saved; its result is LastResult()
    kHome,     // abandoned with Escape / Back: nothing is saved
};

// With feedback at the end, answering or skipping the last question opens the review page (every
// answer, any of which can be changed: after the change the page comes back) and Enter there
// finishes; with immediate feedback Continue on the last question finishes. When the time limit
// runs out the quiz finishes at once. Keys besides the panels': ? help, Escape leave, Page Up /
// Page Down previous / next question. Leaving (Escape or Abandon) with nothing answered goes home
// at once; with answers it asks first: Enter finishes and scores what was answered, Escape keeps
// going, and only the "Abandon" button throws the attempt away. UI thread only, between
// ImGui::NewFrame() and ImGui::Render().
class QuizView {
  public:
    QuizView(storage::Collection& collection, study::Clock clock)
        : collection_(collection), clock_(std::move(clock)) {}

    // Draws the questions of `setup` with `seed`. On an error (e.g. no question matches)
    // returns it and the view stays empty.
    [[nodiscard]] Status Start(const study::QuizSetup& setup, uint64_t seed);
    void Draw();

    QuizExit TakeExit();
    // Answers up to `count` questions with `answer_for(question)` (flashcards rated Good, or
    // Again for dont_know); for previews and screenshots.
    void PreviewAnswers(int count,
                        const std::function<study::Answer(const content::Question&)>& answer_for);
    // Finishes now (also the "Finish" button). Errors are shown in the view.
    void Finish();
    // Shows the review page (what the last answer does with feedback at the end).
    void OpenReview();
    // True while the review page is shown instead of a question.
    bool Reviewing() const { return reviewing_; }
    const QuizReviewPage& review_page() const { return review_; }

    bool NeedsTicks() const { return quiz_.has_value() && !quiz_->Finished(); }
    const std::optional<study::Quiz>& quiz() const { return quiz_; }
    // Where Markdown questions' images come from (not owned; null shows alt texts).
    void SetImages(ImageSource* images) {
        question_.SetImages(images);
        feedback_.SetImages(images);
        review_.SetImages(images);
    }
    const QuestionPanel& question_panel() const { return question_; }
    const FeedbackPanel& feedback_panel() const { return feedback_; }
    HelpOverlay& help() { return help_; }
    // True while the "leave this quiz?" question is shown.
    bool ConfirmingLeave() const { return confirm_leave_; }
    // "button/prev", "button/next", "button/finish", "button/help", "button/back", while
    // confirming "confirm/finish", "confirm/stay", "confirm/abandon", and the review page's.
    const WidgetRects& rects() const { return rects_; }

  private:
    void DrawTopBar();
    void DrawLeaveConfirm();
    void ApplyPending();
    void ApplyReview();
    // After question `answered` was answered with feedback at the end: where to go next.
    void AfterAtEndAnswer(bool was_last, int answered);
    void ShowCurrent();
    void BeginFeedback(bool self_rated);
    bool Check(const Status& status);

    storage::Collection& collection_;
    study::Clock clock_;
    std::optional<study::Quiz> quiz_;
    QuestionPanel question_;
    FeedbackPanel feedback_;
    HelpOverlay help_;
    WidgetRects rects_;
    std::string message_;
    QuizExit exit_ = QuizExit::kNone;
    bool prev_ = false;
    bool next_ = false;
    bool finish_ = false;
    bool leave_ = false;
    bool abandon_ = false;        // leave without saving, confirmed
    bool confirm_leave_ = false;  // asking before answered questions are thrown away
    int confirm_frames_ = 0;      // the Escape that opened the question must not close it
    QuizReviewPage review_;
    QuizReviewIntent review_intent_;
    bool reviewing_ = false;       // the review page is shown instead of a question
    bool back_to_review_ = false;  // a question opened from the review page returns to it
};

}  // namespace summit::ui
