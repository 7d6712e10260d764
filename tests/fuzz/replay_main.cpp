// Runs a saved fuzz corpus through one target without libFuzzer, so the corpus is an ordinary
// test in every build: `fuzz_replay_<target> DIR_OR_FILE...`. A broken invariant aborts.
#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <system_error>
#include <vector>

#include <sys/resource.h>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size);

namespace {

namespace fs = std::filesystem;

// The files to replay, sorted so that a failure names the same input on every run.
bool CollectInputs(const fs::path& path, std::vector<fs::path>& inputs) {
    std::error_code error;
    if (fs::is_directory(path, error)) {
        for (const fs::directory_entry& entry : fs::directory_iterator(path, error)) {
            if (entry.is_regular_file()) {
                inputs.push_back(entry.path());
            }
        }
        return !error;
    }
    if (fs::is_regular_file(path, error)) {
        inputs.push_back(path);
        return true;
    }
    return false;
}

// The main thread's stack grows on demand up to RLIMIT_STACK, so lowering the limit here makes
// unbounded recursion on deep input fail in every build, not only under AddressSanitizer's
// larger frames. Parsers of untrusted input must not recurse per nesting level.
constexpr rlim_t kStackBytes = 1 << 20;

void LimitStack() {
    rlimit limit{};
    if (getrlimit(RLIMIT_STACK, &limit) == 0 && limit.rlim_cur > kStackBytes) {
        limit.rlim_cur = kStackBytes;
        setrlimit(RLIMIT_STACK, &limit);
    }
}

}  // namespace

int main(int argc, char** argv) {
    LimitStack();
    if (argc < 2) {
        std::fprintf(stderr, "usage: %s CORPUS_DIR_OR_FILE...\n", argv[0]);
        return 2;
    }
    std::vector<fs::path> inputs;
    for (int i = 1; i < argc; ++i) {
        if (!CollectInputs(argv[i], inputs)) {
            std::fprintf(stderr, "%s: cannot read\n", argv[i]);
            return 2;
        }
    }
    // An empty corpus would make the test pass while checking nothing.
    if (inputs.empty()) {
        std::fprintf(stderr, "no corpus files given\n");
        return 2;
    }
    std::sort(inputs.begin(), inputs.end());
    for (const fs::path& input : inputs) {
        std::ifstream file(input, std::ios::binary);
        std::vector<char> bytes((std::istreambuf_iterator<char>(file)),
                                std::istreambuf_iterator<char>());
        if (file.bad()) {
            std::fprintf(stderr, "%s: read failed\n", input.c_str());
            return 2;
        }
        // Printed before the run so that a crash names its input.
        std::fprintf(stderr, "replay %s (%zu bytes)\n", input.c_str(), bytes.size());
        // A copy of exactly the input's size, so AddressSanitizer sees any read past the end.
        std::vector<uint8_t> data(bytes.begin(), bytes.end());
        LLVMFuzzerTestOneInput(data.data(), data.size());
    }
    std::printf("%zu inputs replayed\n", inputs.size());
    return 0;
}
