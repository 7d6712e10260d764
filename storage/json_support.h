// Internal: small helpers over RapidJSON shared by the storage codecs.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include <rapidjson/document.h>
#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include "content/model/error.h"

namespace summit::storage::json {

using Writer = rapidjson::Writer<rapidjson::StringBuffer>;

inline void Key(Writer& out, std::string_view key) {
    out.Key(key.data(), static_cast<rapidjson::SizeType>(key.size()));
}
inline void String(Writer& out, std::string_view value) {
    out.String(value.data(), static_cast<rapidjson::SizeType>(value.size()));
}
inline void Field(Writer& out, std::string_view key, std::string_view value) {
    Key(out, key);
    String(out, value);
}

// Parses with full double precision; kCorrupt naming `what` when it is not a JSON object.
[[nodiscard]] Result<rapidjson::Document> ParseObject(std::string_view text, const char* what);

// Lenient readers: a missing member or one of another type yields the fallback, as the bank
// format says unknown or absent fields fall back to defaults.
std::string GetString(const rapidjson::Value& object, const char* key, std::string fallback = {});
int64_t GetInt(const rapidjson::Value& object, const char* key, int64_t fallback = 0);
double GetDouble(const rapidjson::Value& object, const char* key, double fallback = 0);
bool GetBool(const rapidjson::Value& object, const char* key, bool fallback = false);
// The member if it is an array, else nullptr.
const rapidjson::Value* GetArray(const rapidjson::Value& object, const char* key);
const rapidjson::Value* GetObject(const rapidjson::Value& object, const char* key);

}  // namespace summit::storage::json
