// The quiz results view: the score with a breakdown by type and topic, and a review of every
// mistake with the right answer and its explanation.
#pragma once

#include "app/study/quiz.h"
#include "app/ui/widgets/result_tables.h"
#include "app/ui/widgets/rich_text.h"
#include "app/ui/widgets/widget_rects.h"

namespace summit::ui {

// Enter, Space, Escape or "Back to decks" ask to go home; with mistakes, R or "Retake my
// mistakes" asks for a new quiz of exactly those questions (study::RetakeMistakesSetup).
// UI thread only, between ImGui::NewFrame() and ImGui::Render().
class QuizResultsView {
  public:
    // `topic_names` name the topics of the "by topic" table (topics not in it show their id).
    void Show(study::QuizResult result, TopicNames topic_names = {});
    void Draw();
    // Where Markdown questions' images come from (not owned; null shows alt texts).
    void SetImages(ImageSource* images) { images_ = images; }

    bool TakeBackRequest();
    bool TakeRetakeRequest();
    const study::QuizResult& result() const { return result_; }
    // "button/back", and with mistakes "button/retake".
    const WidgetRects& rects() const { return rects_; }

  private:
    void DrawBreakdown();
    void DrawMistakes();

    study::QuizResult result_;
    TopicNames topic_names_;
    bool back_requested_ = false;
    bool retake_requested_ = false;
    int shown_frames_ = 0;  // the key that finished the quiz must not also leave the results
    WidgetRects rects_;
    ImageSource* images_ = nullptr;
};

}  // namespace summit::ui
