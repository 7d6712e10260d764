// Makes a collection for the rich-text screenshot: generates a small PNG, stores it, and
// imports a Markdown bank whose media:TEST_IMAGE becomes that image's hash, in one
// transaction.
//   rich_text_seed COLLECTION BANK
#include <cstdio>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include <stb_image_write.h>

#include "content/formats/json_bank.h"
#include "storage/collection.h"

namespace {

// A 240 x 120 gradient from blue to green with a white border.
std::string GradientPng() {
    constexpr int kWidth = 240;
    constexpr int kHeight = 120;
    std::vector<unsigned char> rgba(kWidth * kHeight * 4);
    for (int y = 0; y < kHeight; ++y) {
        for (int x = 0; x < kWidth; ++x) {
            unsigned char* p = &rgba[(y * kWidth + x) * 4];
            const bool border = x < 4 || y < 4 || x >= kWidth - 4 || y >= kHeight - 4;
            p[0] = border ? 255 : 30;
            p[1] = border ? 255 : static_cast<unsigned char>(60 + 180 * x / kWidth);
            p[2] = border ? 255 : static_cast<unsigned char>(240 - 180 * x / kWidth);
            p[3] = 255;
        }
    }
    std::string png;
    stbi_write_png_to_func(
        [](void* context, void* data, int size) {
            static_cast<std::string*>(context)->append(static_cast<char*>(data),
                                                       static_cast<std::size_t>(size));
        },
        &png, kWidth, kHeight, 4, rgba.data(), kWidth * 4);
    return png;
}

}  // namespace

int main(int argc, char** argv) {
    using namespace summit;
    if (argc != 3) {
        std::fprintf(stderr, "usage: rich_text_seed COLLECTION BANK\n");
        return 2;
    }
    std::ifstream in(argv[2], std::ios::binary);
    std::stringstream text;
    text << in.rdbuf();
    auto collection = storage::Collection::Open(argv[1]);
    if (!collection) {
        std::fprintf(stderr, "%s\n", collection.error().ToString().c_str());
        return 1;
    }
    auto done = collection->Transact([&]() -> Status {
        auto hash = collection->PutMedia(GradientPng());
        if (!hash) {
            return Fail(hash.error());
        }
        std::string bank_text = text.str();
        const std::string token = "media:TEST_IMAGE";
        for (auto at = bank_text.find(token); at != std::string::npos;
             at = bank_text.find(token, at)) {
            bank_text.replace(at, token.size(), "media:" + *hash);
        }
        auto bank = content::ParseJsonBank(bank_text, argv[2]);
        if (!bank) {
            return Fail(bank.error().front());
        }
        if (auto imported = collection->ImportBank(*bank); !imported) {
            return Fail(imported.error());
        }
        std::printf("image %s\n", hash->c_str());
        return {};
    });
    if (!done) {
        std::fprintf(stderr, "%s\n", done.error().ToString().c_str());
        return 1;
    }
    return 0;
}
