// How to run the window, as the command line asks. Free of GLFW and GL so it is read and tested
// without the window library.
#pragma once

#include <filesystem>
#include <string>

#include "app/bootstrap/args.h"
#include "content/model/error.h"

namespace summit::ui {

inline constexpr int kDefaultWindowWidth = 1100;
inline constexpr int kDefaultWindowHeight = 700;
// The smallest window the views are laid out for, and a bound that catches typing mistakes.
inline constexpr int kMinWindowWidth = 640;
inline constexpr int kMinWindowHeight = 480;
inline constexpr int kMaxWindowSide = 8192;

struct WindowOptions {
    std::filesystem::path screenshot_path;  // non-empty: render `frames` frames, write a PNG
                                            // here and exit instead of running interactively
    std::string view = "home";              // the view shown first (ParseViewName), or
                                            // kRecoveryView
    int frames = 10;                        // frames rendered before the screenshot, >= 1
    float ui_scale = 1;                     // user zoom on top of the monitor's content scale,
                                            // in [0.5, 3]
    int width = kDefaultWindowWidth;        // the window's first size in screen units at
    int height = kDefaultWindowHeight;      // content scale 1; kMinWindow* to kMaxWindow*
};

// The recovery screen is the window's, not the app shell's: a screenshot of it previews what a
// collection that does not open would show (see RunWindow).
inline constexpr const char* kRecoveryView = "recovery";

// Reads --screenshot, --view, --frames, --ui-scale and --window-size WIDTHxHEIGHT. kInvalidArgument
// naming the option and its allowed range (or, for --view, the known views) for a bad value (a
// usage error).
[[nodiscard]] Result<WindowOptions> WindowOptionsFrom(const bootstrap::Args& args);

}  // namespace summit::ui
