// Stripping a field's HTML the way Anki does before it sorts or checksums it.
#include "storage/anki/anki_field_text.h"

#include <algorithm>
#include <cctype>
#include <charconv>

#include "storage/anki/sha1.h"

namespace summit::storage::anki {
namespace {

bool StartsWithNoCase(std::string_view text, std::string_view prefix) {
    return text.size() >= prefix.size() &&
           std::equal(prefix.begin(), prefix.end(), text.begin(), [](char a, char b) {
               return std::tolower(static_cast<unsigned char>(a)) == b;
           });
}

std::size_t FindNoCase(std::string_view text, std::string_view needle, std::size_t from) {
    for (std::size_t at = from; at + needle.size() <= text.size(); ++at) {
        if (StartsWithNoCase(text.substr(at), needle)) {
            return at;
        }
    }
    return std::string_view::npos;
}

// The src of an <img ...> tag's text (without its angle brackets), or empty.
std::string_view ImageSource(std::string_view tag) {
    std::size_t at = FindNoCase(tag, "src=", 0);
    if (at == std::string_view::npos) {
        return {};
    }
    std::string_view value = tag.substr(at + 4);
    if (!value.empty() && (value[0] == '"' || value[0] == '\'')) {
        const char quote = value[0];
        value.remove_prefix(1);
        return value.substr(0, value.find(quote));
    }
    return value.substr(0, std::min(value.find(' '), value.find('/')));
}

void AppendUtf8(std::string& out, std::uint32_t code) {
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

// Decodes the entity at text[at] == '&' into `out`; returns the characters it took, 0 when
// it is not one this knows (then the '&' is kept as written).
std::size_t DecodeEntity(std::string_view text, std::size_t at, std::string& out) {
    const std::size_t end = text.find(';', at);
    if (end == std::string_view::npos || end - at > 10) {
        return 0;
    }
    const std::string_view name = text.substr(at + 1, end - at - 1);
    static constexpr std::pair<std::string_view, std::string_view> kNamed[] = {
        {"amp", "&"}, {"lt", "<"}, {"gt", ">"}, {"quot", "\""}, {"apos", "'"}, {"nbsp", " "}};
    for (const auto& [entity, text_of] : kNamed) {
        if (name == entity) {
            out += text_of;
            return end - at + 1;
        }
    }
    if (name.size() < 2 || name[0] != '#') {
        return 0;
    }
    const bool hex = name[1] == 'x' || name[1] == 'X';
    const std::string_view digits = name.substr(hex ? 2 : 1);
    std::uint32_t code = 0;
    auto [ptr, ec] =
        std::from_chars(digits.data(), digits.data() + digits.size(), code, hex ? 16 : 10);
    if (ec != std::errc() || ptr != digits.data() + digits.size() || code == 0 || code > 0x10FFFF) {
        return 0;
    }
    // A non-breaking space reads as a space, as the named entity does.
    AppendUtf8(out, code == 0xA0 ? 0x20 : code);
    return end - at + 1;
}

}  // namespace

std::string StripHtmlKeepingMedia(std::string_view html) {
    std::string text;
    text.reserve(html.size());
    std::size_t at = 0;
    while (at < html.size()) {
        const char c = html[at];
        if (c == '<') {
            const std::string_view rest = html.substr(at);
            std::size_t skip_to = std::string_view::npos;
            if (rest.starts_with("<!--")) {
                const std::size_t close = html.find("-->", at + 4);
                skip_to = close == std::string_view::npos ? html.size() : close + 3;
            } else if (StartsWithNoCase(rest, "<style") || StartsWithNoCase(rest, "<script")) {
                const std::string_view closing =
                    StartsWithNoCase(rest, "<style") ? "</style>" : "</script>";
                const std::size_t close = FindNoCase(html, closing, at);
                skip_to = close == std::string_view::npos ? std::string_view::npos
                                                          : close + closing.size();
            } else {
                const std::size_t close = html.find('>', at);
                if (close != std::string_view::npos) {
                    const std::string_view tag = html.substr(at + 1, close - at - 1);
                    if (StartsWithNoCase(tag, "img")) {
                        if (std::string_view src = ImageSource(tag); !src.empty()) {
                            text += ' ';
                            text += src;
                            text += ' ';
                        }
                    }
                    skip_to = close + 1;
                }
            }
            if (skip_to != std::string_view::npos) {
                at = skip_to;
                continue;
            }
        } else if (c == '&') {
            if (const std::size_t taken = DecodeEntity(html, at, text); taken > 0) {
                at += taken;
                continue;
            }
        }
        text += c;
        ++at;
    }
    return text;
}

std::uint32_t FieldChecksum(std::string_view first_field_html) {
    const Sha1Digest digest = Sha1(StripHtmlKeepingMedia(first_field_html));
    return (std::uint32_t{digest[0]} << 24) | (std::uint32_t{digest[1]} << 16) |
           (std::uint32_t{digest[2]} << 8) | std::uint32_t{digest[3]};
}

}  // namespace summit::storage::anki
