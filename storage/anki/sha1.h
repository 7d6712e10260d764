// SHA-1 (FIPS 180-4), only for the checksum Anki keeps of each note's first field
// (notes.csum), which Anki uses to find duplicates. Not for anything that needs security.
// Written here (about sixty lines) rather than linking a crypto library for one hash.
#pragma once

#include <array>
#include <cstdint>
#include <string_view>

namespace summit::storage::anki {

using Sha1Digest = std::array<std::uint8_t, 20>;

// The digest of `bytes` (any bytes, any length).
Sha1Digest Sha1(std::string_view bytes);

}  // namespace summit::storage::anki
