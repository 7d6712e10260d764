// Colour themes, their semantic palettes, and the em size helper.
#include "app/ui/widgets/theme.h"

namespace summit::ui {
namespace {

// An opaque colour from 0xRRGGBB, as design tools and contrast checkers write it.
ImVec4 Hex(unsigned rgb) {
    return ImVec4(static_cast<float>((rgb >> 16) & 0xFF) / 255.0f,
                  static_cast<float>((rgb >> 8) & 0xFF) / 255.0f,
                  static_cast<float>(rgb & 0xFF) / 255.0f, 1.0f);
}

// Dark: light, slightly desaturated hues on a blue-grey ground; buttons are dark slate so
// white labels and the answer colours both read on them.
Palette MakeDark() {
    Palette p;
    p.window_bg = Hex(0x1C1F24);
    p.popup_bg = Hex(0x16181C);
    p.frame_bg = Hex(0x263447);
    p.button = Hex(0x2A3B52);
    p.button_hovered = Hex(0x3A5170);
    p.button_active = Hex(0x21456F);
    p.selected = Hex(0x183C6A);
    p.selected_hovered = Hex(0x2A5283);
    p.progress_fill = Hex(0x2F62A0);
    p.success_fill = Hex(0x2B5F3C);
    p.missing_bg = Hex(0x24513A);
    p.extra_bg = Hex(0x5E2A28);

    p.text = Hex(0xFFFFFF);
    p.muted = Hex(0xA3A8B0);
    p.accent = Hex(0x79B0F7);
    p.success = Hex(0x5CCB7A);
    p.warning = Hex(0xF0A94A);
    p.error = Hex(0xFF8A80);

    p.state_new = Hex(0x7DB2F7);
    p.state_learning = Hex(0xE6D45C);
    p.state_review = Hex(0x5CCB7A);
    p.state_relearning = Hex(0xD98CE6);
    p.state_suspended = Hex(0xA3A8B0);

    p.rating_again = Hex(0xFF8A80);
    p.rating_hard = Hex(0xF0A94A);
    p.rating_good = Hex(0x4FC9C0);
    p.rating_easy = Hex(0xA99BF5);
    return p;
}

// Light: the same hues, darkened until they read on a near-white ground and on pale buttons.
Palette MakeLight() {
    Palette p;
    p.window_bg = Hex(0xF7F7F5);
    p.popup_bg = Hex(0xFFFFFF);
    p.frame_bg = Hex(0xE9ECF0);
    p.button = Hex(0xE3E8EF);
    p.button_hovered = Hex(0xD5DDE8);
    p.button_active = Hex(0xC8D3E2);
    p.selected = Hex(0xC9DCF5);
    p.selected_hovered = Hex(0xB9D0F0);
    p.progress_fill = Hex(0x9CC1F2);
    p.success_fill = Hex(0xA9D6B5);
    p.missing_bg = Hex(0xA8DDB6);
    p.extra_bg = Hex(0xF8C9C4);

    p.text = Hex(0x000000);
    p.muted = Hex(0x555960);
    p.accent = Hex(0x1F5FB8);
    p.success = Hex(0x146B2E);
    p.warning = Hex(0x8A5000);
    p.error = Hex(0xB3201F);

    p.state_new = Hex(0x1A55A6);
    p.state_learning = Hex(0x6B5200);
    p.state_review = Hex(0x146B2E);
    p.state_relearning = Hex(0x9B3DAE);
    p.state_suspended = Hex(0x555960);

    p.rating_again = Hex(0xB3201F);
    p.rating_hard = Hex(0x9C4900);
    p.rating_good = Hex(0x06706A);
    p.rating_easy = Hex(0x5B4CC4);
    return p;
}

// The style colours the palette owns; the rest keep ImGui's values for the theme.
void ApplyPalette(const Palette& p, ImGuiStyle& style) {
    ImVec4* c = style.Colors;
    c[ImGuiCol_WindowBg] = p.window_bg;
    c[ImGuiCol_PopupBg] = p.popup_bg;
    c[ImGuiCol_FrameBg] = p.frame_bg;
    c[ImGuiCol_Button] = p.button;
    c[ImGuiCol_ButtonHovered] = p.button_hovered;
    c[ImGuiCol_ButtonActive] = p.button_active;
    c[ImGuiCol_Header] = p.selected;
    c[ImGuiCol_HeaderHovered] = p.selected_hovered;
    c[ImGuiCol_HeaderActive] = p.button_active;
    c[ImGuiCol_PlotHistogram] = p.progress_fill;
    c[ImGuiCol_Text] = p.text;
    c[ImGuiCol_TextDisabled] = p.muted;
}

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

const Palette& PaletteOf(Theme theme) {
    static const Palette kDark = MakeDark();
    static const Palette kLight = MakeLight();
    return theme == Theme::kDark ? kDark : kLight;
}

const Palette& Colors() {
    if (ImGui::GetCurrentContext() == nullptr) {
        return PaletteOf(Theme::kDark);
    }
    const ImVec4& bg = ImGui::GetStyle().Colors[ImGuiCol_WindowBg];
    const float brightness = 0.2126f * bg.x + 0.7152f * bg.y + 0.0722f * bg.z;
    return PaletteOf(brightness < 0.5f ? Theme::kDark : Theme::kLight);
}

void ApplyTheme(Theme theme, float scale) {
    ImGuiStyle& style = ImGui::GetStyle();
    style = ImGuiStyle();
    if (theme == Theme::kDark) {
        ImGui::StyleColorsDark(&style);
    } else {
        ImGui::StyleColorsLight(&style);
    }
    ApplyPalette(PaletteOf(theme), style);
    ApplySpacing(style);
    style.ScaleAllSizes(scale);
}

float Em(float ems) {
    return ems * ImGui::GetFontSize();
}

}  // namespace summit::ui
