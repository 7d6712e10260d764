// Back buffer to a PNG file (png_encode.h).
#include "app/ui/shell/screenshot.h"

#include <cstdint>
#include <fstream>
#include <vector>

#include <GLFW/glfw3.h>

#include "app/ui/shell/png_encode.h"

namespace summit::ui {

Status WriteBackBufferPng(const std::filesystem::path& path, int width, int height) {
    if (width <= 0 || height <= 0) {
        return Fail(ErrorCode::kInvalidArgument, "the window has no pixels to capture");
    }
    std::vector<uint8_t> pixels(static_cast<size_t>(width) * static_cast<size_t>(height) * 4);
    glPixelStorei(GL_PACK_ALIGNMENT, 1);
    glReadBuffer(GL_BACK);
    glReadPixels(0, 0, width, height, GL_RGBA, GL_UNSIGNED_BYTE, pixels.data());
    // GL's first row is the bottom one. The default framebuffer may have no alpha channel (or
    // a meaningless one); a screenshot is opaque.
    auto png = EncodePng({.rgba = pixels.data(),
                          .width = width,
                          .height = height,
                          .bottom_up = true,
                          .opaque = true});
    if (!png) {
        return Fail(png.error());
    }
    std::ofstream file(path, std::ios::binary | std::ios::trunc);
    file.write(reinterpret_cast<const char*>(png->data()),
               static_cast<std::streamsize>(png->size()));
    file.close();
    if (!file) {
        Error error{ErrorCode::kIo, "cannot write the PNG file", path.string(), 0, 0};
        return Fail(std::move(error));
    }
    return {};
}

}  // namespace summit::ui
