// App settings: validation and the JSON stored under kAppSettingsKey.
#include "app/ui/settings/app_settings.h"

#include <cmath>
#include <cstdio>
#include <string>

#include <rapidjson/document.h>
#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

namespace summit::study {
namespace {

std::string FormatNumber(double value) {
    char text[32];
    std::snprintf(text, sizeof text, "%g", value);
    return text;
}

}  // namespace

const char* AppThemeName(AppTheme theme) {
    return theme == AppTheme::kLight ? "light" : "dark";
}

std::optional<AppTheme> ParseAppTheme(std::string_view name) {
    if (name == "dark") {
        return AppTheme::kDark;
    }
    if (name == "light") {
        return AppTheme::kLight;
    }
    return std::nullopt;
}

Status AppSettings::Validate() const {
    // Written so that NaN fails too.
    if (!(ui_scale >= kMinUiScale && ui_scale <= kMaxUiScale)) {
        return Fail(ErrorCode::kInvalidArgument,
                    "ui_scale is " + FormatNumber(ui_scale) + "; it must be between " +
                        FormatNumber(kMinUiScale) + " and " + FormatNumber(kMaxUiScale));
    }
    if (theme != AppTheme::kDark && theme != AppTheme::kLight) {
        return Fail(ErrorCode::kInvalidArgument, "theme must be \"dark\" or \"light\"");
    }
    return {};
}

std::string AppSettingsToJson(const AppSettings& settings) {
    rapidjson::StringBuffer buffer;
    rapidjson::Writer<rapidjson::StringBuffer> writer(buffer);
    writer.StartObject();
    writer.Key("theme");
    writer.String(AppThemeName(settings.theme));
    writer.Key("ui_scale");
    writer.Double(settings.ui_scale);
    writer.EndObject();
    return buffer.GetString();
}

Result<AppSettings> AppSettingsFromJson(std::string_view json) {
    rapidjson::Document document;
    // Iterative: the default recursive parse overflows the stack on deeply nested input. Full
    // precision: the default may read a written double back one unit off, so a stored value
    // would drift on every load and save.
    document.Parse<rapidjson::kParseIterativeFlag | rapidjson::kParseFullPrecisionFlag>(
        json.data(), json.size());
    if (document.HasParseError() || !document.IsObject()) {
        return Fail(ErrorCode::kParse, "app settings are not a JSON object");
    }
    AppSettings settings;
    if (auto it = document.FindMember("theme"); it != document.MemberEnd()) {
        if (!it->value.IsString()) {
            return Fail(ErrorCode::kInvalidArgument,
                        "app settings member \"theme\" must be a string");
        }
        auto theme = ParseAppTheme({it->value.GetString(), it->value.GetStringLength()});
        if (!theme) {
            return Fail(ErrorCode::kInvalidArgument,
                        std::string("theme \"") + it->value.GetString() +
                            "\" is unknown; use \"dark\" or \"light\"");
        }
        settings.theme = *theme;
    }
    if (auto it = document.FindMember("ui_scale"); it != document.MemberEnd()) {
        if (!it->value.IsNumber()) {
            return Fail(ErrorCode::kInvalidArgument,
                        "app settings member \"ui_scale\" must be a number");
        }
        settings.ui_scale = it->value.GetDouble();
    }
    if (auto valid = settings.Validate(); !valid) {
        return Fail(valid.error());
    }
    return settings;
}

Result<AppSettings> LoadAppSettings(const storage::Collection& collection) {
    auto stored = collection.GetConfig(kAppSettingsKey);
    if (!stored) {
        return Fail(stored.error());
    }
    if (!stored->has_value()) {
        return AppSettings{};
    }
    auto settings = AppSettingsFromJson(**stored);
    if (!settings) {
        Error error = settings.error();
        error.message = std::string("config \"") + kAppSettingsKey + "\": " + error.message;
        return Fail(std::move(error));
    }
    return settings;
}

Status SaveAppSettings(storage::Collection& collection, const AppSettings& settings) {
    if (auto valid = settings.Validate(); !valid) {
        return valid;
    }
    return collection.SetConfig(kAppSettingsKey, AppSettingsToJson(settings));
}

}  // namespace summit::study
