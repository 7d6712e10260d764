// SHA-256 (FIPS 180-4): the content address of a stored image and the checksum of a class
// report.
#pragma once

#include <array>
#include <cstdint>
#include <string>
#include <string_view>

namespace summit::content {

using Sha256Digest = std::array<uint8_t, 32>;

// The digest of `bytes` (any bytes, any length).
Sha256Digest Sha256(std::string_view bytes);

// The digest as 64 lowercase hexadecimal digits: how media are named in text and storage.
std::string Sha256Hex(std::string_view bytes);

// True when `text` is 64 lowercase hexadecimal digits, the only spelling of a media hash.
bool IsMediaHash(std::string_view text);

}  // namespace summit::content
