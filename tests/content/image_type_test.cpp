// Images are recognised by their bytes, never by a name, and kept up to the size limit.
#include "content/richtext/image_type.h"

#include <string>

#include <gtest/gtest.h>

namespace summit::content {
namespace {

TEST(ImageTypeTest, RecognisesPngJpegAndGifByTheirFirstBytes) {
    EXPECT_EQ(CheckImageBytes(std::string("\x89PNG\r\n\x1a\n", 8) + "rest"), ImageType::kPng);
    EXPECT_EQ(CheckImageBytes("\xff\xd8\xff\xe0 JFIF"), ImageType::kJpeg);
    EXPECT_EQ(CheckImageBytes("GIF89a...."), ImageType::kGif);
    EXPECT_EQ(CheckImageBytes("GIF87a...."), ImageType::kGif);
    EXPECT_STREQ(ImageMimeType(ImageType::kJpeg), "image/jpeg");
}

TEST(ImageTypeTest, RefusesWebpSvgAndOtherBytesWithTheReason) {
    auto webp = CheckImageBytes(std::string("RIFF\x10\0\0\0WEBPVP8 ", 16));
    ASSERT_FALSE(webp);
    EXPECT_EQ(webp.error().code, ErrorCode::kInvalidArgument);
    EXPECT_NE(webp.error().message.find("WebP"), std::string::npos);
    auto svg = CheckImageBytes("<?xml version=\"1.0\"?>\n<svg xmlns=\"x\"><script/></svg>");
    ASSERT_FALSE(svg);
    EXPECT_NE(svg.error().message.find("SVG"), std::string::npos);
    auto text = CheckImageBytes("hello.png");  // a name is not an image
    ASSERT_FALSE(text);
    EXPECT_NE(text.error().message.find("not a PNG"), std::string::npos);
    EXPECT_FALSE(CheckImageBytes(""));
    EXPECT_FALSE(CheckImageBytes("RIFF"));  // too short to say more
    // A PNG signature cut short is not a PNG.
    EXPECT_FALSE(CheckImageBytes("\x89PNG\r\n"));
}

TEST(ImageTypeTest, RefusesImagesOverTheLimit) {
    std::string big = std::string("\x89PNG\r\n\x1a\n", 8);
    big.resize(kMaxImageBytes, 'x');
    EXPECT_TRUE(CheckImageBytes(big));
    big.push_back('x');
    auto refused = CheckImageBytes(big);
    ASSERT_FALSE(refused);
    EXPECT_NE(refused.error().message.find("10 MiB"), std::string::npos);
}

}  // namespace
}  // namespace summit::content
