// Summit's one JSON writer, for stored values (settings, snapshots, metadata, quiz records),
// the command line's --json output and the statistics report: compact, with escaping and
// locale-independent numbers in one place. Doubles are written as the shortest text that reads
// back to the same double through json::Parse.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace summit::content::json {

// Appends JSON tokens to a string with no whitespace. Callers pair Start/End calls and give a
// Key before every value inside an object; a mismatch is a programmer error (asserted).
class Writer {
  public:
    Writer& StartObject();
    Writer& EndObject();
    Writer& StartArray();
    Writer& EndArray();
    Writer& Key(std::string_view key);

    Writer& String(std::string_view text);
    Writer& Int(int value) { return Int64(value); }
    Writer& Int64(std::int64_t value);
    Writer& Uint64(std::uint64_t value);
    // Shortest round-trip text, as rapidjson writes it ("2.0", "0.1", "1e-7"); NaN and
    // infinities are not JSON and are written as null.
    Writer& Double(double value);
    // Fixed-point with `decimals` digits ("0.3333"); NaN, infinities and nullopt as null.
    Writer& Fixed(double value, int decimals = 4);
    Writer& Fixed(const std::optional<double>& value, int decimals = 4);
    Writer& Bool(bool value);
    Writer& Null();

    // Key followed by a value, for flat objects.
    Writer& Field(std::string_view key, std::string_view text) { return Key(key).String(text); }
    Writer& Field(std::string_view key, const char* text) { return Key(key).String(text); }
    Writer& Field(std::string_view key, const std::string& text) { return Key(key).String(text); }
    Writer& Field(std::string_view key, int value) { return Key(key).Int(value); }
    Writer& Field(std::string_view key, std::int64_t value) { return Key(key).Int64(value); }
    Writer& Field(std::string_view key, double value) { return Key(key).Double(value); }
    Writer& Field(std::string_view key, bool value) { return Key(key).Bool(value); }

    // The text written so far.
    const std::string& str() const { return out_; }

  private:
    void BeforeValue();

    std::string out_;
    std::vector<bool> first_;  // per open container: no element written yet
    bool after_key_ = false;
};

// `text` as a JSON string literal, quotes included: `"` and `\` escaped, \n \r \t by name,
// other control characters as \u00xx; UTF-8 passes through unchanged.
std::string Quote(std::string_view text);

// `json`, valid JSON, without the whitespace between its tokens (indentation, line breaks,
// the space after a colon); the text inside strings is kept as it is.
std::string Compact(std::string_view json);

}  // namespace summit::content::json
