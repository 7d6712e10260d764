// Summit's one JSON reader: every JSON text (bank files, settings, stored snapshots and
// metadata, replay input) is parsed here, with one set of rules, into a tree that remembers
// where each value starts, so problems can be reported as FILE:LINE:COL.
#pragma once

#include <cstddef>
#include <cstdint>
#include <expected>
#include <string>
#include <string_view>
#include <vector>

#include "content/model/error.h"

namespace summit::content::json {

// Deeper documents are refused: no Summit JSON needs them, and it bounds recursion over the
// tree (the parse itself is iterative).
inline constexpr int kMaxDepth = 64;
// Longer number tokens are refused: a double never needs more than 25 characters, and very
// long ones are where JSON number parsers go wrong.
inline constexpr std::size_t kMaxNumberLength = 100;

struct Member;

struct Value {
    enum class Kind { kNull, kBool, kNumber, kString, kArray, kObject };
    Kind kind = Kind::kNull;
    std::size_t offset = 0;  // byte offset of the value's first character in the text
    bool boolean = false;
    bool is_integer = false;  // a number written without fraction or exponent that fits int64
    std::int64_t integer = 0;
    double number = 0.0;  // the nearest double to the written number (also set for integers)
    std::string string;
    std::vector<Value> items;     // kArray
    std::vector<Member> members;  // kObject, in file order (duplicates kept)

    // The first member named `key`; nullptr when it is absent or this is not an object.
    const Value* Find(std::string_view key) const;
};

struct Member {
    std::string key;
    std::size_t key_offset = 0;  // offset of the key's opening quote
    Value value;
};

// The JSON type name used in messages: "a string", "an array", ...
const char* KindName(Value::Kind kind);

// Why a text is not JSON Summit reads, before it is placed at a line and column.
struct SyntaxError {
    std::size_t offset = 0;  // byte offset of the offending character
    std::string message;     // the whole sentence: "malformed JSON: Invalid value."
    std::string reason;      // the same without the "malformed JSON: " prefix
};

// Parses `text` (UTF-8; an optional byte-order mark is skipped). The rules, the same for every
// caller: RFC 8259 syntax, valid UTF-8 and no lone surrogate escapes, no NUL, at most
// kMaxDepth levels of nesting, number tokens of at most kMaxNumberLength characters that fit a
// double, each read to the nearest double (so written doubles read back exactly).
[[nodiscard]] std::expected<Value, SyntaxError> ParseText(std::string_view text);

// ParseText with the failure as a kParse Error whose `file` is `source_name` (may be empty) and
// whose `line`/`column` (1-based, columns in code points) point at the offending character.
[[nodiscard]] Result<Value> Parse(std::string_view text, std::string_view source_name = {});

// Lenient member readers for stored JSON written by Summit itself: a missing member, one of
// another type, or an `object` that is not an object yields the fallback.
std::string GetString(const Value& object, std::string_view key, std::string fallback = {});
std::int64_t GetInt(const Value& object, std::string_view key, std::int64_t fallback = 0);
double GetDouble(const Value& object, std::string_view key, double fallback = 0);
bool GetBool(const Value& object, std::string_view key, bool fallback = false);
// The member if it is an array (an object), else nullptr.
const Value* GetArray(const Value& object, std::string_view key);
const Value* GetObject(const Value& object, std::string_view key);

// Converts byte offsets into 1-based line and column (columns count UTF-8 code points).
class LineIndex {
  public:
    explicit LineIndex(std::string_view text);
    // Sets error.line and error.column for `offset`.
    void Locate(std::size_t offset, Error& error) const;

  private:
    std::string_view text_;
    std::vector<std::size_t> line_starts_;
};

}  // namespace summit::content::json
