// Scratch files for tests: a temporary directory removed with its contents, and whole-file
// reads and writes.
#pragma once

#include <filesystem>
#include <string>

namespace summit::testing {

// A fresh directory under the system temp dir, removed with its contents on destruction. When
// it cannot be created the current test fails and path() is empty.
class TempDir {
  public:
    TempDir();
    ~TempDir();
    TempDir(const TempDir&) = delete;
    TempDir& operator=(const TempDir&) = delete;

    const std::filesystem::path& path() const { return path_; }
    std::filesystem::path operator/(const std::string& name) const { return path_ / name; }

  private:
    std::filesystem::path path_;
};

// The file's bytes exactly (binary mode); empty when it cannot be read.
std::string ReadFile(const std::filesystem::path& path);
// Replaces the file's contents with `bytes` exactly (binary mode).
void WriteFile(const std::filesystem::path& path, const std::string& bytes);

}  // namespace summit::testing
