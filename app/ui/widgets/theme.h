// The look of the app: colour themes, the semantic palette views draw with, and the em-based
// size helper every view uses instead of raw pixel constants. Needs a current ImGui context;
// no GLFW, no GL.
#pragma once

#include <imgui.h>

namespace summit::ui {

enum class Theme { kDark, kLight };

// The font size, in logical pixels, that one em means at content scale 1 and UI scale 1.
inline constexpr float kBaseFontPx = 18.0f;

// The colours of one theme, named by what they mean rather than by hue, so views never pick a
// colour themselves. Every text colour below reads at WCAG AA (4.5:1) on window_bg and
// popup_bg; text, muted, success, warning and error also on button and selected (a right or
// wrong answer is drawn on the chosen button or row); text on every other background here.
// tests/app/ui/theme_contrast_test.cpp measures all of it for both themes.
struct Palette {
    // Backgrounds. All opaque, so a contrast ratio is the same whatever lies behind them.
    ImVec4 window_bg;         // ImGuiCol_WindowBg (child windows are transparent over it)
    ImVec4 popup_bg;          // ImGuiCol_PopupBg: tooltips, popups, the help overlay
    ImVec4 frame_bg;          // ImGuiCol_FrameBg: text fields, check boxes, progress bars
    ImVec4 button;            // ImGuiCol_Button
    ImVec4 button_hovered;    // ImGuiCol_ButtonHovered
    ImVec4 button_active;     // ImGuiCol_ButtonActive (held down)
    ImVec4 selected;          // a chosen button or row: a true/false pick, the lit rating, the
                              // chosen period, a ticked answer (also ImGuiCol_Header)
    ImVec4 selected_hovered;  // ImGuiCol_HeaderHovered
    ImVec4 progress_fill;     // ImGuiCol_PlotHistogram: a progress bar's fill under its label
    ImVec4 success_fill;      // the fill of a bar of something achieved (topics mastered)
    ImVec4 missing_bg;        // behind letters the answer lacked (a close miss's diff)
    ImVec4 extra_bg;          // behind letters the answer had too many

    // Text.
    ImVec4 text;     // ImGuiCol_Text
    ImVec4 muted;    // secondary text, hints and axis labels (ImGuiCol_TextDisabled)
    ImVec4 accent;   // plain data series (due cards, quiz scores, answers per day)
    ImVec4 success;  // right, saved, a good score
    ImVec4 warning;  // almost, partly right, a fair score, the last minute of a timed quiz
    ImVec4 error;    // wrong, failed, a poor score

    // Card states: the counts on Home and in the study bar, and every state chart.
    ImVec4 state_new;
    ImVec4 state_learning;
    ImVec4 state_review;
    ImVec4 state_relearning;
    ImVec4 state_suspended;

    // Answer ratings in charts; hues distinct from the card states'.
    ImVec4 rating_again;
    ImVec4 rating_hard;
    ImVec4 rating_good;
    ImVec4 rating_easy;
};

// The palette of `theme`; lives as long as the program.
const Palette& PaletteOf(Theme theme);

// The palette of the theme last applied to the current context (told apart by the window
// background's brightness: ImGui's own default style counts as dark). Without a context, the
// dark palette. The reference stays valid; its colours are constants.
const Palette& Colors();

// `color` packed for ImDrawList calls and chart series.
inline ImU32 ToU32(const ImVec4& color) {
    return ImGui::ColorConvertFloat4ToU32(color);
}

// Applies the colours and spacing of `theme` to the current context's style, with every size
// multiplied by `scale` (the monitor's content scale times the user's UI scale, > 0). Call it
// once after creating the context, and again whenever the theme or the scale changes: it
// resets the style first, so scaling never compounds.
void ApplyTheme(Theme theme, float scale);

// `ems` times the current font size. The font is baked at kBaseFontPx x scale, so sizes given
// in ems follow the content scale and the UI scale without views knowing either.
float Em(float ems);

}  // namespace summit::ui
