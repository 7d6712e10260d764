// HTML (as Moodle and Anki keep question texts) to Summit's Markdown subset: paragraphs,
// line breaks, lists, bold, italic, superscript, subscript and images the caller supplies.
// Everything else keeps its text or, for scripts and styles, is dropped.
#pragma once

#include <functional>
#include <string>
#include <string_view>
#include <vector>

namespace summit::content {

// The bytes of a file an <img src> may name (Moodle's "@@PLUGINFILE@@/NAME" or Anki's media
// file names, both without and with %-escapes decoded), or nullptr when the caller has none.
using MediaLookup = std::function<const std::string*(std::string_view name)>;

// An image the converted text refers to: the caller stores lookup(name) in the collection.
struct ConvertedImage {
    std::string name;  // as looked up
    std::string hash;  // Sha256Hex of its bytes, as written in the text

    bool operator==(const ConvertedImage&) const = default;
};

struct HtmlConversion {
    std::string markdown;                // for a question with text_format "markdown"
    std::vector<ConvertedImage> images;  // distinct, in order of first use
    std::vector<std::string> warnings;   // one sentence each: what was kept with a loss
    bool has_markup = false;             // a style, a list or an image: plain text would lose it
};

// Converts one HTML fragment or document with libxml2's HTML parser, which repairs whatever
// it is given (unclosed tags, stray text, bad entities); invalid UTF-8 is read as Latin-1 from
// the first bad byte on. Never fails. Kept: p/div/headings/blockquote/pre/tr and other blocks
// as paragraphs, br, ul/ol/li (nested), b/strong, i/em, sup, sub, headings in bold, and
// <img> whose src the lookup supplies and which are a PNG, JPEG or GIF up to kMaxImageBytes.
// An image without bytes, of another type or too large keeps its alt text and adds a
// warning. Dropped with their content: script, style, head, template, iframe, object, embed,
// svg, math and comments. Every attribute but img's src and alt and ol's start (digits) is
// ignored. Whitespace collapses as in a browser, non-breaking spaces included.
HtmlConversion HtmlToMarkdown(std::string_view html, const MediaLookup& media = nullptr);

// The HTML's text without markup: MarkdownToPlain of the conversion (images by alt text).
std::string HtmlToPlain(std::string_view html);

}  // namespace summit::content
