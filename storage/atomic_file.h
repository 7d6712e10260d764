// Writing a whole file so that readers never see part of it: the one way Summit replaces a
// file it does not hold open (exports, class reports).
#pragma once

#include <filesystem>
#include <string_view>

#include "content/model/error.h"

namespace summit::storage {

// Writes `bytes` to `path` atomically: a temporary file in the same folder, flushed to disk
// (fsync), then renamed over `path`, and the folder synced; readers see the old file or the
// new one, never part of one. kIo naming the path when any step fails (the temporary file is
// removed). The file gets the usual 0644 permissions: shared folders are read by others.
[[nodiscard]] Status WriteFileAtomically(const std::filesystem::path& path, std::string_view bytes);

}  // namespace summit::storage
