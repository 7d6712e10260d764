// The page shown before a quiz with feedback at the end is scored: every question with the
// answer given (or "not answered"), any of which can be opened again to change it.
#pragma once

#include <optional>

#include "app/study/quiz.h"
#include "app/ui/widgets/widget_rects.h"

namespace summit::ui {

// What the student asked for on the review page this frame.
struct QuizReviewIntent {
    std::optional<int> change;  // open this question (0-based) to change its answer
    bool finish = false;        // score the quiz
    bool back = false;          // back to the last question
};

// Draws into the current window. Keys: Enter finish, Up / Down choose a question, Space
// change it, Page Up back to the last question. Records "review/row/N", "review/finish" and
// "review/back". UI thread only.
class QuizReviewPage {
  public:
    // Starts with question `selected` chosen.
    void Open(int selected);
    QuizReviewIntent Draw(const study::Quiz& quiz, bool keys_enabled, WidgetRects& rects);
    int selected() const { return selected_; }

  private:
    int selected_ = 0;
    int frames_ = 0;  // the Enter that answered the last question must not also finish
};

}  // namespace summit::ui
