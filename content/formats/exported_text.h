// What a text-format writer returns: the file's text, and what it could not express.
#pragma once

#include <functional>
#include <optional>
#include <string>
#include <string_view>

#include "content/model/error.h"

namespace summit::content {

// `warnings` name each question (by id) left out or written with a loss; no file or position.
struct ExportedText {
    std::string text;
    ErrorList warnings;
};

// The bytes of the image a Markdown text names as ![alt](media:HASH), for writers that embed
// images; nullopt when there are none.
using MediaBytes = std::function<std::optional<std::string>(std::string_view hash)>;

}  // namespace summit::content
