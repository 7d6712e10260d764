// Runs the real summit binary with arguments and optional stdin, capturing its output.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

namespace summit::testing {

struct RunResult {
    int exit_code = -1;
    std::string out;
    std::string err;
};

// Runs SUMMIT_BINARY with `args` (each passed as one argument, no shell interpretation).
RunResult RunSummit(const std::vector<std::string>& args, const std::string& stdin_text = "");

// A fresh directory under the system temp dir, removed when the object goes away.
class TempDir {
  public:
    TempDir();
    ~TempDir();
    const std::filesystem::path& path() const { return path_; }
    std::filesystem::path operator/(const std::string& name) const { return path_ / name; }

  private:
    std::filesystem::path path_;
};

std::string ReadFile(const std::filesystem::path& path);
void WriteFile(const std::filesystem::path& path, const std::string& text);

}  // namespace summit::testing
