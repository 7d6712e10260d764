// Fuzz target for HTML question texts: any bytes convert, the Markdown written reads back
// without control characters, and images appear only when their bytes were supplied.
#include <cstdint>
#include <string>

#include "content/richtext/html_to_markdown.h"
#include "content/richtext/markdown.h"
#include "content/richtext/sha256.h"
#include "tests/fuzz/fuzz_check.h"

namespace summit::fuzz {
namespace {

bool HasControlCharacters(std::string_view text, bool allow_newline) {
    for (char c : text) {
        const auto byte = static_cast<unsigned char>(c);
        if (byte < 0x20 && !(allow_newline && c == '\n')) {
            return true;
        }
    }
    return false;
}

}  // namespace
}  // namespace summit::fuzz

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    using namespace summit;
    const std::string_view html = fuzz::AsText(data, size);

    const content::HtmlConversion bare = content::HtmlToMarkdown(html);
    SUMMIT_FUZZ_CHECK(!fuzz::HasControlCharacters(bare.markdown, true));
    SUMMIT_FUZZ_CHECK(bare.images.empty());
    SUMMIT_FUZZ_CHECK(content::MediaHashes(bare.markdown).empty());

    // Every name is an image: each reference is to those bytes, and the plain text is
    // unchanged apart from the images.
    const std::string png = std::string("\x89PNG\r\n\x1a\n", 8) + "fuzz";
    const std::string hash = content::Sha256Hex(png);
    const content::HtmlConversion rich =
        content::HtmlToMarkdown(html, [&](std::string_view) { return &png; });
    SUMMIT_FUZZ_CHECK(rich.images.size() <= 1);
    for (const std::string& used : content::MediaHashes(rich.markdown)) {
        SUMMIT_FUZZ_CHECK(used == hash);
    }
    const content::RichText parsed = content::ParseMarkdown(rich.markdown);
    for (const content::Block& block : parsed.blocks) {
        SUMMIT_FUZZ_CHECK(block.level >= 0 && block.level <= content::kMaxListLevel);
        for (const content::Span& run : block.runs) {
            SUMMIT_FUZZ_CHECK(run.kind != content::Span::Kind::kText || !run.text.empty());
            SUMMIT_FUZZ_CHECK(!fuzz::HasControlCharacters(run.text, false));
        }
    }
    // The plain version keeps line structure and nothing else.
    const std::string plain = content::MarkdownToPlain(bare.markdown);
    SUMMIT_FUZZ_CHECK(!fuzz::HasControlCharacters(plain, true));
    return 0;
}
