// The look of the app: colour themes and the em-based size helper every view uses instead of
// raw pixel constants. Needs a current ImGui context; no GLFW, no GL.
#pragma once

namespace summit::ui {

enum class Theme { kDark, kLight };

// The font size, in logical pixels, that one em means at content scale 1 and UI scale 1.
inline constexpr float kBaseFontPx = 18.0f;

// Applies the colours and spacing of `theme` to the current context's style, with every size
// multiplied by `scale` (the monitor's content scale times the user's UI scale, > 0). Call it
// once after creating the context, and again whenever the theme or the scale changes: it
// resets the style first, so scaling never compounds.
void ApplyTheme(Theme theme, float scale);

// `ems` times the current font size. The font is baked at kBaseFontPx x scale, so sizes given
// in ems follow the content scale and the UI scale without views knowing either.
float Em(float ems);

}  // namespace summit::ui
