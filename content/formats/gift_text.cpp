// GIFT escapes, format tags and weights.
#include "content/formats/gift_text.h"

#include <charconv>

#include "content/formats/import_support.h"
#include "content/richtext/html_to_markdown.h"
#include "content/richtext/markdown.h"

namespace summit::content::gift {
namespace {

using import::Trim;

constexpr char kMark = '\x01';
// The characters a backslash escapes; the mark's second byte is 'a' + the index here.
constexpr std::string_view kEscapable = "\\:#={}~n";

}  // namespace

std::string Protect(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        const std::size_t code =
            c == '\\' && i + 1 < text.size() ? kEscapable.find(text[i + 1]) : std::string::npos;
        if (code != std::string::npos) {
            out += kMark;
            out += static_cast<char>('a' + code);
            ++i;
        } else {
            out += c == kMark ? ' ' : c;
        }
    }
    return out;
}

std::string Restore(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    for (std::size_t i = 0; i < text.size(); ++i) {
        const std::size_t code = i + 1 < text.size() && text[i] == kMark
                                     ? static_cast<std::size_t>(text[i + 1] - 'a')
                                     : std::string_view::npos;
        if (code < kEscapable.size()) {
            const char escaped = kEscapable[code];
            out += escaped == 'n' ? '\n' : escaped;
            ++i;
        } else {
            out += text[i];
        }
    }
    return out;
}

Formatted ReadFormatted(std::string_view text, Format fallback) {
    Formatted out;
    out.format = fallback;
    text = Trim(text);
    if (text.starts_with('[')) {
        const std::size_t end = text.find(']');
        const std::string_view name = text.substr(1, end == std::string_view::npos ? 0 : end - 1);
        const std::optional<Format> named = name == "html"       ? Format::kHtml
                                            : name == "moodle"   ? Format::kMoodle
                                            : name == "plain"    ? Format::kPlain
                                            : name == "markdown" ? Format::kMarkdown
                                                                 : std::optional<Format>();
        if (named) {
            out.format = *named;
            text = text.substr(end + 1);
        }
    }
    const std::string restored = Restore(text);
    if (out.format != Format::kHtml) {
        out.text = EscapeMarkdown(Trim(restored));
        return out;
    }
    HtmlConversion converted = HtmlToMarkdown(restored);
    out.text = std::move(converted.markdown);
    out.markup = converted.has_markup;
    out.warnings = std::move(converted.warnings);
    return out;
}

std::optional<double> TakeWeight(std::string_view& answer) {
    if (!answer.starts_with('%')) {
        return std::nullopt;
    }
    const std::size_t end = answer.find('%', 1);
    if (end == std::string_view::npos || end == 1) {
        return std::nullopt;
    }
    const std::string_view number = answer.substr(1, end - 1);
    double percent = 0;
    const auto [stop, error] =
        std::from_chars(number.data(), number.data() + number.size(), percent);
    if (error != std::errc() || stop != number.data() + number.size()) {
        return std::nullopt;
    }
    answer.remove_prefix(end + 1);
    return percent / 100.0;
}

Commented SplitFeedback(std::string_view answer) {
    const std::size_t hash = answer.find('#');
    if (hash == std::string_view::npos) {
        return {answer, {}};
    }
    return {answer.substr(0, hash), answer.substr(hash + 1)};
}

std::string Escape(std::string_view text) {
    std::string out;
    out.reserve(text.size() + 8);
    for (const char c : text) {
        if (c == '\n') {
            out += "\\n";
        } else if (c == '\r') {
            continue;
        } else {
            if (kEscapable.find(c) != std::string_view::npos && c != 'n') {
                out += '\\';
            }
            out += c;
        }
    }
    return out;
}

}  // namespace summit::content::gift
