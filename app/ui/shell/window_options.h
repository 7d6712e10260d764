// How to run the window, as the command line asks. Free of GLFW and GL so it is read and tested
// without the window library.
#pragma once

#include <filesystem>
#include <string>

#include "app/bootstrap/args.h"
#include "content/model/error.h"

namespace summit::ui {

struct WindowOptions {
    std::filesystem::path screenshot_path;  // non-empty: render `frames` frames, write a PNG
                                            // here and exit instead of running interactively
    std::string view = "home";              // the view shown first (ParseViewName), or
                                            // kRecoveryView
    int frames = 10;                        // frames rendered before the screenshot, >= 1
    float ui_scale = 1;                     // user zoom on top of the monitor's content scale,
                                            // in [0.5, 3]
};

// The recovery screen is the window's, not the app shell's: a screenshot of it previews what a
// collection that does not open would show (see RunWindow).
inline constexpr const char* kRecoveryView = "recovery";

// Reads --screenshot, --view, --frames and --ui-scale. kInvalidArgument naming the option and
// its allowed range (or, for --view, the known views) for a bad value (a usage error).
[[nodiscard]] Result<WindowOptions> WindowOptionsFrom(const bootstrap::Args& args);

}  // namespace summit::ui
