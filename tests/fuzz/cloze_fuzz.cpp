// Fuzz target for cloze prompts: a parse keeps the texts/gaps shape and clean answers; a
// failure is kParse with a message.
#include <cstdint>
#include <string>

#include "content/model/cloze.h"
#include "tests/fuzz/fuzz_check.h"

namespace summit::fuzz {
namespace {

bool IsTrimmed(std::string_view text) {
    constexpr std::string_view kSpace = " \t\r\n";
    return !text.empty() && kSpace.find(text.front()) == std::string_view::npos &&
           kSpace.find(text.back()) == std::string_view::npos;
}

bool HasMarkers(std::string_view text) {
    return text.find("{{") != std::string_view::npos || text.find("}}") != std::string_view::npos;
}

}  // namespace
}  // namespace summit::fuzz

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    using namespace summit;
    const std::string_view prompt = fuzz::AsText(data, size);
    auto cloze = content::ParseCloze(prompt);
    if (!cloze) {
        SUMMIT_FUZZ_CHECK(cloze.error().code == ErrorCode::kParse);
        SUMMIT_FUZZ_CHECK(fuzz::HasMessage(cloze.error()));
        return 0;
    }
    SUMMIT_FUZZ_CHECK(!cloze->gaps.empty());
    SUMMIT_FUZZ_CHECK(cloze->texts.size() == cloze->gaps.size() + 1);
    std::size_t text_bytes = 0;
    for (const std::string& text : cloze->texts) {
        SUMMIT_FUZZ_CHECK(!fuzz::HasMarkers(text));
        text_bytes += text.size();
    }
    for (const content::ClozeGap& gap : cloze->gaps) {
        SUMMIT_FUZZ_CHECK(!gap.answers.empty());
        for (const std::string& answer : gap.answers) {
            SUMMIT_FUZZ_CHECK(fuzz::IsTrimmed(answer));
            SUMMIT_FUZZ_CHECK(!fuzz::HasMarkers(answer));
            SUMMIT_FUZZ_CHECK(answer.find('|') == std::string::npos);
        }
    }
    // Each gap is at least "{{x}}" in the prompt and "____" in the blanked sentence.
    SUMMIT_FUZZ_CHECK(text_bytes + 5 * cloze->gaps.size() <= prompt.size());
    const std::string blanked = content::ClozeWithBlanks(*cloze);
    SUMMIT_FUZZ_CHECK(blanked.size() == text_bytes + 4 * cloze->gaps.size());
    return 0;
}
