// Writing the Markdown subset for the HTML converter.
#include "content/richtext/markdown_writer.h"

#include <algorithm>
#include <bit>
#include <cassert>

#include "content/richtext/markdown.h"

namespace summit::content {
namespace {

constexpr const char* kMarkers[4] = {"**", "*", "^", "~"};  // by bit index of StyleBit

int BitIndex(uint8_t bit) {
    assert(std::has_single_bit(bit) && bit <= kStyleSubscript);
    return std::countr_zero(bit);
}

// The length of the well-formed UTF-8 character `bytes` starts with (1 to 4), or 0 when its
// first byte is no lead byte or a continuation byte is missing.
std::size_t Utf8SequenceLength(std::string_view bytes) {
    const unsigned char lead = static_cast<unsigned char>(bytes.front());
    const std::size_t length = lead < 0x80                   ? 1
                               : lead >= 0xC2 && lead < 0xE0 ? 2
                               : lead >= 0xE0 && lead < 0xF0 ? 3
                               : lead >= 0xF0 && lead < 0xF5 ? 4
                                                             : 0;
    if (length == 0 || length > bytes.size()) {
        return 0;
    }
    for (std::size_t i = 1; i < length; ++i) {
        if ((static_cast<unsigned char>(bytes[i]) & 0xC0) != 0x80) {
            return 0;
        }
    }
    return length;
}

}  // namespace

uint8_t MarkdownWriter::Desired() const {
    uint8_t bits = 0;
    for (int i = 0; i < 4; ++i) {
        if (counts_[i] > 0) {
            bits = static_cast<uint8_t>(bits | (1 << i));
        }
    }
    return bits;
}

void MarkdownWriter::PushStyle(uint8_t bit) {
    ++counts_[BitIndex(bit)];
}

void MarkdownWriter::PopStyle(uint8_t bit) {
    int& count = counts_[BitIndex(bit)];
    count = std::max(count - 1, 0);
}

void MarkdownWriter::CloseStyles(uint8_t bits) {
    for (int i = 0; i < 4; ++i) {
        if ((bits & emitted_ & (1 << i)) != 0) {
            out_ += kMarkers[i];
        }
    }
    emitted_ = static_cast<uint8_t>(emitted_ & ~bits);
}

void MarkdownWriter::RequestBreak(Break kind) {
    pending_ = std::max(pending_, kind);
}

void MarkdownWriter::LineBreak(bool blank_allowed) {
    ++pending_line_breaks_;
    RequestBreak(pending_line_breaks_ >= 2 && blank_allowed ? Break::kParagraph : Break::kLine);
}

void MarkdownWriter::StartItem(int level, int number) {
    RequestBreak(Break::kLine);
    const int shown = std::min(level, kMaxListLevel);
    pending_item_ = std::string(static_cast<std::size_t>(2 * shown), ' ') +
                    (number > 0 ? std::to_string(number) + ". " : "- ");
}

// Writes what must come before the next character: the separation asked for, a pending list
// marker, and the style markers.
void MarkdownWriter::BeforeContent() {
    const bool started = !out_.empty();
    if (started && pending_ >= Break::kLine) {
        CloseStyles(emitted_);  // markers pair within one block; a line may start a new one
        out_ += pending_ == Break::kParagraph && pending_item_.empty() ? "\n\n" : "\n";
        line_start_ = true;
        line_digits_only_ = false;
    }
    const bool space = started && pending_ == Break::kSpace && !line_start_;
    pending_ = Break::kNone;
    pending_line_breaks_ = 0;
    if (!pending_item_.empty()) {
        out_ += pending_item_;
        pending_item_.clear();
        has_markup_ = true;
        line_start_ = false;
    }
    const uint8_t desired = Desired();
    CloseStyles(static_cast<uint8_t>(emitted_ & ~desired));
    if (space) {
        out_ += ' ';
    }
    for (int i = 0; i < 4; ++i) {
        if ((desired & ~emitted_ & (1 << i)) != 0) {
            out_ += kMarkers[i];
            has_markup_ = true;
        }
    }
    emitted_ = desired;
}

void MarkdownWriter::Char(std::string_view utf8_char) {
    BeforeContent();
    const char c = utf8_char.front();
    const bool digit = c >= '0' && c <= '9';
    if ((c == '-' && line_start_) || (c == '.' && line_digits_only_) || c == '\\' || c == '*' ||
        c == '^' || c == '~' || c == '[') {
        out_ += '\\';
    }
    out_ += utf8_char;
    line_digits_only_ = digit && (line_start_ || line_digits_only_);
    line_start_ = false;
}

void MarkdownWriter::Text(std::string_view utf8, bool preformatted) {
    for (std::size_t at = 0; at < utf8.size();) {
        const std::size_t length = Utf8SequenceLength(utf8.substr(at));
        // A byte that starts no well-formed character becomes U+FFFD alone, so it can never
        // swallow the bytes after it (a tab, a line break) into one "character".
        const std::string_view ch = length == 0 ? "\xEF\xBF\xBD" : utf8.substr(at, length);
        at += std::max<std::size_t>(length, 1);
        if (preformatted && ch == "\n") {
            RequestBreak(Break::kLine);
        } else if (preformatted && ch == " ") {
            if (!line_start_ && pending_ < Break::kLine) {
                BeforeContent();
                out_ += ' ';  // runs of spaces are kept; a line's leading ones are trimmed
            }
        } else if (ch == " " || ch == "\t" || ch == "\n" || ch == "\r" || ch == "\f" ||
                   ch == "\xC2\xA0") {
            RequestBreak(Break::kSpace);
        } else if (ch.front() >= 0 && ch.front() < 0x20) {
            continue;  // other control characters carry no text
        } else {
            Char(ch);
        }
    }
}

void MarkdownWriter::Image(std::string_view alt, std::string_view hash) {
    BeforeContent();
    out_ += "![";
    for (char c : alt) {
        if (c >= 0 && c < 0x20) {
            out_ += ' ';  // a line break or control character in an attribute is a space
            continue;
        }
        if (c == '\\' || c == ']') {
            out_ += '\\';
        }
        out_ += c;
    }
    out_ += "](media:";
    out_ += hash;
    out_ += ')';
    line_start_ = false;
    line_digits_only_ = false;
    has_markup_ = true;
}

std::string MarkdownWriter::Finish() {
    CloseStyles(emitted_);
    return std::move(out_);
}

}  // namespace summit::content
