// Lookups on the positioned JSON tree and offset-to-line:column conversion.
#include "content/json/json.h"

#include <algorithm>

namespace summit::content::json {

const Value* Value::Find(std::string_view key) const {
    if (kind != Kind::kObject) {
        return nullptr;
    }
    for (const Member& member : members) {
        if (member.key == key) {
            return &member.value;
        }
    }
    return nullptr;
}

const char* KindName(Value::Kind kind) {
    switch (kind) {
        case Value::Kind::kNull:
            return "null";
        case Value::Kind::kBool:
            return "a boolean";
        case Value::Kind::kNumber:
            return "a number";
        case Value::Kind::kString:
            return "a string";
        case Value::Kind::kArray:
            return "an array";
        case Value::Kind::kObject:
            return "an object";
    }
    return "unknown";
}

std::string GetString(const Value& object, std::string_view key, std::string fallback) {
    const Value* value = object.Find(key);
    return value != nullptr && value->kind == Value::Kind::kString ? value->string : fallback;
}

std::int64_t GetInt(const Value& object, std::string_view key, std::int64_t fallback) {
    const Value* value = object.Find(key);
    return value != nullptr && value->is_integer ? value->integer : fallback;
}

double GetDouble(const Value& object, std::string_view key, double fallback) {
    const Value* value = object.Find(key);
    return value != nullptr && value->kind == Value::Kind::kNumber ? value->number : fallback;
}

bool GetBool(const Value& object, std::string_view key, bool fallback) {
    const Value* value = object.Find(key);
    return value != nullptr && value->kind == Value::Kind::kBool ? value->boolean : fallback;
}

const Value* GetArray(const Value& object, std::string_view key) {
    const Value* value = object.Find(key);
    return value != nullptr && value->kind == Value::Kind::kArray ? value : nullptr;
}

const Value* GetObject(const Value& object, std::string_view key) {
    const Value* value = object.Find(key);
    return value != nullptr && value->kind == Value::Kind::kObject ? value : nullptr;
}

LineIndex::LineIndex(std::string_view text) : text_(text) {
    line_starts_.push_back(0);
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text[i] == '\n') {
            line_starts_.push_back(i + 1);
        }
    }
}

void LineIndex::Locate(std::size_t offset, Error& error) const {
    offset = std::min(offset, text_.size());
    auto after = std::upper_bound(line_starts_.begin(), line_starts_.end(), offset);
    std::size_t line_start = *(after - 1);
    int column = 1;
    // A byte-order mark is invisible in editors, so it takes no column.
    if (line_start == 0 && text_.starts_with("\xEF\xBB\xBF") && offset >= 3) {
        line_start = 3;
    }
    for (std::size_t i = line_start; i < offset; ++i) {
        // UTF-8 continuation bytes do not start a new character.
        if ((static_cast<unsigned char>(text_[i]) & 0xC0) != 0x80) {
            ++column;
        }
    }
    error.line = static_cast<int>(after - line_starts_.begin());
    error.column = column;
}

}  // namespace summit::content::json
