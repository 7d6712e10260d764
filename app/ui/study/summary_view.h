// The session summary: what was answered, accuracy by type and by topic, time spent, and what
// is due next.
#pragma once

#include <cstdint>
#include <string>

#include "app/study/session.h"
#include "app/ui/widgets/result_tables.h"
#include "app/ui/widgets/widget_rects.h"

namespace summit::ui {

// Shows one SessionSummary. Enter, Space, Escape or "Back to decks" ask to go home.
// Must be called between ImGui::NewFrame() and ImGui::Render() on the UI thread.
class SummaryView {
  public:
    // `deck` is the deck name shown in the title ("All decks" when empty); `now_ms` is used to
    // say how far away the next due card is; `topic_names` name the topics of the "by topic"
    // table (topics not in it show their id).
    void Show(std::string deck, study::SessionSummary summary, int64_t now_ms,
              TopicNames topic_names = {});
    void Draw();

    // True once after the user asked to go back.
    bool TakeBackRequest();
    const study::SessionSummary& summary() const { return summary_; }
    // "button/back".
    const WidgetRects& rects() const { return rects_; }

  private:
    std::string deck_;
    study::SessionSummary summary_;
    TopicNames topic_names_;
    int64_t now_ms_ = 0;
    bool back_requested_ = false;
    int shown_frames_ = 0;  // the Enter that ended the session must not also leave the summary
    WidgetRects rects_;
};

// The summary's honest title: "Stopped early" (left with cards still in the queue), "Session
// paused" (the queue is empty but cards come back later today), else "Session complete".
const char* SummaryTitle(const study::SessionSummary& summary);
// "in 10 minutes", "in 3 hours", "tomorrow at 09:30", "on Dec 04 at 09:30", or "now".
std::string DescribeWhen(int64_t when_ms, int64_t now_ms);
// "Flashcards", "Multiple choice", "True / false", "Typed answer", "Cloze", "Matching",
// "Ordering": how the views name the question types.
const char* QuestionTypeLabel(content::QuestionType type);
// "1 min 05 s", "42 s", "1 h 02 min".
std::string DescribeDuration(int64_t ms);

}  // namespace summit::ui
