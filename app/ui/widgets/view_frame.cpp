// The shared full-screen window of the views.
#include "app/ui/widgets/view_frame.h"

#include <imgui.h>

namespace summit::ui {

bool BeginFullscreenView(const char* label_and_id) {
    const ImGuiViewport* viewport = ImGui::GetMainViewport();
    ImGui::SetNextWindowPos(viewport->WorkPos);
    ImGui::SetNextWindowSize(viewport->WorkSize);
    // No saved settings: the size always comes from the viewport, never from imgui.ini. Never
    // brought to front, so popups and overlays opened by the view stay above it.
    const ImGuiWindowFlags flags = ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove |
                                   ImGuiWindowFlags_NoSavedSettings |
                                   ImGuiWindowFlags_NoBringToFrontOnFocus;
    // The border only matters while Begin lays the window out, so it is popped straight away.
    ImGui::PushStyleVar(ImGuiStyleVar_WindowBorderSize, 0);
    const bool open = ImGui::Begin(label_and_id, nullptr, flags);
    ImGui::PopStyleVar();
    return open;
}

void EndFullscreenView() {
    ImGui::End();
}

}  // namespace summit::ui
