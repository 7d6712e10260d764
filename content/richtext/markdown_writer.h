// Internal to the HTML converter: writes the Markdown subset from a stream of text, breaks,
// list items, styles and images, escaping the text and emitting style markers only around
// characters, so empty or nested styles never leave stray markers.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace summit::content {

class MarkdownWriter {
  public:
    enum class Break { kNone, kSpace, kLine, kParagraph };

    // Text as it appears in HTML: runs of whitespace (non-breaking spaces included) become one
    // space, dropped at the start and end of blocks. With `preformatted`, newlines are line
    // breaks and spaces are kept.
    void Text(std::string_view utf8, bool preformatted);
    // Asks for at least this separation before the next character.
    void RequestBreak(Break kind);
    // An HTML <br>: a line break, and with another before the next character a blank line
    // (Break::kParagraph), unless `blank_allowed` is false (inside a list item, where a blank
    // line would end the item).
    void LineBreak(bool blank_allowed);
    // Starts a list item at `level` (0-based); `number` 0 for a bullet.
    void StartItem(int level, int number);
    // Style counters: nested <b><b> needs both ends before bold stops.
    void PushStyle(uint8_t bit);
    void PopStyle(uint8_t bit);
    // An image by hash with its alt text.
    void Image(std::string_view alt, std::string_view hash);
    // The text written so far with every style closed.
    std::string Finish();

    bool has_markup() const { return has_markup_; }

  private:
    void BeforeContent();
    void Char(std::string_view utf8_char);
    void CloseStyles(uint8_t bits);
    uint8_t Desired() const;

    std::string out_;
    Break pending_ = Break::kNone;
    int pending_line_breaks_ = 0;  // <br> since the last character
    std::string pending_item_;     // "  - " or "1. " to write before the next content
    uint8_t emitted_ = 0;          // styles whose opening marker is written
    int counts_[4] = {};           // how many open elements ask for each style
    bool line_start_ = true;
    bool line_digits_only_ = false;  // the line so far is digits: a '.' would make a list item
    bool has_markup_ = false;
};

}  // namespace summit::content
