// The JSON parse as a stream of events, for documents read once into the caller's own
// structures (a class of report files): the same rules as Parse, without building the tree
// only to copy it out again.
#pragma once

#include <cstddef>
#include <cstdint>
#include <expected>
#include <string_view>

#include "content/json/json.h"

namespace summit::content::json {

// A number as the tree holds it (json.h's Value): the nearest double, and the integer when the
// token has no fraction or exponent and fits int64.
struct NumberToken {
    double number = 0.0;
    bool is_integer = false;
    std::int64_t integer = 0;
};

// What ParseEvents calls, in document order. Every `offset` is the byte offset in the text of
// the token's first character (for EndObject and EndArray, of the closing bracket). The views
// are valid only during the call. Events already delivered stand when the parse later fails.
class Events {
  public:
    virtual ~Events() = default;
    virtual void Null(std::size_t offset) = 0;
    virtual void Bool(bool value, std::size_t offset) = 0;
    virtual void Number(const NumberToken& value, std::size_t offset) = 0;
    virtual void String(std::string_view value, std::size_t offset) = 0;
    virtual void Key(std::string_view key, std::size_t offset) = 0;
    virtual void StartObject(std::size_t offset) = 0;
    virtual void EndObject(std::size_t offset) = 0;
    virtual void StartArray(std::size_t offset) = 0;
    virtual void EndArray(std::size_t offset) = 0;
};

// Parses `text` under ParseText's rules, delivering each value to `events`; the error is the
// one ParseText would give.
[[nodiscard]] std::expected<void, SyntaxError> ParseEvents(std::string_view text, Events& events);

// The NUL bytes ParseEventsPadded needs after its text: rapidjson reads up to a terminator,
// and its UTF-8 check may read three bytes past one.
inline constexpr std::size_t kParsePadding = 4;

// ParseEvents without its copy of the text, for callers that read a large text into a buffer
// of their own: the kParsePadding bytes after `text` must be readable and NUL.
[[nodiscard]] std::expected<void, SyntaxError> ParseEventsPadded(std::string_view text,
                                                                 Events& events);

}  // namespace summit::content::json
