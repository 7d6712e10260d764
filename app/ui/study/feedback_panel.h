// The feedback panel shown after answering: the verdict, the right answer, the diff of a close
// miss, the explanation and source, and the Again / Hard / Good / Easy buttons with their next
// intervals.
#pragma once

#include <array>
#include <optional>
#include <string>

#include "app/grading/grading.h"
#include "app/ui/widgets/rich_text.h"
#include "app/ui/widgets/widget_rects.h"
#include "content/model/card.h"
#include "content/model/question.h"

namespace summit::ui {

// What the feedback panel shows for one graded answer.
struct FeedbackInput {
    content::Question question;            // as asked (the studied direction)
    study::GradeResult grade;              // from study::Grade
    std::optional<Rating> suggested;       // from study::SuggestRating; nullopt = self-rated
    std::array<std::string, 4> intervals;  // next interval per rating, Again..Easy, e.g. "10m";
                                           // an empty label shows the rating name only
    bool show_ratings = true;  // false (a quiz that does not schedule): one Continue button
};

// Draws into the window its host has begun; it opens no window of its own. Keys act only
// while that window (or a child) is focused, SetKeysEnabled(true) and no text field has the
// keyboard:
//   1-4            rate Again, Hard, Good, Easy at once (with show_ratings)
//   Enter, Space   accept the highlighted rating (or Continue)
// The highlighted rating is the suggested one, or Good when there is none (a flashcard).
// "I was right" (shown for an "almost" answer) highlights Good and marks the answer as
// accepted; the student then accepts it with Enter or picks another rating.
// Rects recorded each frame: "rate/1".."rate/4" (by Rating value), "continue", "i_was_right".
// UI thread only, between ImGui::NewFrame() and ImGui::Render().
class FeedbackPanel {
  public:
    // Starts showing `input`; forgets any rating not yet taken.
    void Begin(FeedbackInput input);
    // DrawDetails() then DrawRatings().
    void Draw();
    // The verdict, the right answer, the diff, per-choice feedback, explanation and source.
    void DrawDetails();
    // The rating buttons (or Continue) and their keys; the host may draw them apart from the
    // details, e.g. pinned under a scrolling region.
    void DrawRatings();

    // The rating chosen since the last call, once; nullopt while none was chosen. Without
    // show_ratings, Continue gives the highlighted rating.
    std::optional<Rating> TakeRating();

    Rating highlighted() const { return highlighted_; }
    // "I was right" was pressed for this answer.
    bool accepted_as_right() const { return accepted_as_right_; }
    bool has_input() const { return has_input_; }

    // Off while the host shows an overlay so keys go there instead.
    void SetKeysEnabled(bool enabled) { keys_enabled_ = enabled; }
    // Where Markdown questions' images come from; null shows their alt text. Not owned.
    void SetImages(ImageSource* images) { images_ = images; }

    const WidgetRects& rects() const { return rects_; }

  private:
    void DrawVerdict();
    void DrawDiff(const std::vector<study::DiffSegment>& diff);
    void DrawSource();
    void HandleKeys();

    FeedbackInput input_;
    bool has_input_ = false;
    WidgetRects rects_;
    ImageSource* images_ = nullptr;
    bool keys_enabled_ = true;
    Rating highlighted_ = Rating::kGood;
    std::optional<Rating> taken_;
    bool accepted_as_right_ = false;
};

}  // namespace summit::ui
