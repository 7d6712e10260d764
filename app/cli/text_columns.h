// Padding text into terminal columns by display width, not bytes: "–" is three bytes but one
// column, and "日本" is two characters but four columns.
#pragma once

#include <string>

namespace summit::cli {

// Columns `text` (UTF-8) takes on a terminal; invalid bytes count one column each.
size_t DisplayWidth(const std::string& text);

// `text` followed by spaces up to `width` columns (PadLeft: spaces first). Text already as
// wide or wider is returned unchanged, so a long name pushes its row rather than being cut.
std::string PadRight(const std::string& text, size_t width);
std::string PadLeft(const std::string& text, size_t width);

}  // namespace summit::cli
