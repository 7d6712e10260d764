// Summit's small Markdown subset (docs/bank-format.md, "Rich text"): what a question's texts
// mean when it declares text_format "markdown". Parsing never fails: text that is not markup
// is text.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace summit::content {

// Style bits of a text run; any combination.
enum StyleBit : uint8_t {
    kStyleBold = 1,
    kStyleItalic = 2,
    kStyleSuperscript = 4,
    kStyleSubscript = 8,
};

// One piece of a block's content.
struct Span {
    enum class Kind { kText, kLineBreak, kImage };
    Kind kind = Kind::kText;
    std::string text;   // kText: the characters; kImage: the alt text (may be empty)
    uint8_t style = 0;  // kText: StyleBit flags
    std::string hash;   // kImage: the SHA-256 of the image bytes, 64 lowercase hex digits

    bool operator==(const Span&) const = default;
};

struct Block {
    enum class Kind { kParagraph, kBullet, kNumbered };
    Kind kind = Kind::kParagraph;
    int level = 0;   // list nesting: 0 .. kMaxListLevel; 0 for a paragraph
    int number = 0;  // kNumbered: the number as written
    std::vector<Span> runs;

    bool operator==(const Block&) const = default;
};

// Deeper indentation is read as this level.
inline constexpr int kMaxListLevel = 7;

struct RichText {
    std::vector<Block> blocks;

    bool operator==(const RichText&) const = default;
};

// Parses the subset. Any input is accepted (invalid UTF-8 passes through as bytes); runs are
// never empty and neighbouring runs of one style are merged. Linear in the input's size.
RichText ParseMarkdown(std::string_view text);

// The text without markup, for the command line, search and comparing answers: paragraphs
// separated by a blank line, line breaks and list items on their own lines ("- " and "N. ",
// two spaces per level), a superscript run preceded by "^", an image as "[image: ALT]" (or
// "[image]").
std::string MarkdownToPlain(std::string_view text);
// True for a text MarkdownToPlain gives back as it is without parsing it: one line with no
// markup character, no list marker and no blank at either end.
bool IsPlainMarkdown(std::string_view text);

// Plain text written so that ParseMarkdown reads it back as that text: backslashes before
// the characters the subset treats as markup, and before list markers that open a line.
std::string EscapeMarkdown(std::string_view plain);

// The distinct media hashes the text's images refer to, in order of first use.
std::vector<std::string> MediaHashes(std::string_view text);

}  // namespace summit::content
