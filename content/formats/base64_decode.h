// Base64 (RFC 4648) decoding, for files a bank embeds as text (Moodle XML's <file>).
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace summit::content {

// The bytes of base64 text, whitespace between the characters ignored and the final "="
// padding optional; nullopt for any other character, a misplaced "=" or a length that is no
// whole number of bytes.
std::optional<std::string> DecodeBase64(std::string_view text);

}  // namespace summit::content
