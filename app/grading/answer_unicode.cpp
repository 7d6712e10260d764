// The Unicode fold shared by answer normalization and the answer diff, on top of utf8proc.
#include "app/grading/answer_unicode.h"

#include <cstdlib>

#include <utf8proc.h>

namespace summit::study {
namespace {

constexpr char32_t kReplacement = 0xFFFD;

// Variants students type (or keyboards insert) for the same ASCII character. utf8proc's LUMP
// covers most of these; the list makes the rule explicit and adds the accents used as
// apostrophes, which NFKC would otherwise turn into a space plus a mark.
char32_t TypographicVariant(char32_t c) {
    switch (c) {
        case 0x2018:
        case 0x2019:
        case 0x201A:
        case 0x201B:
        case 0x2032:
        case 0x02BC:
        case 0x00B4:
        case 0x0060:
        case 0xFF07:
            return U'\'';
        case 0x201C:
        case 0x201D:
        case 0x201E:
        case 0x201F:
        case 0x2033:
        case 0x00AB:
        case 0x00BB:
            return U'"';
        case 0x2010:
        case 0x2011:
        case 0x2012:
        case 0x2013:
        case 0x2014:
        case 0x2015:
        case 0x2212:
        case 0x2E3A:
        case 0x2E3B:
            return U'-';
        default:
            return c;
    }
}

}  // namespace

std::u32string Decode(std::string_view text) {
    std::u32string out;
    out.reserve(text.size());
    const auto* bytes = reinterpret_cast<const utf8proc_uint8_t*>(text.data());
    size_t i = 0;
    while (i < text.size()) {
        utf8proc_int32_t c = 0;
        const utf8proc_ssize_t n =
            utf8proc_iterate(bytes + i, static_cast<utf8proc_ssize_t>(text.size() - i), &c);
        if (n <= 0) {
            out.push_back(kReplacement);
            ++i;
        } else {
            out.push_back(static_cast<char32_t>(c));
            i += static_cast<size_t>(n);
        }
    }
    return out;
}

std::string Encode(std::u32string_view text) {
    std::string out;
    out.reserve(text.size());
    utf8proc_uint8_t buffer[4];
    for (const char32_t c : text) {
        const utf8proc_ssize_t n = utf8proc_encode_char(static_cast<utf8proc_int32_t>(c), buffer);
        out.append(reinterpret_cast<const char*>(buffer), static_cast<size_t>(n));
    }
    return out;
}

std::string FoldText(std::string_view text) {
    std::u32string code_points = Decode(text);
    for (char32_t& c : code_points) {
        c = TypographicVariant(c);
    }
    const std::string clean = Encode(code_points);
    utf8proc_uint8_t* mapped = nullptr;
    const auto options = static_cast<utf8proc_option_t>(
        UTF8PROC_STABLE | UTF8PROC_COMPAT | UTF8PROC_COMPOSE | UTF8PROC_CASEFOLD |
        UTF8PROC_STRIPMARK | UTF8PROC_IGNORE | UTF8PROC_LUMP);
    const utf8proc_ssize_t n =
        utf8proc_map(reinterpret_cast<const utf8proc_uint8_t*>(clean.data()),
                     static_cast<utf8proc_ssize_t>(clean.size()), &mapped, options);
    if (n < 0) {
        return clean;  // only on allocation failure: Encode produced valid UTF-8
    }
    std::string folded(reinterpret_cast<const char*>(mapped), static_cast<size_t>(n));
    std::free(mapped);
    return folded;
}

bool IsSpace(char32_t c) {
    switch (utf8proc_category(static_cast<utf8proc_int32_t>(c))) {
        case UTF8PROC_CATEGORY_ZS:
        case UTF8PROC_CATEGORY_ZL:
        case UTF8PROC_CATEGORY_ZP:
        case UTF8PROC_CATEGORY_CC:
            return true;
        default:
            return false;
    }
}

bool IsDigit(char32_t c) {
    return utf8proc_category(static_cast<utf8proc_int32_t>(c)) == UTF8PROC_CATEGORY_ND;
}

}  // namespace summit::study
