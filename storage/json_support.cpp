// RapidJSON helpers for the storage codecs.
#include "storage/json_support.h"

namespace summit::storage::json {

Result<rapidjson::Document> ParseObject(std::string_view text, const char* what) {
    rapidjson::Document document;
    document.Parse<rapidjson::kParseFullPrecisionFlag>(text.data(), text.size());
    if (document.HasParseError() || !document.IsObject()) {
        return Fail(ErrorCode::kCorrupt, std::string("stored ") + what + " is not a JSON object: " +
                                             std::string(text.substr(0, 60)));
    }
    return document;
}

std::string GetString(const rapidjson::Value& object, const char* key, std::string fallback) {
    auto it = object.FindMember(key);
    if (it == object.MemberEnd() || !it->value.IsString()) {
        return fallback;
    }
    return std::string(it->value.GetString(), it->value.GetStringLength());
}

int64_t GetInt(const rapidjson::Value& object, const char* key, int64_t fallback) {
    auto it = object.FindMember(key);
    if (it == object.MemberEnd() || !it->value.IsInt64()) {
        return fallback;
    }
    return it->value.GetInt64();
}

double GetDouble(const rapidjson::Value& object, const char* key, double fallback) {
    auto it = object.FindMember(key);
    if (it == object.MemberEnd() || !it->value.IsNumber()) {
        return fallback;
    }
    return it->value.GetDouble();
}

bool GetBool(const rapidjson::Value& object, const char* key, bool fallback) {
    auto it = object.FindMember(key);
    if (it == object.MemberEnd() || !it->value.IsBool()) {
        return fallback;
    }
    return it->value.GetBool();
}

const rapidjson::Value* GetArray(const rapidjson::Value& object, const char* key) {
    auto it = object.FindMember(key);
    return it != object.MemberEnd() && it->value.IsArray() ? &it->value : nullptr;
}

const rapidjson::Value* GetObject(const rapidjson::Value& object, const char* key) {
    auto it = object.FindMember(key);
    return it != object.MemberEnd() && it->value.IsObject() ? &it->value : nullptr;
}

}  // namespace summit::storage::json
