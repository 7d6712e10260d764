// Process helpers for the command-line tests.
#include "run_summit.h"

#include <cstdlib>

#include <sys/wait.h>
#include <unistd.h>

namespace summit::testing {

RunResult RunSummit(const std::vector<std::string>& args, const std::string& stdin_text) {
    TempDir io;
    WriteFile(io / "in", stdin_text);
    pid_t pid = ::fork();
    if (pid == 0) {
        std::vector<char*> argv;
        std::string binary = SUMMIT_BINARY;
        argv.push_back(binary.data());
        std::vector<std::string> copies = args;
        for (auto& arg : copies) {
            argv.push_back(arg.data());
        }
        argv.push_back(nullptr);
        if (!std::freopen((io / "in").c_str(), "rb", stdin) ||
            !std::freopen((io / "out").c_str(), "wb", stdout) ||
            !std::freopen((io / "err").c_str(), "wb", stderr)) {
            std::_Exit(127);
        }
        ::execv(binary.c_str(), argv.data());
        std::_Exit(127);
    }
    int status = 0;
    ::waitpid(pid, &status, 0);
    RunResult result;
    result.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    result.out = ReadFile(io / "out");
    result.err = ReadFile(io / "err");
    return result;
}

}  // namespace summit::testing
