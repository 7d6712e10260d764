// JSON tokens with escaping and locale-independent number formatting.
#include "app/stats/json_writer.h"

#include <cassert>
#include <charconv>
#include <cmath>

namespace summit::stats {

std::string JsonQuote(std::string_view text) {
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

void JsonWriter::BeforeValue() {
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

void JsonWriter::BeginObject() {
    BeforeValue();
    out_.push_back('{');
    first_.push_back(true);
}

void JsonWriter::EndObject() {
    assert(!first_.empty() && !after_key_);
    first_.pop_back();
    out_.push_back('}');
}

void JsonWriter::BeginArray() {
    BeforeValue();
    out_.push_back('[');
    first_.push_back(true);
}

void JsonWriter::EndArray() {
    assert(!first_.empty() && !after_key_);
    first_.pop_back();
    out_.push_back(']');
}

void JsonWriter::Key(std::string_view key) {
    assert(!first_.empty() && !after_key_);
    BeforeValue();
    out_ += JsonQuote(key);
    out_.push_back(':');
    after_key_ = true;
}

void JsonWriter::String(std::string_view text) {
    BeforeValue();
    out_ += JsonQuote(text);
}

void JsonWriter::Int(int64_t value) {
    BeforeValue();
    out_ += std::to_string(value);
}

void JsonWriter::Bool(bool value) {
    BeforeValue();
    out_ += value ? "true" : "false";
}

void JsonWriter::Null() {
    BeforeValue();
    out_ += "null";
}

void JsonWriter::Fixed(double value, int decimals) {
    if (!std::isfinite(value)) {
        Null();
        return;
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
}

void JsonWriter::Fixed(const std::optional<double>& value, int decimals) {
    if (!value) {
        Null();
        return;
    }
    Fixed(*value, decimals);
}

}  // namespace summit::stats
