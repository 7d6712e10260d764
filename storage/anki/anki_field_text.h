// What Anki derives from a note's HTML fields when it stores the note: the sort field
// (notes.sfld) and the first field's checksum (notes.csum, which Anki's duplicate check reads).
// A package must carry the values Anki itself would compute, or its duplicate search misses.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace summit::storage::anki {

// The field as text: comments, <style> and <script> elements and tags removed, an <img>
// replaced by " NAME " (its src) so pictures stay distinguishable, entities decoded (&nbsp;
// as a plain space). The form Anki sorts and checksums by.
std::string StripHtmlKeepingMedia(std::string_view html);

// notes.csum: the first 8 hex digits of the SHA-1 of StripHtmlKeepingMedia(first field), read
// as an unsigned 32-bit number.
std::uint32_t FieldChecksum(std::string_view first_field_html);

}  // namespace summit::storage::anki
