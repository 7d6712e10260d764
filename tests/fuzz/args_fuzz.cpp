// Fuzz target for the command-line parser: the input is argv[1..] separated by NUL bytes. Every
// word ends up a positional, a switch or an option value, or the parse fails with a message.
#include <algorithm>
#include <cstdint>
#include <set>
#include <string>
#include <vector>

#include "app/bootstrap/args.h"
#include "tests/fuzz/fuzz_check.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    using namespace summit;
    const std::string_view input = fuzz::AsText(data, size);
    std::vector<std::string> words = {"summit"};
    for (std::size_t start = 0; start <= input.size() && words.size() < 64;) {
        const std::size_t end = std::min(input.find('\0', start), input.size());
        words.emplace_back(input.substr(start, end - start));
        start = end + 1;
    }
    std::vector<char*> argv;
    for (std::string& word : words) {
        argv.push_back(word.data());
    }
    argv.push_back(nullptr);
    const std::set<std::string> valued = {"deck", "now", "limit"};
    const std::set<std::string> flags = {"json", "all"};
    auto args = bootstrap::ParseArgs(static_cast<int>(words.size()), argv.data(), valued, flags);
    if (!args) {
        SUMMIT_FUZZ_CHECK(args.error().code == ErrorCode::kInvalidArgument);
        SUMMIT_FUZZ_CHECK(fuzz::HasMessage(args.error()));
        return 0;
    }
    // Each argv word is used at most once: as a positional, a switch, an option or its value.
    SUMMIT_FUZZ_CHECK(args->words.size() + args->switches.size() + args->options.size() <=
                      words.size() - 1);
    for (const std::string& name : args->switches) {
        SUMMIT_FUZZ_CHECK(flags.count(name) == 1 && args->Has(name));
    }
    for (const auto& [name, value] : args->options) {
        SUMMIT_FUZZ_CHECK(valued.count(name) == 1 && args->Get(name) == value);
    }
    return 0;
}
