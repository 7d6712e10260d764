// Image types by their magic bytes.
#include "content/richtext/image_type.h"

#include <string>

namespace summit::content {
namespace {

bool StartsWith(std::string_view bytes, std::string_view magic) {
    return bytes.substr(0, magic.size()) == magic;
}

bool LooksLikeSvg(std::string_view bytes) {
    const std::string_view head = bytes.substr(0, 512);
    return head.find("<svg") != std::string_view::npos ||
           (StartsWith(head, "<?xml") && bytes.find("<svg") != std::string_view::npos);
}

}  // namespace

const char* ImageMimeType(ImageType type) {
    switch (type) {
        case ImageType::kPng:
            return "image/png";
        case ImageType::kJpeg:
            return "image/jpeg";
        case ImageType::kGif:
            return "image/gif";
    }
    return "application/octet-stream";
}

Result<ImageType> CheckImageBytes(std::string_view bytes) {
    if (bytes.empty()) {
        return Fail(ErrorCode::kInvalidArgument, "the image is empty");
    }
    if (bytes.size() > kMaxImageBytes) {
        return Fail(ErrorCode::kInvalidArgument,
                    "the image is " + std::to_string(bytes.size()) + " bytes, more than the " +
                        std::to_string(kMaxImageBytes / (1024 * 1024)) + " MiB an image may be");
    }
    if (StartsWith(bytes, "\x89PNG\r\n\x1a\n")) {
        return ImageType::kPng;
    }
    if (StartsWith(bytes, "\xff\xd8\xff")) {
        return ImageType::kJpeg;
    }
    if (StartsWith(bytes, "GIF87a") || StartsWith(bytes, "GIF89a")) {
        return ImageType::kGif;
    }
    if (bytes.size() >= 12 && StartsWith(bytes, "RIFF") && bytes.substr(8, 4) == "WEBP") {
        return Fail(ErrorCode::kInvalidArgument,
                    "WebP images are not supported (use PNG, JPEG or GIF)");
    }
    if (LooksLikeSvg(bytes)) {
        return Fail(ErrorCode::kInvalidArgument,
                    "SVG images are not supported (use PNG, JPEG or GIF)");
    }
    return Fail(ErrorCode::kInvalidArgument, "not a PNG, JPEG or GIF image");
}

}  // namespace summit::content
