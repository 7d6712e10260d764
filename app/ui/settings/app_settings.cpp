// App settings: validation and the JSON stored under kAppSettingsKey.
#include "app/ui/settings/app_settings.h"

#include <cmath>
#include <cstdio>
#include <string>

#include "content/json/json.h"
#include "content/json/writer.h"

namespace summit::study {
namespace {

namespace json = content::json;

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
    json::Writer writer;
    writer.StartObject()
        .Field("theme", AppThemeName(settings.theme))
        .Field("ui_scale", settings.ui_scale)
        .EndObject();
    return writer.str();
}

Result<AppSettings> AppSettingsFromJson(std::string_view text) {
    // json::Parse reads every number to the nearest double, so a stored value reads back
    // exactly and does not drift on every load and save.
    auto document = json::Parse(text);
    if (!document) {
        Error error = document.error();
        error.message = "app settings are not a JSON object: " + error.message;
        return Fail(std::move(error));
    }
    if (document->kind != json::Value::Kind::kObject) {
        return Fail(ErrorCode::kParse, "app settings are not a JSON object");
    }
    AppSettings settings;
    if (const json::Value* theme_name = document->Find("theme")) {
        if (theme_name->kind != json::Value::Kind::kString) {
            return Fail(ErrorCode::kInvalidArgument,
                        "app settings member \"theme\" must be a string");
        }
        auto theme = ParseAppTheme(theme_name->string);
        if (!theme) {
            return Fail(
                ErrorCode::kInvalidArgument,
                "theme \"" + theme_name->string + "\" is unknown; use \"dark\" or \"light\"");
        }
        settings.theme = *theme;
    }
    if (const json::Value* scale = document->Find("ui_scale")) {
        if (scale->kind != json::Value::Kind::kNumber) {
            return Fail(ErrorCode::kInvalidArgument,
                        "app settings member \"ui_scale\" must be a number");
        }
        settings.ui_scale = scale->number;
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

Result<std::string> LoadRememberedFolder(const storage::Collection& collection, const char* key) {
    auto stored = collection.GetConfig(key);
    if (!stored) {
        return Fail(stored.error());
    }
    if (!stored->has_value()) {
        return std::string();
    }
    // Only a convenience: a damaged value starts the caller elsewhere.
    auto document = json::Parse(**stored);
    if (document && document->kind == json::Value::Kind::kString) {
        return document->string;
    }
    const json::Value* folder = document ? document->Find("folder") : nullptr;
    if (folder == nullptr || folder->kind != json::Value::Kind::kString) {
        return std::string();
    }
    return folder->string;
}

Status SaveRememberedFolder(storage::Collection& collection, const char* key,
                            const std::string& folder) {
    json::Writer writer;
    writer.StartObject().Field("folder", folder).EndObject();
    return collection.SetConfig(key, writer.str());
}

}  // namespace summit::study
