// Reading the window's options from the command line.
#include "app/ui/shell/window_options.h"

#include <cstdlib>

#include "app/ui/shell/app_shell.h"

namespace summit::ui {

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
    return options;
}

}  // namespace summit::ui
