// A picture from the desktop's clipboard (copied in a browser, an image viewer or a
// screenshot tool), for the editor's Paste image.
#pragma once

#include <string>

#include "content/model/error.h"

namespace summit::ui {

// The clipboard's picture as PNG, JPEG or GIF bytes (asked for in that order), read over the
// X11 selection protocol on a connection of its own, waiting at most two seconds for the
// program that owns the clipboard. kNotFound when the clipboard is empty or holds no picture,
// or there is no X display; kInvalidArgument for a picture over content::kMaxImageBytes.
Result<std::string> ReadClipboardImage();

}  // namespace summit::ui
