// Summit's Markdown subset as HTML, for the formats that keep question texts as HTML (Moodle
// XML, Anki): the inverse of HtmlToMarkdown for everything the subset can say.
#pragma once

#include <functional>
#include <string>
#include <string_view>

namespace summit::content {

// The src to write for an image of this media hash, or empty to write its alt text instead.
using ImageSource = std::function<std::string(std::string_view hash)>;

// Paragraphs as <p>, line breaks as <br>, list items as <li> in nested <ul>/<ol> (an <ol>
// whose first number is not 1 gets a start attribute), bold <b>, italic <i>, superscript
// <sup>, subscript <sub>, images as <img src alt> with the src `image_source` gives (no
// source: the alt text). Text is escaped (& < >, and " in attributes); nothing else is added, so
// HtmlToMarkdown(MarkdownToHtml(m)) reads back m as Summit writes it.
std::string MarkdownToHtml(std::string_view markdown, const ImageSource& image_source = nullptr);

// `text` with &, <, and > as entities, for the content of an element.
std::string EscapeHtml(std::string_view text);

// Plain text as HTML that shows it: escaped, each line break ("\n", "\r\n" or "\r") a <br>.
std::string PlainToHtml(std::string_view text);

}  // namespace summit::content
