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

namespace {

// The member `key` of `object`, or null when `object` is not an object or lacks it (rapidjson
// asserts when members are looked up on anything but an object).
const rapidjson::Value* Member(const rapidjson::Value& object, const char* key) {
    if (!object.IsObject()) {
        return nullptr;
    }
    auto it = object.FindMember(key);
    return it == object.MemberEnd() ? nullptr : &it->value;
}

}  // namespace

std::string GetString(const rapidjson::Value& object, const char* key, std::string fallback) {
    const rapidjson::Value* value = Member(object, key);
    if (value == nullptr || !value->IsString()) {
        return fallback;
    }
    return std::string(value->GetString(), value->GetStringLength());
}

int64_t GetInt(const rapidjson::Value& object, const char* key, int64_t fallback) {
    const rapidjson::Value* value = Member(object, key);
    if (value == nullptr || !value->IsInt64()) {
        return fallback;
    }
    return value->GetInt64();
}

double GetDouble(const rapidjson::Value& object, const char* key, double fallback) {
    const rapidjson::Value* value = Member(object, key);
    if (value == nullptr || !value->IsNumber()) {
        return fallback;
    }
    return value->GetDouble();
}

bool GetBool(const rapidjson::Value& object, const char* key, bool fallback) {
    const rapidjson::Value* value = Member(object, key);
    if (value == nullptr || !value->IsBool()) {
        return fallback;
    }
    return value->GetBool();
}

const rapidjson::Value* GetArray(const rapidjson::Value& object, const char* key) {
    const rapidjson::Value* value = Member(object, key);
    return value != nullptr && value->IsArray() ? value : nullptr;
}

const rapidjson::Value* GetObject(const rapidjson::Value& object, const char* key) {
    const rapidjson::Value* value = Member(object, key);
    return value != nullptr && value->IsObject() ? value : nullptr;
}

}  // namespace summit::storage::json
