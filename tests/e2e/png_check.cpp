// Checks that a screenshot PNG is a real picture of the window and not a blank or black
// frame: it must decode, be at least the given size, hold enough distinct colours, and have
// enough pixels that differ from its most common (background) colour.
//   png_check FILE MIN_WIDTH MIN_HEIGHT [exact]
// With "exact" the picture must be exactly MIN_WIDTH x MIN_HEIGHT (a window opened at a size).
// Exit 0 when it passes, 1 when it does not (with the reason on stderr), 2 for bad usage.
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <unordered_map>

#include <stb_image.h>

namespace {

constexpr size_t kMinColours = 16;            // text antialiasing alone gives dozens
constexpr double kMinForegroundShare = 0.01;  // at least 1% of pixels are not background

}  // namespace

int main(int argc, char** argv) {
    const bool exact = argc == 5 && std::strcmp(argv[4], "exact") == 0;
    if (argc != 4 && !exact) {
        std::fprintf(stderr, "usage: png_check FILE MIN_WIDTH MIN_HEIGHT [exact]\n");
        return 2;
    }
    const int min_width = std::atoi(argv[2]);
    const int min_height = std::atoi(argv[3]);
    int width = 0;
    int height = 0;
    int channels = 0;
    unsigned char* pixels = stbi_load(argv[1], &width, &height, &channels, 3);
    if (pixels == nullptr) {
        std::fprintf(stderr, "png_check: %s: cannot decode: %s\n", argv[1], stbi_failure_reason());
        return 1;
    }
    std::unordered_map<unsigned, size_t> histogram;
    const size_t count = static_cast<size_t>(width) * static_cast<size_t>(height);
    for (size_t i = 0; i < count; ++i) {
        const unsigned char* p = pixels + i * 3;
        ++histogram[(unsigned{p[0]} << 16) | (unsigned{p[1]} << 8) | p[2]];
    }
    stbi_image_free(pixels);
    size_t background = 0;
    for (const auto& [colour, n] : histogram) {
        background = n > background ? n : background;
    }
    const double foreground_share =
        count == 0 ? 0.0 : static_cast<double>(count - background) / static_cast<double>(count);
    std::printf("png_check: %s: %dx%d, %zu colours, %.1f%% foreground\n", argv[1], width, height,
                histogram.size(), foreground_share * 100.0);
    if (exact && (width != min_width || height != min_height)) {
        std::fprintf(stderr, "png_check: not %dx%d\n", min_width, min_height);
        return 1;
    }
    if (width < min_width || height < min_height) {
        std::fprintf(stderr, "png_check: smaller than %dx%d\n", min_width, min_height);
        return 1;
    }
    if (histogram.size() < kMinColours || foreground_share < kMinForegroundShare) {
        std::fprintf(stderr, "png_check: the image looks blank\n");
        return 1;
    }
    return 0;
}
