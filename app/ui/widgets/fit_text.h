// Keeping text and rows of widgets inside narrow windows: a row that wraps instead of running
// off the edge, and text cut with an ellipsis that shows in full in a tooltip.
#pragma once

#include <string>

namespace summit::ui {

// Instead of ImGui::SameLine() before an item `next_width` pixels wide: keeps it on the line
// when it fits before the right edge of the window (or table column), else lets it start the
// next line. `spacing` is
// the gap as for SameLine (< 0: the style's item spacing).
void SameLineIfFits(float next_width, float spacing = -1);

// `text` (UTF-8) cut at a character boundary and ended with "..." so that it is at most
// `max_width` pixels wide in the current font; the text itself when it fits. Never empty for
// non-empty text: at least the ellipsis remains.
std::string Ellipsize(const std::string& text, float max_width);

// Shows `full_text` as a tooltip when the last item is hovered and what it showed was cut.
void TooltipIfCut(const std::string& shown, const std::string& full_text);

}  // namespace summit::ui
