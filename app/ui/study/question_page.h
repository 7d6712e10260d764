// The page the study and quiz views share: a top bar of progress, clock and buttons over the
// question, its feedback once answered, and the rating (or Continue) row pinned at the bottom.
// The views keep their own state and top-bar contents; these functions only draw.
#pragma once

#include <cstdint>
#include <string>

#include <imgui.h>

#include "app/ui/study/feedback_panel.h"
#include "app/ui/study/question_panel.h"
#include "app/ui/widgets/widget_rects.h"

namespace summit::ui {

// A top-bar button recorded as `rect_name`, with `tip` (may be null) as its tooltip, also
// while disabled. True on the frame it is clicked.
bool TopBarButton(const char* label, const char* tip, bool enabled, WidgetRects& rects,
                  const char* rect_name);

// The top bar's progress bar: `fraction` (0..1) filled, `label` over it, as wide as the row
// minus `reserve_em` ems for what follows it on the same line (at least 8 ems).
void TopBarProgress(float fraction, const char* label, float reserve_em);

// `seconds` as a clock, "mm:ss".
std::string ClockText(int64_t seconds);

// The last error, in the error colour, on the same line as what came before; nothing when
// `message` is empty.
void TopBarMessage(const std::string& message);

// Below the top bar: `question` in a scrolling child `child_id`, then, with `with_feedback`,
// the feedback details under it and the rating row pinned below the child. `keys_enabled`
// goes to both panels (false while the help overlay is open).
void DrawQuestionPage(const char* child_id, QuestionPanel& question, FeedbackPanel& feedback,
                      bool keys_enabled, bool with_feedback);

}  // namespace summit::ui
