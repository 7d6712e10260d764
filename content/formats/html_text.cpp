// A small HTML-to-text pass: enough for flashcard fields, not a browser.
#include "content/formats/html_text.h"

#include <charconv>
#include <cstdint>

#include "content/formats/delimited.h"

namespace summit::content {
namespace {

void AppendUtf8(std::string& out, std::uint32_t code) {
    if (code == 0 || code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF)) {
        code = 0xFFFD;
    }
    if (code < 0x80) {
        out += static_cast<char>(code);
    } else if (code < 0x800) {
        out += static_cast<char>(0xC0 | (code >> 6));
        out += static_cast<char>(0x80 | (code & 0x3F));
    } else if (code < 0x10000) {
        out += static_cast<char>(0xE0 | (code >> 12));
        out += static_cast<char>(0x80 | ((code >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (code & 0x3F));
    } else {
        out += static_cast<char>(0xF0 | (code >> 18));
        out += static_cast<char>(0x80 | ((code >> 12) & 0x3F));
        out += static_cast<char>(0x80 | ((code >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (code & 0x3F));
    }
}

// Decodes the entity starting at html[i] ('&'); returns its length, or 0 when it is none.
std::size_t DecodeEntity(std::string_view html, std::size_t i, std::string& out) {
    const std::size_t end = html.find(';', i);
    if (end == std::string_view::npos || end - i > 10) {
        return 0;
    }
    const std::string_view name = html.substr(i + 1, end - i - 1);
    static constexpr std::pair<std::string_view, std::string_view> kNamed[] = {
        {"lt", "<"}, {"gt", ">"}, {"amp", "&"}, {"quot", "\""}, {"apos", "'"}, {"nbsp", " "},
    };
    for (const auto& [entity, text] : kNamed) {
        if (name == entity) {
            out += text;
            return end - i + 1;
        }
    }
    if (name.size() < 2 || name[0] != '#') {
        return 0;
    }
    const bool hex = name[1] == 'x' || name[1] == 'X';
    const std::string_view digits = name.substr(hex ? 2 : 1);
    std::uint32_t code = 0;
    auto [ptr, error] =
        std::from_chars(digits.data(), digits.data() + digits.size(), code, hex ? 16 : 10);
    if (digits.empty() || error != std::errc() || ptr != digits.data() + digits.size()) {
        return 0;
    }
    AppendUtf8(out, code);
    return end - i + 1;
}

// The lowercase tag name of "<name ...>" or "</name>" without the slash.
std::string TagName(std::string_view tag) {
    std::size_t start = tag.find_first_not_of("</ ");
    if (start == std::string_view::npos) {
        return {};
    }
    std::size_t end = tag.find_first_of(" \t\r\n/>", start);
    return Lower(tag.substr(start, end == std::string_view::npos ? tag.npos : end - start));
}

bool BreaksLine(std::string_view tag, const std::string& name) {
    if (name == "br" || name == "hr") {
        return true;
    }
    const bool closing = tag.size() > 1 && tag[1] == '/';
    return closing && (name == "div" || name == "p" || name == "li" || name == "tr");
}

}  // namespace

std::string HtmlToText(std::string_view html) {
    std::string out;
    std::size_t i = 0;
    while (i < html.size()) {
        const char c = html[i];
        if (c == '<') {
            const std::size_t end = html.find('>', i);
            if (end == std::string_view::npos) {
                out.append(html.substr(i));
                break;
            }
            const std::string_view tag = html.substr(i, end - i + 1);
            const std::string name = TagName(tag);
            if (BreaksLine(tag, name)) {
                out += '\n';
            }
            i = end + 1;
            if ((name == "script" || name == "style") && tag[1] != '/') {
                const std::size_t close = Lower(html.substr(i)).find("</" + name);
                i = close == std::string::npos ? html.size() : i + close;
            }
        } else if (c == '&') {
            const std::size_t length = DecodeEntity(html, i, out);
            if (length == 0) {
                out += c;
                ++i;
            } else {
                i += length;
            }
        } else {
            out += c;
            ++i;
        }
    }
    return std::string(Trim(out));
}

}  // namespace summit::content
