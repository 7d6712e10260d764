// The page shown before a quiz with feedback at the end is scored: every question with the
// answer given (or "not answered"), any of which can be opened again to change it.
#pragma once

#include <optional>

#include "app/study/quiz.h"
#include "app/ui/widgets/rich_text.h"
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
// "review/back". A Markdown prompt is drawn as rich text, its row as tall as the text. UI
// thread only.
class QuizReviewPage {
  public:
    // Starts with question `selected` chosen.
    void Open(int selected);
    QuizReviewIntent Draw(const study::Quiz& quiz, bool keys_enabled, WidgetRects& rects);
    int selected() const { return selected_; }
    // Where Markdown prompts' images come from (not owned; null shows alt texts).
    void SetImages(ImageSource* images) { images_ = images; }

  private:
    // The row's selectable and its prompt; true when it was clicked.
    bool DrawPrompt(int index, const content::Question& question, bool selected,
                    WidgetRects& rects);

    ImageSource* images_ = nullptr;
    int selected_ = 0;
    int frames_ = 0;  // the Enter that answered the last question must not also finish
};

}  // namespace summit::ui
