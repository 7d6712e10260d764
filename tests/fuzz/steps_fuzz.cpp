// Fuzz target for the (re)learning steps typed into a deck's settings (ParseStepList): every
// step that parses is a positive delay of at most 100 years, and each word of the list parses
// alone to the same delay; what does not parse fails with kInvalidArgument and a message.
#include <cstdint>
#include <string>
#include <vector>

#include "app/scheduler/steps.h"
#include "tests/fuzz/fuzz_check.h"

namespace {

// The words of a list as ParseStepList documents it: separated by spaces, commas or tabs.
std::vector<std::string> Words(std::string_view text) {
    std::vector<std::string> words;
    std::string word;
    for (const char c : text) {
        if (c == ' ' || c == ',' || c == '\t') {
            if (!word.empty()) {
                words.push_back(std::move(word));
                word.clear();
            }
        } else {
            word += c;
        }
    }
    if (!word.empty()) {
        words.push_back(std::move(word));
    }
    return words;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    using namespace summit;
    constexpr int kHundredYearsMinutes = 100 * 365 * 24 * 60;
    const std::string_view text = fuzz::AsText(data, size);
    auto steps = study::ParseStepList(text);
    if (!steps) {
        SUMMIT_FUZZ_CHECK(fuzz::HasMessage(steps.error()));
        SUMMIT_FUZZ_CHECK(steps.error().code == ErrorCode::kInvalidArgument);
        return 0;
    }
    const std::vector<std::string> words = Words(text);
    SUMMIT_FUZZ_CHECK(words.size() == steps->size());
    for (std::size_t i = 0; i < words.size(); ++i) {
        SUMMIT_FUZZ_CHECK((*steps)[i] > 0 && (*steps)[i] <= kHundredYearsMinutes);
        auto alone = study::ParseStepMinutes(words[i]);
        SUMMIT_FUZZ_CHECK(alone.has_value() && *alone == (*steps)[i]);
    }
    return 0;
}
