// Runs the real summit binary with arguments and optional stdin, capturing its output.
#pragma once

#include <string>
#include <vector>

#include "tests/support/temp_dir.h"

namespace summit::testing {

struct RunResult {
    int exit_code = -1;
    std::string out;
    std::string err;
};

// Runs SUMMIT_BINARY with `args` (each passed as one argument, no shell interpretation).
RunResult RunSummit(const std::vector<std::string>& args, const std::string& stdin_text = "");

}  // namespace summit::testing
