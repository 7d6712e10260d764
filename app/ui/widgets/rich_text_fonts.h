// The faces rich text is drawn with, found in the current font atlas by the names FontSet
// gives them. Any face the atlas lacks is the regular font, so text always draws.
#pragma once

#include <cstdint>

#include <imgui.h>

namespace summit::ui {

inline constexpr const char* kBoldFontName = "Summit Bold";
inline constexpr const char* kItalicFontName = "Summit Italic";
inline constexpr const char* kBoldItalicFontName = "Summit Bold Italic";

struct RichFonts {
    ImFont* regular = nullptr;
    ImFont* bold = nullptr;
    ImFont* italic = nullptr;
    ImFont* bold_italic = nullptr;

    // The face for content::StyleBit flags (super- and subscript only change the size).
    ImFont* ForStyle(uint8_t style) const;
};

// regular = the current font; the others from io.Fonts by name, else regular.
RichFonts FindRichFonts();

}  // namespace summit::ui
