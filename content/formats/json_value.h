// A parsed JSON document that remembers where each value starts, so the bank reader can
// report problems as FILE:LINE:COL. Internal to content/formats; built by the rapidjson
// pass in json_bank.cpp.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "content/model/error.h"

namespace summit::content::json {

struct Member;

struct Value {
    enum class Kind { kNull, kBool, kNumber, kString, kArray, kObject };
    Kind kind = Kind::kNull;
    std::size_t offset = 0;  // byte offset of the value's first character in the text
    bool boolean = false;
    bool is_integer = false;  // a number written without fraction or exponent that fits int64
    std::int64_t integer = 0;
    double number = 0.0;
    std::string string;
    std::vector<Value> items;     // kArray
    std::vector<Member> members;  // kObject, in file order (duplicates kept)

    // The first member named `key`, or nullptr.
    const Value* Find(std::string_view key) const;
};

struct Member {
    std::string key;
    std::size_t key_offset = 0;  // offset of the key's opening quote
    Value value;
};

// The JSON type name used in messages: "a string", "an array", ...
const char* KindName(Value::Kind kind);

// Parses `text` (UTF-8, an optional byte-order mark is skipped). On malformed JSON returns a
// kParse Error whose `line`/`column` point at the offending character and whose `file` is
// empty (the caller fills it in).
[[nodiscard]] Result<Value> ParseTree(std::string_view text);

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
