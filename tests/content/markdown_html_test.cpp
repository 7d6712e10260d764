// MarkdownToHtml: every construct of the subset, escaping, nesting and image names.
#include "content/richtext/markdown_html.h"

#include <string>

#include <gtest/gtest.h>

#include "content/richtext/sha256.h"

namespace summit::content {
namespace {

std::string Html(std::string_view markdown) {
    return MarkdownToHtml(markdown, {});
}

TEST(MarkdownHtmlTest, OneParagraphIsBareStyledText) {
    EXPECT_EQ(Html("a **b** *c* ***d*** x^2^ H~2~O"),
              "a <b>b</b> <i>c</i> <b><i>d</i></b> x<sup>2</sup> H<sub>2</sub>O");
    EXPECT_EQ(Html("line one\nline two"), "line one<br>line two");
}

TEST(MarkdownHtmlTest, TextIsEscapedNotInterpreted) {
    EXPECT_EQ(Html("<script>alert(\"x\")</script> & co"),
              "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; co");
    EXPECT_EQ(Html("\\*not italic\\*"), "*not italic*");
}

TEST(MarkdownHtmlTest, ParagraphsBecomeDivs) {
    EXPECT_EQ(Html("first\n\nsecond"), "<div>first</div><div>second</div>");
}

TEST(MarkdownHtmlTest, ListsNestInsideTheirParentItem) {
    EXPECT_EQ(Html("- a\n  - b\n  - c\n- d"),
              "<ul><li>a<ul><li>b</li><li>c</li></ul></li><li>d</li></ul>");
    EXPECT_EQ(Html("3. three\n4. four"), "<ol start=\"3\"><li>three</li><li>four</li></ol>");
    EXPECT_EQ(Html("intro\n\n1. one\n- dot\n\nafter"),
              "<div>intro</div><ol><li>one</li></ol><ul><li>dot</li></ul><div>after</div>");
}

TEST(MarkdownHtmlTest, ImagesUseTheNameTheWriterGives) {
    const std::string hash = Sha256Hex("picture");
    const std::string text = "see ![a \"map\"](media:" + hash + ")";
    EXPECT_EQ(MarkdownToHtml(text,
                             [&](std::string_view h) {
                                 return h == hash ? std::string("0001.png") : std::string();
                             }),
              "see <img src=\"0001.png\" alt=\"a &quot;map&quot;\">");
    // No name: the alt text stands in for the image.
    EXPECT_EQ(MarkdownToHtml(text, [](std::string_view) { return std::string(); }),
              "see a &quot;map&quot;");
}

TEST(MarkdownHtmlTest, PlainTextKeepsItsLineBreaks) {
    EXPECT_EQ(PlainToHtml("a < b\r\n**c**\nd"), "a &lt; b<br>**c**<br>d");
    EXPECT_EQ(PlainToHtml(""), "");
}

}  // namespace
}  // namespace summit::content
