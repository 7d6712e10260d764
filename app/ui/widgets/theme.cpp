// Colour themes and the em size helper.
#include "app/ui/widgets/theme.h"

#include <imgui.h>

namespace summit::ui {
namespace {

// Softer corners and roomier padding than ImGui's defaults read better for a study app,
// where the window is looked at for long stretches rather than tweaked like a tool.
void ApplySpacing(ImGuiStyle& style) {
    style.WindowPadding = ImVec2(14, 12);
    style.FramePadding = ImVec2(10, 6);
    style.CellPadding = ImVec2(8, 5);
    style.ItemSpacing = ImVec2(10, 8);
    style.ItemInnerSpacing = ImVec2(6, 6);
    style.WindowRounding = 0;
    style.FrameRounding = 4;
    style.GrabRounding = 4;
    style.TabRounding = 4;
    style.PopupRounding = 4;
    style.ScrollbarSize = 14;
}

}  // namespace

void ApplyTheme(Theme theme, float scale) {
    ImGuiStyle& style = ImGui::GetStyle();
    style = ImGuiStyle();
    if (theme == Theme::kDark) {
        ImGui::StyleColorsDark(&style);
        style.Colors[ImGuiCol_WindowBg] = ImVec4(0.11f, 0.12f, 0.14f, 1.0f);
    } else {
        ImGui::StyleColorsLight(&style);
        style.Colors[ImGuiCol_WindowBg] = ImVec4(0.97f, 0.97f, 0.96f, 1.0f);
    }
    ApplySpacing(style);
    style.ScaleAllSizes(scale);
}

float Em(float ems) {
    return ems * ImGui::GetFontSize();
}

}  // namespace summit::ui
