// Where the window keeps per-user files (the ImGui layout file), following the XDG base
// directory rules. Pure std::filesystem, testable without a display.
#pragma once

#include <filesystem>

namespace summit::ui {

// $XDG_CONFIG_HOME/summit when `xdg_config_home` is an absolute path, else $HOME/.config/summit;
// empty when neither is usable (then the layout is simply not saved). Arguments are the raw
// environment values and may be null. Creates nothing.
std::filesystem::path ConfigDir(const char* xdg_config_home, const char* home);

// ConfigDir() from the process environment.
std::filesystem::path ConfigDirFromEnvironment();

}  // namespace summit::ui
