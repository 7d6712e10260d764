// Display-width padding for the command line's tables.
#include "app/cli/text_columns.h"

#include <utf8proc.h>

namespace summit::cli {

size_t DisplayWidth(const std::string& text) {
    size_t width = 0;
    const auto* bytes = reinterpret_cast<const utf8proc_uint8_t*>(text.data());
    utf8proc_ssize_t left = static_cast<utf8proc_ssize_t>(text.size());
    while (left > 0) {
        utf8proc_int32_t code_point = 0;
        utf8proc_ssize_t used = utf8proc_iterate(bytes, left, &code_point);
        if (used <= 0) {
            ++width;  // an invalid byte is shown as one replacement character
            used = 1;
        } else {
            width += static_cast<size_t>(utf8proc_charwidth(code_point));
        }
        bytes += used;
        left -= used;
    }
    return width;
}

std::string PadRight(const std::string& text, size_t width) {
    const size_t used = DisplayWidth(text);
    return used >= width ? text : text + std::string(width - used, ' ');
}

std::string PadLeft(const std::string& text, size_t width) {
    const size_t used = DisplayWidth(text);
    return used >= width ? text : std::string(width - used, ' ') + text;
}

}  // namespace summit::cli
