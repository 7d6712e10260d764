// The Markdown subset: blocks, styles, escapes, images, and text that only looks like markup.
#include "content/richtext/markdown.h"

#include <string>
#include <string_view>
#include <vector>

#include <gtest/gtest.h>

#include "content/richtext/sha256.h"

namespace summit::content {
namespace {

const std::string kHash = Sha256Hex("picture");

Span Text(std::string text, uint8_t style = 0) {
    return {Span::Kind::kText, std::move(text), style, {}};
}

Span LineBreak() {
    return {Span::Kind::kLineBreak, {}, 0, {}};
}

std::vector<Span> RunsOf(std::string_view text) {
    const RichText rich = ParseMarkdown(text);
    EXPECT_EQ(rich.blocks.size(), 1u) << text;
    return rich.blocks.empty() ? std::vector<Span>{} : rich.blocks[0].runs;
}

TEST(MarkdownTest, StylesAndTheirCombinations) {
    EXPECT_EQ(RunsOf("a **b** *c* ***d*** x^2^ H~2~O"),
              (std::vector<Span>{
                  Text("a "), Text("b", kStyleBold), Text(" "), Text("c", kStyleItalic), Text(" "),
                  Text("d", kStyleBold | kStyleItalic), Text(" x"), Text("2", kStyleSuperscript),
                  Text(" H"), Text("2", kStyleSubscript), Text("O")}));
    EXPECT_EQ(RunsOf("**bold *both* bold**"),
              (std::vector<Span>{Text("bold ", kStyleBold), Text("both", kStyleBold | kStyleItalic),
                                 Text(" bold", kStyleBold)}));
}

TEST(MarkdownTest, UnmatchedDelimitersAreText) {
    EXPECT_EQ(RunsOf("2 * 3 = 6"), (std::vector<Span>{Text("2 * 3 = 6")}));
    EXPECT_EQ(RunsOf("**open"), (std::vector<Span>{Text("**open")}));
    EXPECT_EQ(RunsOf("a ~ b ^ c"), (std::vector<Span>{Text("a ~ b ^ c")}));
    // The third star has no partner after it.
    EXPECT_EQ(RunsOf("*a* *b"), (std::vector<Span>{Text("a", kStyleItalic), Text(" *b")}));
    // Delimiters pair within a block only.
    const RichText two = ParseMarkdown("*a\n\nb*");
    ASSERT_EQ(two.blocks.size(), 2u);
    EXPECT_EQ(two.blocks[0].runs, (std::vector<Span>{Text("*a")}));
}

TEST(MarkdownTest, BackslashEscapes) {
    EXPECT_EQ(RunsOf(R"(\*not italic\* \\ \^ \~ \[ \- C:\dir)"),
              (std::vector<Span>{Text(R"(*not italic* \ ^ ~ [ - C:\dir)")}));
}

TEST(MarkdownTest, ParagraphsLineBreaksAndLists) {
    const RichText rich = ParseMarkdown(
        "First line\nsecond line\n\n- one\n- two\n  continued\n  - nested\n"
        "3. three\n\r\nlast");
    ASSERT_EQ(rich.blocks.size(), 6u);
    EXPECT_EQ(rich.blocks[0].runs,
              (std::vector<Span>{Text("First line"), LineBreak(), Text("second line")}));
    EXPECT_EQ(rich.blocks[1].kind, Block::Kind::kBullet);
    EXPECT_EQ(rich.blocks[2].runs,
              (std::vector<Span>{Text("two"), LineBreak(), Text("continued")}));
    EXPECT_EQ(rich.blocks[3].kind, Block::Kind::kBullet);
    EXPECT_EQ(rich.blocks[3].level, 1);
    EXPECT_EQ(rich.blocks[4].kind, Block::Kind::kNumbered);
    EXPECT_EQ(rich.blocks[4].number, 3);
    EXPECT_EQ(rich.blocks[5].kind, Block::Kind::kParagraph);
    EXPECT_EQ(rich.blocks[5].runs, (std::vector<Span>{Text("last")}));
}

TEST(MarkdownTest, NotListMarkers) {
    EXPECT_EQ(ParseMarkdown("-no space").blocks[0].kind, Block::Kind::kParagraph);
    EXPECT_EQ(ParseMarkdown("1.5 litres").blocks[0].kind, Block::Kind::kParagraph);
    EXPECT_EQ(ParseMarkdown("1234567890. ten digits").blocks[0].kind, Block::Kind::kParagraph);
    EXPECT_EQ(ParseMarkdown(std::string(40, ' ') + "- deep").blocks[0].level, kMaxListLevel);
}

TEST(MarkdownTest, Images) {
    const std::vector<Span> runs = RunsOf("See ![a *red* \\] dot](media:" + kHash + ") here");
    ASSERT_EQ(runs.size(), 3u);
    EXPECT_EQ(runs[1], (Span{Span::Kind::kImage, "a *red* ] dot", 0, kHash}));
    // A wrong hash, another scheme or a missing parenthesis leave text.
    EXPECT_EQ(RunsOf("![x](media:abc)"), (std::vector<Span>{Text("![x](media:abc)")}));
    EXPECT_EQ(RunsOf("![x](http://a/b.png)"), (std::vector<Span>{Text("![x](http://a/b.png)")}));
    EXPECT_EQ(RunsOf("![x](media:" + kHash), (std::vector<Span>{Text("![x](media:" + kHash)}));
    EXPECT_EQ(MediaHashes("![](media:" + kHash + ") ![b](media:" + kHash + ")"),
              std::vector<std::string>{kHash});
}

TEST(MarkdownTest, ToPlain) {
    EXPECT_EQ(MarkdownToPlain("**Water** is H~2~O, 10^3^ g.\nNext\n\n- a\n  1. b\n\nEnd "
                              "![map](media:" +
                              kHash + ") ![](media:" + kHash + ")"),
              "Water is H2O, 10^3 g.\nNext\n\n- a\n  1. b\n\nEnd [image: map] [image]");
    EXPECT_EQ(MarkdownToPlain(""), "");
}

TEST(MarkdownTest, EscapedPlainTextReadsBackAsItself) {
    const std::string texts[] = {
        "2 * 3 ^ 4 ~ 5",     "- not a list", "12. not a list", "C:\\path\\*.txt", "![x](media:y)",
        "line\n- dash line", "a\n\nb",       "**stars**",      "x ~approx~ y",    "3.5 stars",
        "[link](somewhere)",
    };
    for (const std::string& text : texts) {
        EXPECT_EQ(MarkdownToPlain(EscapeMarkdown(text)), text) << EscapeMarkdown(text);
    }
}

// A text left as it is (one plain line) must be one the parse leaves as it is too. A final
// line break changes no block, and sends every text through the parse: the two must agree on
// every short text of characters that are, or open, markup, and of those that are not. The
// same holds for the escape, which also writes most one-line texts as they are.
TEST(MarkdownTest, ToPlainAgreesWithTheParseOnEveryShortText) {
    constexpr std::string_view kAlphabet = "a -1.\t*^~\\![\r";
    std::vector<std::string> texts = {""};
    for (std::size_t from = 0, length = 1; length <= 4; ++length) {
        const std::size_t to = texts.size();
        for (std::size_t i = from; i < to; ++i) {
            for (char c : kAlphabet) {
                texts.push_back(texts[i] + c);
            }
        }
        from = to;
    }
    ASSERT_GT(texts.size(), 20'000u);
    for (const std::string& text : texts) {
        EXPECT_EQ(MarkdownToPlain(text), MarkdownToPlain(text + "\n")) << "[" << text << "]";
        // The same for the escape: a final line break is copied and escapes nothing before it.
        EXPECT_EQ(EscapeMarkdown(text) + "\n", EscapeMarkdown(text + "\n")) << "[" << text << "]";
    }
}

TEST(MarkdownTest, HugeInputsStayLinear) {
    // A megabyte of unmatched delimiters and of nested list markers parses without
    // backtracking or recursion.
    const std::string stars(1 << 20, '*');
    const RichText rich = ParseMarkdown(stars + "x");
    ASSERT_EQ(rich.blocks.size(), 1u);
    std::string lines;
    for (int i = 0; i < 50'000; ++i) {
        lines += std::string(static_cast<std::size_t>(i % 20), ' ') + "- item\n";
    }
    EXPECT_EQ(ParseMarkdown(lines).blocks.size(), 50'000u);
}

}  // namespace
}  // namespace summit::content
