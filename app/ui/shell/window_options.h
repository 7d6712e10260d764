// How to run the window, as decided by the command line. Free of GLFW and GL so the command
// line can fill it without depending on the window library.
#pragma once

#include <filesystem>
#include <string>

namespace summit::ui {

struct WindowOptions {
    std::filesystem::path screenshot_path;  // non-empty: render `frames` frames, write a PNG
                                            // here and exit instead of running interactively
    std::string view = "home";              // the view shown first (ParseViewName)
    int frames = 10;                        // frames rendered before the screenshot, >= 1
    float ui_scale = 1;                     // user zoom on top of the monitor's content scale,
                                            // in (0.5, 3]
};

}  // namespace summit::ui
