// HTML from Moodle and Anki into the Markdown subset, including broken and hostile HTML.
#include "content/richtext/html_to_markdown.h"

#include <map>
#include <string>

#include <gtest/gtest.h>

#include "content/richtext/markdown.h"
#include "content/richtext/sha256.h"

namespace summit::content {
namespace {

std::string Md(std::string_view html) {
    return HtmlToMarkdown(html).markdown;
}

const std::string kPng = std::string("\x89PNG\r\n\x1a\n", 8) + "pixels";

TEST(HtmlToMarkdownTest, ParagraphsBreaksAndStyles) {
    EXPECT_EQ(Md("<p>One <b>bold</b> and <i>it</i>.</p><p>Two<br>lines</p>"),
              "One **bold** and *it*.\n\nTwo\nlines");
    EXPECT_EQ(Md("H<sub>2</sub>O and E=mc<sup>2</sup>"), "H~2~O and E=mc^2^");
    EXPECT_EQ(Md("<strong><em>both</em></strong>"), "***both***");
    EXPECT_EQ(Md("<h2>Title</h2>text"), "**Title**\n\ntext");
    // Empty and nested styles leave no stray markers.
    EXPECT_EQ(Md("a<b></b>b<b><b>c</b></b>"), "ab**c**");
    EXPECT_EQ(Md("<b>x </b>y"), "**x** y");
}

TEST(HtmlToMarkdownTest, TwoBreaksInARowMakeABlankLine) {
    EXPECT_EQ(Md("a<br>b<br>c"), "a\nb\nc");
    EXPECT_EQ(Md("a<br><br>b"), "a\n\nb");
    EXPECT_EQ(Md("a<br /> \n <br/>b"), "a\n\nb");
    // Markdown has no taller gap than a blank line.
    EXPECT_EQ(Md("a<br><br><br>b"), "a\n\nb");
    EXPECT_EQ(Md("<br><br>a"), "a");
    // In a list item a blank line would end the item: the breaks stay one.
    EXPECT_EQ(Md("<ul><li>a<br><br>b</li></ul>"), "- a\nb");
    EXPECT_EQ(HtmlToPlain("one<br><br>two"), "one\n\ntwo");
    EXPECT_EQ(ParseMarkdown(Md("one<br><br>two")).blocks.size(), 2u);
}

// Found by fuzzing: a control character in an image's alt text reached the Markdown.
TEST(HtmlToMarkdownTest, ControlCharactersInAnImageAltBecomeSpaces) {
    const std::string png = std::string("\x89PNG\r\n\x1a\n", 8) + "x";
    const HtmlConversion out = HtmlToMarkdown(
        "<img src=\"a.png\" alt=\"a\x12"
        "b\">",
        [&](std::string_view) { return &png; });
    EXPECT_EQ(out.markdown.find('\x12'), std::string::npos) << out.markdown;
    EXPECT_NE(out.markdown.find("![a b](media:"), std::string::npos) << out.markdown;
}

TEST(HtmlToMarkdownTest, InvalidUtf8BecomesReplacementCharactersAndKeepsNoTab) {
    // 0xFF and a lone continuation byte start no character; a lead byte cut short by a tab
    // must not carry the tab into the Markdown.
    const std::string md =
        Md("a\xFF\t\tb \x80"
           "c \xE2\x82\td \xE2\x82\xAC");
    EXPECT_EQ(md.find('\t'), std::string::npos) << md;
    EXPECT_EQ(md,
              "a\xEF\xBF\xBD b \xEF\xBF\xBD"
              "c \xEF\xBF\xBD\xEF\xBF\xBD d \xE2\x82\xAC");
}

TEST(HtmlToMarkdownTest, WhitespaceCollapsesAndEntitiesDecode) {
    EXPECT_EQ(Md("  a \n\t b&nbsp;&nbsp;c  "), "a b c");
    EXPECT_EQ(Md("&lt;tag&gt; &amp; &eacute; &#233; &#x263A; &quot;q&quot;"),
              "<tag> & \xC3\xA9 \xC3\xA9 \xE2\x98\xBA \"q\"");
    EXPECT_EQ(Md("<pre>line 1\n  indented  x</pre>"), "line 1\nindented  x");
}

TEST(HtmlToMarkdownTest, TextThatLooksLikeMarkupIsEscaped) {
    const std::string md = Md("<p>2 * 3 ^ 4 ~ 5 [x] \\</p><p>- dash</p><p>1. not a list</p>");
    EXPECT_EQ(md, "2 \\* 3 \\^ 4 \\~ 5 \\[x] \\\\\n\n\\- dash\n\n1\\. not a list");
    EXPECT_EQ(MarkdownToPlain(md), "2 * 3 ^ 4 ~ 5 [x] \\\n\n- dash\n\n1. not a list");
    // A number split across elements still cannot become a list marker.
    EXPECT_EQ(MarkdownToPlain(Md("<span>1</span>. x")), "1. x");
    EXPECT_EQ(ParseMarkdown(Md("<span>1</span>. x")).blocks[0].kind, Block::Kind::kParagraph);
}

TEST(HtmlToMarkdownTest, NestedListsAndBlocksInsideItems) {
    EXPECT_EQ(Md("<ul><li>a<ul><li>b</li><li>c</li></ul></li><li>d</li></ul><p>after</p>"),
              "- a\n  - b\n  - c\n- d\n\nafter");
    EXPECT_EQ(Md("<p>before</p><ol><li><p>one</p><p>more</p></li><li>two</li></ol>"),
              "before\n1. one\nmore\n2. two");
    // Unclosed items and lists are closed by the parser.
    EXPECT_EQ(Md("<ol><li>x<li>y"), "1. x\n2. y");
    EXPECT_EQ(Md("<li>stray item</li>"), "- stray item");
    const RichText rich = ParseMarkdown(Md("<ul><li>a<ul><li>b</li></ul></li></ul>"));
    ASSERT_EQ(rich.blocks.size(), 2u);
    EXPECT_EQ(rich.blocks[1].level, 1);
}

TEST(HtmlToMarkdownTest, ScriptsStylesAndAttributesAreDropped) {
    const HtmlConversion out = HtmlToMarkdown(
        "<style>p{color:red}</style><script>alert('x')</script>"
        "<p onclick=\"steal()\" style=\"x\">Safe <a href=\"javascript:x\">link</a>"
        "</p><!-- comment --><iframe src=\"x\">frame text</iframe>"
        "<svg><text>svg text</text></svg>");
    EXPECT_EQ(out.markdown, "Safe link");
    EXPECT_FALSE(out.has_markup);
}

TEST(HtmlToMarkdownTest, UnclosedAndMisnestedTags) {
    EXPECT_EQ(MarkdownToPlain(Md("<b>bold <i>both</b> after")), "bold both after");
    EXPECT_EQ(Md("<p>one<p>two"), "one\n\ntwo");
    EXPECT_EQ(MarkdownToPlain(Md("<div><span>unterminated <b")), "unterminated");
    EXPECT_EQ(Md(""), "");
    EXPECT_EQ(Md("plain"), "plain");
}

TEST(HtmlToMarkdownTest, ImagesSuppliedByNameBecomeMediaReferences) {
    const std::map<std::string, std::string> files = {{"a b.png", kPng}, {"notes.txt", "hello"}};
    const MediaLookup lookup = [&](std::string_view name) -> const std::string* {
        auto it = files.find(std::string(name));
        return it == files.end() ? nullptr : &it->second;
    };
    const HtmlConversion out = HtmlToMarkdown(
        "<p>Map: <img src=\"@@PLUGINFILE@@/a%20b.png\" alt=\"A [map]\"> "
        "<img src=\"a b.png\"><img src=\"gone.png\" alt=\"Gone\"><img src=\"notes.txt\"></p>",
        lookup);
    const std::string hash = Sha256Hex(kPng);
    EXPECT_EQ(out.markdown, "Map: ![A [map\\]](media:" + hash + ") ![](media:" + hash + ")Gone");
    EXPECT_EQ(out.images, (std::vector<ConvertedImage>{{"a b.png", hash}}));
    ASSERT_EQ(out.warnings.size(), 2u);
    EXPECT_NE(out.warnings[0].find("gone.png"), std::string::npos);
    EXPECT_NE(out.warnings[1].find("not a PNG"), std::string::npos);
    EXPECT_TRUE(out.has_markup);
    EXPECT_EQ(MediaHashes(out.markdown), std::vector<std::string>{hash});
}

TEST(HtmlToMarkdownTest, ImagesWithoutALookupKeepTheirAltText) {
    const HtmlConversion out = HtmlToMarkdown("<img src=\"x.png\" alt=\"a cat\">");
    EXPECT_EQ(out.markdown, "a cat");
    EXPECT_EQ(out.warnings.size(), 1u);
    EXPECT_EQ(HtmlToPlain("<p>a<br>b</p>"), "a\nb");
}

TEST(HtmlToMarkdownTest, InvalidUtf8AndNulBytesDoNotBreakTheOutput) {
    const std::string html = std::string("ok <b>\xff\xfe</b> \0 end", 17);
    const std::string md = Md(html);
    EXPECT_NE(md.find("ok"), std::string::npos);
    EXPECT_EQ(md.find('\0'), std::string::npos);
}

TEST(HtmlToMarkdownTest, AMegabyteOfNestingDoesNotOverflowTheStack) {
    std::string html;
    for (int i = 0; i < 100'000; ++i) {
        html += i % 2 == 0 ? "<div>" : "<b>";
    }
    html += "deep";
    EXPECT_GE(html.size(), 400'000u);
    EXPECT_EQ(MarkdownToPlain(Md(html)), "deep");
    std::string lists;
    for (int i = 0; i < 150'000; ++i) {
        lists += "<ul><li>";
    }
    lists += "x";
    ASSERT_GE(lists.size(), 1'000'000u);
    EXPECT_NE(Md(lists).find('x'), std::string::npos);
}

}  // namespace
}  // namespace summit::content
