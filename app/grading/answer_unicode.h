// Internal helpers for answer_text: UTF-8 decoding and the Unicode fold (typographic variants,
// NFKC, case fold, marks stripped) that answer comparison and the answer diff share.
#pragma once

#include <string>
#include <string_view>

namespace summit::study {

// Code points of `text`; each invalid byte becomes U+FFFD.
std::u32string Decode(std::string_view text);
std::string Encode(std::u32string_view text);

// Typographic variants to ASCII, then NFKC + case fold + strip marks + drop default
// ignorables. The result is valid UTF-8; punctuation and spacing are kept as they are.
std::string FoldText(std::string_view text);

// Unicode whitespace, line breaks and control characters.
bool IsSpace(char32_t c);
// A decimal digit of any script (category Nd).
bool IsDigit(char32_t c);

}  // namespace summit::study
