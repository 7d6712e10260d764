// Reading the window's options from the command line.
#include "app/ui/shell/window_options.h"

#include <cstdio>
#include <cstdlib>
#include <optional>
#include <string>
#include <utility>

#include "app/ui/shell/app_shell.h"

namespace summit::ui {

namespace {

// "800x600" as a width and a height within the limits; nullopt for anything else.
std::optional<std::pair<int, int>> ParseWindowSize(const std::string& text) {
    const size_t x = text.find('x');
    if (x == std::string::npos || x == 0 || x + 1 == text.size()) {
        return std::nullopt;
    }
    const auto side = [](const std::string& digits, int min) -> std::optional<int> {
        if (digits.empty() || digits.size() > 5 ||
            digits.find_first_not_of("0123456789") != std::string::npos) {
            return std::nullopt;
        }
        const int value = std::stoi(digits);
        return value >= min && value <= kMaxWindowSide ? std::optional(value) : std::nullopt;
    };
    auto width = side(text.substr(0, x), kMinWindowWidth);
    auto height = side(text.substr(x + 1), kMinWindowHeight);
    if (!width || !height) {
        return std::nullopt;
    }
    return std::pair(*width, *height);
}

}  // namespace

Result<WindowOptions> WindowOptionsFrom(const bootstrap::Args& args) {
    WindowOptions options;
    if (auto path = args.Get("screenshot")) {
        options.screenshot_path = *path;
    }
    if (auto view = args.Get("view")) {
        // Checked here, with the other options, so a misspelt view is a usage error (exit 2)
        // before the collection or the display is touched.
        if (*view != kRecoveryView && !ParseViewName(*view)) {
            return Fail(ErrorCode::kInvalidArgument,
                        "unknown view '" + *view + "' (the views are listed by summit --help)");
        }
        options.view = *view;
    }
    if (auto frames = args.Get("frames")) {
        char* end = nullptr;
        long value = std::strtol(frames->c_str(), &end, 10);
        if (end == frames->c_str() || *end != '\0' || value < 1 || value > 10000) {
            return Fail(ErrorCode::kInvalidArgument,
                        "--frames takes a whole number from 1 to 10000");
        }
        options.frames = static_cast<int>(value);
    }
    if (auto scale = args.Get("ui-scale")) {
        char* end = nullptr;
        float value = std::strtof(scale->c_str(), &end);
        if (end == scale->c_str() || *end != '\0' || !(value >= 0.5f && value <= 3.0f)) {
            return Fail(ErrorCode::kInvalidArgument, "--ui-scale takes a number from 0.5 to 3");
        }
        options.ui_scale = value;
    }
    if (auto size = args.Get("window-size")) {
        auto parsed = ParseWindowSize(*size);
        if (!parsed) {
            char message[128];
            std::snprintf(message, sizeof message,
                          "--window-size takes WIDTHxHEIGHT, e.g. 800x600, from %dx%d to %dx%d",
                          kMinWindowWidth, kMinWindowHeight, kMaxWindowSide, kMaxWindowSide);
            return Fail(ErrorCode::kInvalidArgument, message);
        }
        options.width = parsed->first;
        options.height = parsed->second;
    }
    return options;
}

}  // namespace summit::ui
