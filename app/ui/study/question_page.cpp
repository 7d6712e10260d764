// The question page shared by the study and quiz views.
#include "app/ui/study/question_page.h"

#include <algorithm>
#include <cstdio>

#include "app/ui/widgets/theme.h"

namespace summit::ui {

bool TopBarButton(const char* label, const char* tip, bool enabled, WidgetRects& rects,
                  const char* rect_name) {
    ImGui::BeginDisabled(!enabled);
    const bool pressed = ImGui::Button(label);
    ImGui::EndDisabled();
    rects.RecordLastItem(rect_name);
    if (tip != nullptr && ImGui::IsItemHovered(ImGuiHoveredFlags_AllowWhenDisabled)) {
        ImGui::SetTooltip("%s", tip);
    }
    return pressed;
}

void TopBarProgress(float fraction, const char* label, float reserve_em) {
    const float least = std::max(Em(8), ImGui::CalcTextSize(label).x + Em(1));
    if (ImGui::GetContentRegionAvail().x < least) {
        ImGui::NewLine();  // a long title at a large scale: the bar takes the next line whole
    }
    const float width = std::max(least, ImGui::GetContentRegionAvail().x - Em(reserve_em));
    ImGui::ProgressBar(fraction, ImVec2(width, 0), label);
}

std::string ClockText(int64_t seconds) {
    char text[32];
    std::snprintf(text, sizeof text, "%02lld:%02lld", static_cast<long long>(seconds / 60),
                  static_cast<long long>(seconds % 60));
    return text;
}

void TopBarMessage(const std::string& message) {
    if (message.empty()) {
        return;
    }
    ImGui::SameLine(0, Em(1));
    ImGui::TextColored(Colors().error, "%s", message.c_str());
}

void DrawQuestionPage(const char* child_id, QuestionPanel& question, FeedbackPanel& feedback,
                      bool keys_enabled, bool with_feedback) {
    question.SetKeysEnabled(keys_enabled);
    feedback.SetKeysEnabled(keys_enabled);
    const bool shown = with_feedback && feedback.has_input();
    // The rating row stays pinned under the scrolling question and feedback.
    const float footer = shown ? ImGui::GetFrameHeightWithSpacing() * 2.2f : 0.0f;
    ImGui::BeginChild(child_id, ImVec2(0, -footer));
    question.Draw();
    if (shown) {
        ImGui::Spacing();
        ImGui::Separator();
        feedback.DrawDetails();
    }
    ImGui::EndChild();
    if (shown) {
        ImGui::Separator();
        feedback.DrawRatings();
    }
}

}  // namespace summit::ui
