// MarkdownToHtml: the HTML written for each piece of the subset, and HtmlToMarkdown reading it
// back to the same Markdown.
#include "content/richtext/markdown_html.h"

#include <initializer_list>
#include <string>

#include <gtest/gtest.h>

#include "content/richtext/html_to_markdown.h"
#include "content/richtext/markdown.h"
#include "content/richtext/sha256.h"

namespace summit::content {
namespace {

TEST(MarkdownToHtml, WritesEachPieceOfTheSubset) {
    EXPECT_EQ(MarkdownToHtml("One **bold** and *it*.\n\nTwo\nlines"),
              "<p>One <b>bold</b> and <i>it</i>.</p><p>Two<br>lines</p>");
    EXPECT_EQ(MarkdownToHtml("H~2~O & E=mc^2^ <x> \"q\""),
              "<p>H<sub>2</sub>O &amp; E=mc<sup>2</sup> &lt;x&gt; \"q\"</p>");
    EXPECT_EQ(MarkdownToHtml("- a\n  - b\n- c\n\n3. x\n4. y"),
              "<ul><li>a<ul><li>b</li></ul></li><li>c</li></ul>"
              "<ol start=\"3\"><li>x</li><li>y</li></ol>");
    EXPECT_EQ(MarkdownToHtml("- a\n1. b"), "<ul><li>a</li></ul><ol><li>b</li></ol>");
    EXPECT_EQ(MarkdownToHtml(""), "");
}

TEST(PlainToHtml, EscapesAndBreaksLines) {
    EXPECT_EQ(PlainToHtml("a < b & c\nd\r\ne\rf **g**"), "a &lt; b &amp; c<br>d<br>e<br>f **g**");
}

TEST(MarkdownToHtml, ImagesTakeTheirSourceOrLeaveTheirAltText) {
    const std::string hash(64, 'a');
    const std::string markdown = "See ![a \"cat\"](media:" + hash + ")";
    EXPECT_EQ(MarkdownToHtml(markdown), "<p>See a \"cat\"</p>");
    EXPECT_EQ(MarkdownToHtml(markdown,
                             [&](std::string_view h) {
                                 return h == hash ? std::string("@@PLUGINFILE@@/x.png") : "";
                             }),
              "<p>See <img src=\"@@PLUGINFILE@@/x.png\" alt=\"a &quot;cat&quot;\"></p>");
}

TEST(MarkdownToHtml, HtmlToMarkdownReadsItBack) {
    const std::string png = std::string("\x89PNG\r\n\x1a\n", 8) + "pixels";
    const std::string hash = Sha256Hex(png);
    for (const std::string& markdown : std::initializer_list<std::string>{
             std::string("plain words"),
             std::string("**bold *both*** and ~sub~ ^sup^\nnext line"),
             std::string("First\n\n- one\n- two\n  - deeper\n    1. numbered\n\nAfter"),
             std::string("7. seven\n8. eight"),
             std::string("Escaped \\*stars\\* and 1\\. not a list & <tag>"),
             "An image ![alt text](media:" + hash + ") inline",
         }) {
        const std::string html =
            MarkdownToHtml(markdown, [&](std::string_view) { return std::string("pic.png"); });
        const HtmlConversion back = HtmlToMarkdown(
            html, [&](std::string_view name) { return name == "pic.png" ? &png : nullptr; });
        // The same blocks and runs: HtmlToMarkdown may write them differently (fewer escapes).
        EXPECT_EQ(ParseMarkdown(back.markdown), ParseMarkdown(markdown)) << html;
        EXPECT_TRUE(back.warnings.empty()) << html;
    }
}

}  // namespace
}  // namespace summit::content
