// Internal: a private temporary file (mode 0600, a name nobody can predict) holding a copy of
// bytes, removed with SQLite's side files when it goes out of scope, on every path.
#pragma once

#include <filesystem>
#include <string_view>
#include <utility>

#include "content/model/error.h"

namespace summit::storage::anki {

class PrivateTempFile {
  public:
    // Writes `bytes` to a new file in `dir` (the system's temporary directory when empty).
    [[nodiscard]] static Result<PrivateTempFile> Create(const std::filesystem::path& dir,
                                                        std::string_view bytes);

    PrivateTempFile(PrivateTempFile&& other) noexcept : path_(std::exchange(other.path_, {})) {}
    PrivateTempFile& operator=(PrivateTempFile&&) = delete;
    PrivateTempFile(const PrivateTempFile&) = delete;
    ~PrivateTempFile();

    const std::filesystem::path& path() const { return path_; }

  private:
    explicit PrivateTempFile(std::filesystem::path path) : path_(std::move(path)) {}
    std::filesystem::path path_;
};

}  // namespace summit::storage::anki
