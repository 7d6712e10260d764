// Internal: a minimal reader of the protobuf wire format, enough for the few small messages an
// Anki package holds (its version, its media map, note type and template settings). Summit
// decodes them by field number instead of linking libprotobuf and generated code: four
// messages, a few fields each, do not justify a code generator in the build.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace summit::storage::anki {

// One field of a message. Varints (wire type 0) fill `varint`; length-delimited fields (wire
// type 2: strings, bytes, nested messages) fill `bytes`, a view into the message. Fixed 32- and
// 64-bit fields are skipped over, as are fields nobody asks for.
struct WireField {
    std::uint32_t number = 0;
    int wire_type = 0;
    std::uint64_t varint = 0;
    std::string_view bytes;
};

class WireReader {
  public:
    explicit WireReader(std::string_view message) : rest_(message) {}

    // Reads the next field into `field`. False at the end of the message, or on malformed input
    // (a varint longer than 10 bytes, a length past the end, a group or unknown wire type),
    // which then leaves error() non-empty.
    bool Next(WireField& field);
    const std::string& error() const { return error_; }

  private:
    bool ReadVarint(std::uint64_t& value);
    bool Skip(std::size_t count);

    std::string_view rest_;
    std::string error_;
};

}  // namespace summit::storage::anki
