// JSON tokens with escaping and locale-independent number formatting.
#include "content/json/writer.h"

#include <cassert>
#include <charconv>
#include <cmath>

// rapidjson's Grisu2 printer: the double format stored JSON has always used.
#include <rapidjson/internal/dtoa.h>

namespace summit::content::json {

std::string Quote(std::string_view text) {
    static constexpr char kHex[] = "0123456789abcdef";
    std::string out;
    out.reserve(text.size() + 2);
    out.push_back('"');
    for (const char ch : text) {
        const auto byte = static_cast<unsigned char>(ch);
        switch (ch) {
            case '"':
                out += "\\\"";
                break;
            case '\\':
                out += "\\\\";
                break;
            case '\n':
                out += "\\n";
                break;
            case '\r':
                out += "\\r";
                break;
            case '\t':
                out += "\\t";
                break;
            default:
                if (byte < 0x20) {
                    out += "\\u00";
                    out.push_back(kHex[byte >> 4]);
                    out.push_back(kHex[byte & 0xf]);
                } else {
                    // UTF-8 multi-byte sequences pass through unchanged.
                    out.push_back(ch);
                }
        }
    }
    out.push_back('"');
    return out;
}

void Writer::BeforeValue() {
    if (after_key_) {
        after_key_ = false;
        return;
    }
    if (!first_.empty()) {
        if (!first_.back()) {
            out_.push_back(',');
        }
        first_.back() = false;
    }
}

Writer& Writer::StartObject() {
    BeforeValue();
    out_.push_back('{');
    first_.push_back(true);
    return *this;
}

Writer& Writer::EndObject() {
    assert(!first_.empty() && !after_key_);
    first_.pop_back();
    out_.push_back('}');
    return *this;
}

Writer& Writer::StartArray() {
    BeforeValue();
    out_.push_back('[');
    first_.push_back(true);
    return *this;
}

Writer& Writer::EndArray() {
    assert(!first_.empty() && !after_key_);
    first_.pop_back();
    out_.push_back(']');
    return *this;
}

Writer& Writer::Key(std::string_view key) {
    assert(!first_.empty() && !after_key_);
    BeforeValue();
    out_ += Quote(key);
    out_.push_back(':');
    after_key_ = true;
    return *this;
}

Writer& Writer::String(std::string_view text) {
    BeforeValue();
    out_ += Quote(text);
    return *this;
}

Writer& Writer::Int64(std::int64_t value) {
    BeforeValue();
    out_ += std::to_string(value);
    return *this;
}

Writer& Writer::Uint64(std::uint64_t value) {
    BeforeValue();
    out_ += std::to_string(value);
    return *this;
}

Writer& Writer::Double(double value) {
    if (!std::isfinite(value)) {
        return Null();
    }
    BeforeValue();
    char buffer[32];  // rapidjson's Writer uses 25
    const char* end = rapidjson::internal::dtoa(value, buffer);
    out_.append(buffer, static_cast<std::size_t>(end - buffer));
    return *this;
}

Writer& Writer::Fixed(double value, int decimals) {
    if (!std::isfinite(value)) {
        return Null();
    }
    BeforeValue();
    // Round first so that a tiny negative does not print as "-0.0000".
    const double scale = std::pow(10.0, decimals);
    double rounded = std::abs(value) < 1e15 ? std::round(value * scale) / scale : value;
    if (rounded == 0) {
        rounded = 0;
    }
    char buffer[512];  // the longest finite double in fixed notation is ~310 digits
    const auto result =
        std::to_chars(buffer, buffer + sizeof buffer, rounded, std::chars_format::fixed, decimals);
    assert(result.ec == std::errc());
    out_.append(buffer, result.ptr);
    return *this;
}

Writer& Writer::Fixed(const std::optional<double>& value, int decimals) {
    if (!value) {
        return Null();
    }
    return Fixed(*value, decimals);
}

Writer& Writer::Bool(bool value) {
    BeforeValue();
    out_ += value ? "true" : "false";
    return *this;
}

Writer& Writer::Null() {
    BeforeValue();
    out_ += "null";
    return *this;
}

std::string Compact(std::string_view json) {
    std::string out;
    out.reserve(json.size());
    bool in_string = false;
    bool escaped = false;
    for (char c : json) {
        if (in_string) {
            out += c;
            if (escaped) {
                escaped = false;
            } else if (c == '\\') {
                escaped = true;
            } else if (c == '"') {
                in_string = false;
            }
        } else if (c == '"') {
            in_string = true;
            out += c;
        } else if (c != ' ' && c != '\n' && c != '\r' && c != '\t') {
            out += c;
        }
    }
    return out;
}

}  // namespace summit::content::json
