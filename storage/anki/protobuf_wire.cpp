// The protobuf wire format: a key varint (field number << 3 | wire type), then the value.
#include "storage/anki/protobuf_wire.h"

namespace summit::storage::anki {

bool WireReader::ReadVarint(std::uint64_t& value) {
    value = 0;
    for (int shift = 0; shift < 64; shift += 7) {
        if (rest_.empty()) {
            error_ = "a protobuf varint runs past the end of the message";
            return false;
        }
        const auto byte = static_cast<std::uint8_t>(rest_.front());
        rest_.remove_prefix(1);
        value |= static_cast<std::uint64_t>(byte & 0x7f) << shift;
        if ((byte & 0x80) == 0) {
            return true;
        }
    }
    error_ = "a protobuf varint is longer than 10 bytes";
    return false;
}

bool WireReader::Skip(std::size_t count) {
    if (count > rest_.size()) {
        error_ = "a protobuf field runs past the end of the message";
        return false;
    }
    rest_.remove_prefix(count);
    return true;
}

bool WireReader::Next(WireField& field) {
    while (!rest_.empty()) {
        std::uint64_t key = 0;
        if (!ReadVarint(key)) {
            return false;
        }
        field = WireField{};
        field.number = static_cast<std::uint32_t>(key >> 3);
        field.wire_type = static_cast<int>(key & 7);
        if (field.number == 0 || key >> 32 != 0) {
            error_ = "a protobuf field has an invalid number";
            return false;
        }
        switch (field.wire_type) {
            case 0:
                return ReadVarint(field.varint);
            case 1:
                if (!Skip(8)) {
                    return false;
                }
                continue;
            case 2: {
                std::uint64_t length = 0;
                if (!ReadVarint(length)) {
                    return false;
                }
                if (length > rest_.size()) {
                    error_ = "a protobuf field runs past the end of the message";
                    return false;
                }
                field.bytes = rest_.substr(0, static_cast<std::size_t>(length));
                rest_.remove_prefix(static_cast<std::size_t>(length));
                return true;
            }
            case 5:
                if (!Skip(4)) {
                    return false;
                }
                continue;
            default:
                error_ =
                    "a protobuf field has unsupported wire type " + std::to_string(field.wire_type);
                return false;
        }
    }
    return false;
}

}  // namespace summit::storage::anki
