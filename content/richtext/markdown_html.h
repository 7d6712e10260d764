// Summit's Markdown subset (markdown.h) as HTML, for writers whose target shows HTML (Anki
// fields). Self-contained: it walks ParseMarkdown's blocks and knows nothing of any format.
#pragma once

#include <functional>
#include <string>
#include <string_view>

namespace summit::content {

// The `src` an image with this media hash (64 hex digits) is written with, e.g. the file
// name the writer stores its bytes under. An empty result writes the alt text instead.
using HtmlImageSource = std::function<std::string(std::string_view hash)>;

// `&`, `<`, `>` and `"` as entities: text that reads back as itself in HTML and attributes.
std::string EscapeHtml(std::string_view text);

// Plain text as HTML: escaped, each line break a <br>.
std::string PlainToHtml(std::string_view text);

// The subset as HTML: a single paragraph stays bare text (Anki's fields hold short texts, and
// a <p> margin would push every card's front down); several paragraphs become <div>s; lists
// <ul>/<ol> (nested by level, an <ol> starting at its first number); bold <b>, italic <i>,
// superscripts <sup>, subscripts <sub>, line breaks <br>, images <img src="NAME" alt="ALT">.
std::string MarkdownToHtml(std::string_view markdown, const HtmlImageSource& image_source);

}  // namespace summit::content
