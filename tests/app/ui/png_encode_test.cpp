// The screenshot's PNG encoder, decoded back by stb_image (the decoder question images use).
#include "app/ui/shell/png_encode.h"

#include <cstdint>
#include <string_view>
#include <vector>

#include <gtest/gtest.h>

#include "app/ui/widgets/media_images.h"

namespace summit::ui {
namespace {

// A picture with a gradient, a flat band and a distinct alpha per pixel, `rows` x `columns`.
std::vector<uint8_t> TestPixels(int columns, int rows) {
    std::vector<uint8_t> rgba;
    for (int y = 0; y < rows; ++y) {
        for (int x = 0; x < columns; ++x) {
            const bool band = y % 7 == 3;
            rgba.push_back(static_cast<uint8_t>(band ? 30 : x * 5 + y));
            rgba.push_back(static_cast<uint8_t>(band ? 30 : 255 - y * 3));
            rgba.push_back(static_cast<uint8_t>(band ? 30 : (x * y) & 0xFF));
            rgba.push_back(static_cast<uint8_t>(x + y));
        }
    }
    return rgba;
}

DecodedImage Decode(const std::vector<uint8_t>& png) {
    auto decoded =
        DecodeImage(std::string_view(reinterpret_cast<const char*>(png.data()), png.size()));
    EXPECT_TRUE(decoded.has_value());
    return decoded.value_or(DecodedImage{});
}

TEST(PngEncodeTest, DecodesToTheSamePixelsTopRowFirst) {
    const std::vector<uint8_t> pixels = TestPixels(37, 23);
    auto png = EncodePng({.rgba = pixels.data(), .width = 37, .height = 23});
    ASSERT_TRUE(png) << png.error().message;
    const DecodedImage image = Decode(*png);
    EXPECT_EQ(image.width, 37);
    EXPECT_EQ(image.height, 23);
    EXPECT_EQ(std::vector<uint8_t>(image.rgba.begin(), image.rgba.end()), pixels);
}

TEST(PngEncodeTest, BottomUpRowsAreFlippedAndOpaqueSetsAlpha) {
    const int width = 5;
    const int height = 4;
    const std::vector<uint8_t> pixels = TestPixels(width, height);
    auto png = EncodePng({.rgba = pixels.data(),
                          .width = width,
                          .height = height,
                          .bottom_up = true,
                          .opaque = true});
    ASSERT_TRUE(png) << png.error().message;
    const DecodedImage image = Decode(*png);
    ASSERT_EQ(image.rgba.size(), pixels.size());
    const size_t row = width * 4;
    for (int y = 0; y < height; ++y) {
        for (size_t i = 0; i < row; ++i) {
            const uint8_t stored = pixels[(height - 1 - y) * row + i];
            EXPECT_EQ(image.rgba[y * row + i], i % 4 == 3 ? 255 : stored) << y << " " << i;
        }
    }
}

TEST(PngEncodeTest, LargeFlatPictureCompressesAndRoundTrips) {
    // Larger than deflate's output slice before compression: the stream spans several calls.
    const int width = 1100;
    const int height = 700;
    std::vector<uint8_t> pixels(static_cast<size_t>(width) * height * 4, 40);
    pixels[12345] = 200;
    auto png = EncodePng({.rgba = pixels.data(), .width = width, .height = height});
    ASSERT_TRUE(png) << png.error().message;
    EXPECT_LT(png->size(), pixels.size() / 50);
    const DecodedImage image = Decode(*png);
    EXPECT_EQ(std::vector<uint8_t>(image.rgba.begin(), image.rgba.end()), pixels);
}

TEST(PngEncodeTest, NoPixelsIsAnInvalidArgument) {
    const uint8_t pixel[4] = {};
    EXPECT_EQ(EncodePng({.rgba = pixel, .width = 0, .height = 1}).error().code,
              ErrorCode::kInvalidArgument);
    EXPECT_EQ(EncodePng({.rgba = nullptr, .width = 1, .height = 1}).error().code,
              ErrorCode::kInvalidArgument);
}

}  // namespace
}  // namespace summit::ui
