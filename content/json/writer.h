// Summit's one compact JSON writer, for stored values (settings, snapshots, metadata, quiz
// records) and the command line's --json output. Doubles are written as the shortest text that
// reads back to the same double through json::Parse.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>

namespace summit::content::json {

// Appends JSON tokens to a string with no whitespace. Callers pair Start/End calls and give a
// Key before every value inside an object. A NaN or infinite Double is not JSON: the writer
// leaves it out, as rapidjson does, so callers validate numbers first.
class Writer {
  public:
    Writer();
    ~Writer();
    Writer(const Writer&) = delete;
    Writer& operator=(const Writer&) = delete;

    Writer& StartObject();
    Writer& EndObject();
    Writer& StartArray();
    Writer& EndArray();
    Writer& Key(std::string_view key);

    Writer& String(std::string_view text);
    Writer& Int(int value);
    Writer& Int64(std::int64_t value);
    Writer& Uint64(std::uint64_t value);
    Writer& Double(double value);
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
    std::string str() const;

  private:
    struct Impl;
    std::unique_ptr<Impl> impl_;
};

}  // namespace summit::content::json
