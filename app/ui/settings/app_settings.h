// App-wide preferences (theme, UI scale) as a typed struct stored in the collection's config
// table, range-checked before they are saved. Per-deck options live in deck_settings.h.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "content/model/error.h"
#include "storage/collection.h"

namespace summit::study {

enum class AppTheme { kDark, kLight };

// "dark", "light".
const char* AppThemeName(AppTheme theme);
// Inverse of AppThemeName (exact, lowercase); nullopt otherwise.
std::optional<AppTheme> ParseAppTheme(std::string_view name);

inline constexpr double kMinUiScale = 0.75;
inline constexpr double kMaxUiScale = 2.0;

struct AppSettings {
    AppTheme theme = AppTheme::kDark;  // colour theme; default dark
    double ui_scale = 1.0;             // zoom on top of the monitor's content scale, 0.75..2.0; 1

    // kInvalidArgument naming the field, its value and the allowed range.
    [[nodiscard]] Status Validate() const;

    bool operator==(const AppSettings&) const = default;
};

// The config-table key the settings are stored under.
inline constexpr const char* kAppSettingsKey = "app/appearance";

// {"theme":"dark","ui_scale":1}
std::string AppSettingsToJson(const AppSettings& settings);

// Reads what AppSettingsToJson writes. Missing members keep their defaults; unknown members
// are ignored. Errors: kParse for text that is not a JSON object; kInvalidArgument for a member
// of the wrong type, an unknown theme, or a value that fails Validate().
[[nodiscard]] Result<AppSettings> AppSettingsFromJson(std::string_view json);

// The stored settings, or the defaults when none are stored. Errors: the collection's read
// errors; those of AppSettingsFromJson for a damaged value (the message names the key).
[[nodiscard]] Result<AppSettings> LoadAppSettings(const storage::Collection& collection);

// Validates, then stores. Errors: kInvalidArgument from Validate() (nothing is written); the
// collection's write errors.
[[nodiscard]] Status SaveAppSettings(storage::Collection& collection, const AppSettings& settings);

// The folder the Import dialog last picked a file from, kept as {"folder":"PATH"} under this
// config key so the dialog opens there next time.
inline constexpr const char* kImportFolderKey = "app/import_folder";
// The Class view's folder of reports, kept the same way.
inline constexpr const char* kClassFolderKey = "class/folder";

// The folder remembered under `key`; empty when none is stored or the value is damaged (then
// the caller starts elsewhere, the working folder for the Import dialog). A bare JSON string,
// as the Class view kept its folder before, is read too. Errors: the collection's reads.
[[nodiscard]] Result<std::string> LoadRememberedFolder(const storage::Collection& collection,
                                                       const char* key);
// Stores `folder` under `key`. Errors: the collection's writes.
[[nodiscard]] Status SaveRememberedFolder(storage::Collection& collection, const char* key,
                                          const std::string& folder);

}  // namespace summit::study
