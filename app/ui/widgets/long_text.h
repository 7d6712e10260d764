// Text of any length on screen. ImGui 1.86 draws one text item into a draw list indexed with
// 16-bit vertex indices and does not clip wrapped text line by line, so one wrapped item of
// tens of thousands of characters overflows 65,535 vertices and aborts the window. Drawing the
// text as separate items of a bounded size lets ImGui skip every piece that is off screen.
#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

#include <imgui.h>

namespace summit::ui {

// The most bytes of text one item holds: at four vertices a glyph, the pieces visible at once
// stay far below the 65,535 vertices of a draw list.
inline constexpr size_t kTextPieceBytes = 1000;

// True for the second to fourth bytes of a UTF-8 character: no cut may fall before one.
inline bool IsUtf8Continuation(char c) {
    return (static_cast<unsigned char>(c) & 0xC0) == 0x80;
}

// `text` cut into pieces of at most `max_bytes` (> 0) bytes, in order: at the last line break
// that fits (dropped), else at the last space (dropped, as wrapping drops it), else at a UTF-8
// character boundary. Text that fits is one piece; an empty text is one empty piece.
std::vector<std::string_view> SplitLongText(std::string_view text,
                                            size_t max_bytes = kTextPieceBytes);

// Draws `text` (UTF-8) like ImGui::TextUnformatted, at the wrap position the caller pushed
// (ImGui::PushTextWrapPos), in pieces of at most kTextPieceBytes laid out without gaps between
// them. Safe for any length. `color`, when given, replaces the text colour.
void LongText(std::string_view text, const ImVec4* color = nullptr);

// LongText wrapped at the right edge of the window or table column.
void LongTextWrapped(std::string_view text, const ImVec4* color = nullptr);

}  // namespace summit::ui
