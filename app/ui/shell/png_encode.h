// RGBA pixels to PNG bytes through zlib, fast enough to end a timed screenshot run.
#pragma once

#include <cstdint>
#include <vector>

#include "content/model/error.h"

namespace summit::ui {

// Pixels to encode: `height` rows of `width` RGBA pixels, 4 bytes each, packed.
struct PngPixels {
    const uint8_t* rgba = nullptr;
    int width = 0;
    int height = 0;
    bool bottom_up = false;  // the first row in memory is the picture's bottom row (OpenGL's)
    bool opaque = false;     // written with alpha 255 whatever the pixels hold
};

// An 8-bit RGBA PNG of `pixels`, top row first. Each row uses the "up" filter and deflate's
// fastest level: a window's flat backgrounds and repeated rows compress well with neither
// per-row filter trials nor a slower level (they would cost several times the encoding for a
// file a fifth smaller).
// Errors: kInvalidArgument for a non-positive size or no pixels; kIo if zlib fails.
[[nodiscard]] Result<std::vector<uint8_t>> EncodePng(const PngPixels& pixels);

}  // namespace summit::ui
