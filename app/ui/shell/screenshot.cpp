// Back buffer to PNG through libstb's PNG writer.
#include "app/ui/shell/screenshot.h"

#include <cstdint>
#include <vector>

#include <GLFW/glfw3.h>
#include <stb_image_write.h>

namespace summit::ui {

Status WriteBackBufferPng(const std::filesystem::path& path, int width, int height) {
    if (width <= 0 || height <= 0) {
        return Fail(ErrorCode::kInvalidArgument, "the window has no pixels to capture");
    }
    std::vector<uint8_t> pixels(static_cast<size_t>(width) * static_cast<size_t>(height) * 4);
    glPixelStorei(GL_PACK_ALIGNMENT, 1);
    glReadBuffer(GL_BACK);
    glReadPixels(0, 0, width, height, GL_RGBA, GL_UNSIGNED_BYTE, pixels.data());
    // The default framebuffer may have no alpha channel (or a meaningless one); a screenshot
    // is opaque.
    for (size_t i = 3; i < pixels.size(); i += 4) {
        pixels[i] = 255;
    }
    // GL's first row is the bottom one; PNG's is the top.
    stbi_flip_vertically_on_write(1);
    // Light deflate: a screenshot is taken at the end of a timed run (bench/scale.sh), where
    // the writer's default level spent more CPU than drawing the thirty frames before it; the
    // file is about a third larger and decodes to the same pixels.
    stbi_write_png_compression_level = 1;
    const int written = stbi_write_png(path.c_str(), width, height, 4, pixels.data(), width * 4);
    if (written == 0) {
        Error error{ErrorCode::kIo, "cannot write the PNG file", path.string(), 0, 0};
        return Fail(std::move(error));
    }
    return {};
}

}  // namespace summit::ui
