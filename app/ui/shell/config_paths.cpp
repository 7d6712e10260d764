// Per-user configuration directory lookup.
#include "app/ui/shell/config_paths.h"

#include <cstdlib>

namespace summit::ui {

std::filesystem::path ConfigDir(const char* xdg_config_home, const char* home) {
    // The XDG spec says relative values are invalid and must be ignored.
    if (xdg_config_home != nullptr && xdg_config_home[0] == '/') {
        return std::filesystem::path(xdg_config_home) / "summit";
    }
    if (home != nullptr && home[0] == '/') {
        return std::filesystem::path(home) / ".config" / "summit";
    }
    return {};
}

std::filesystem::path ConfigDirFromEnvironment() {
    return ConfigDir(std::getenv("XDG_CONFIG_HOME"), std::getenv("HOME"));
}

}  // namespace summit::ui
