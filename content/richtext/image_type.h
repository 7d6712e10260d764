// Which images Summit keeps: recognised by their first bytes (never by a file name), and no
// larger than kMaxImageBytes. Shared by the HTML converter and the collection's media table.
#pragma once

#include <cstddef>
#include <string_view>

#include "content/model/error.h"

namespace summit::content {

// The types the window can decode (stb_image). WebP and SVG are recognised only to say why
// they are refused: stb_image decodes neither, and SVG can carry scripts.
enum class ImageType { kPng, kJpeg, kGif };

// The largest image kept: 10 MiB. A question's picture is never that big; the limit keeps one
// bad file from bloating the collection.
inline constexpr std::size_t kMaxImageBytes = 10u * 1024 * 1024;

// "image/png", "image/jpeg" or "image/gif".
const char* ImageMimeType(ImageType type);

// The type of `bytes` when they are an accepted image no larger than kMaxImageBytes.
// Errors (kInvalidArgument): empty, too large, WebP or SVG (named as such), or not an image.
[[nodiscard]] Result<ImageType> CheckImageBytes(std::string_view bytes);

}  // namespace summit::content
