// What a text-format writer returns: the file's text, and what it could not express.
#pragma once

#include <string>

#include "content/model/error.h"

namespace summit::content {

// `warnings` name each question (by id) left out or written with a loss; no file or position.
struct ExportedText {
    std::string text;
    ErrorList warnings;
};

}  // namespace summit::content
