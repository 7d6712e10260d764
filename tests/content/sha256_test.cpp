// SHA-256 against the FIPS 180-4 examples and lengths around the padding boundaries (values
// from an independent implementation).
#include "content/richtext/sha256.h"

#include <string>

#include <gtest/gtest.h>

namespace summit::content {
namespace {

TEST(Sha256Test, StandardVectors) {
    EXPECT_EQ(Sha256Hex(""), "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    EXPECT_EQ(Sha256Hex("abc"), "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    EXPECT_EQ(Sha256Hex("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq"),
              "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
    EXPECT_EQ(Sha256Hex(std::string(1'000'000, 'a')),
              "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0");
}

TEST(Sha256Test, LengthsAroundTheBlockAndPaddingBoundaries) {
    const std::pair<int, const char*> cases[] = {
        {55, "9f4390f8d30c2dd92ec9f095b65e2b9ae9b0a925a5258e241c9f1e910f734318"},
        {56, "b35439a4ac6f0948b6d6f9e3c6af0f5f590ce20f1bde7090ef7970686ec6738a"},
        {63, "7d3e74a05d7db15bce4ad9ec0658ea98e3f06eeecf16b4c6fff2da457ddc2f34"},
        {64, "ffe054fe7ae0cb6dc65c3af9b61d5209f439851db43d0ba5997337df154668eb"},
        {65, "635361c48bb9eab14198e76ea8ab7f1a41685d6ad62aa9146d301d4f17eb0ae0"},
        {119, "31eba51c313a5c08226adf18d4a359cfdfd8d2e816b13f4af952f7ea6584dcfb"},
        {120, "2f3d335432c70b580af0e8e1b3674a7c020d683aa5f73aaaedfdc55af904c21c"},
    };
    for (const auto& [length, hex] : cases) {
        EXPECT_EQ(Sha256Hex(std::string(static_cast<std::size_t>(length), 'a')), hex) << length;
    }
}

TEST(Sha256Test, EveryByteValue) {
    std::string bytes;
    for (int round = 0; round < 3; ++round) {
        for (int b = 0; b < 256; ++b) {
            bytes += static_cast<char>(b);
        }
    }
    EXPECT_EQ(Sha256Hex(bytes), "f3a25aa93aa2fbba28d79260535bbd6a5eb0fc1c24a8b0f04e12b484c1dfe363");
}

TEST(Sha256Test, MediaHashSpelling) {
    EXPECT_TRUE(IsMediaHash(Sha256Hex("x")));
    EXPECT_FALSE(IsMediaHash(std::string(63, 'a')));
    EXPECT_FALSE(IsMediaHash(std::string(65, 'a')));
    EXPECT_FALSE(IsMediaHash(std::string(64, 'A')));  // lowercase only
    EXPECT_FALSE(IsMediaHash(std::string(63, 'a') + "g"));
}

}  // namespace
}  // namespace summit::content
