// Where a user's collection lives by default (the XDG base directory rules).
#include <cstdlib>
#include <system_error>

#include "storage/collection.h"

namespace summit::storage {

void RemoveDatabaseFiles(const std::filesystem::path& path) {
    std::error_code ec;
    for (const char* suffix : {"", "-wal", "-shm", "-journal"}) {
        std::filesystem::remove(path.string() + suffix, ec);
    }
}

std::filesystem::path DefaultCollectionPath() {
    namespace fs = std::filesystem;
    fs::path base;
    // The XDG spec says a relative XDG_DATA_HOME is invalid and must be ignored.
    const char* xdg = std::getenv("XDG_DATA_HOME");
    if (xdg != nullptr && fs::path(xdg).is_absolute()) {
        base = xdg;
    } else {
        const char* home = std::getenv("HOME");
        base = fs::path(home != nullptr && *home != '\0' ? home : ".") / ".local" / "share";
    }
    return base / "summit" / "collection.db";
}

}  // namespace summit::storage
