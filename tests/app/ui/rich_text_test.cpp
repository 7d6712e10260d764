// Headless tests of rich question texts: Markdown runs drawn with the bold and italic faces,
// scripts smaller and offset, images at their size or scaled to the width, and the image
// cache decoding a real PNG and uploading it once.
#include "app/ui/widgets/rich_text.h"

#include <string>
#include <vector>

#include <gtest/gtest.h>
#include <imgui.h>
#include <stb_image_write.h>

#include "app/ui/shell/fonts.h"
#include "app/ui/study/question_panel.h"
#include "app/ui/widgets/media_images.h"
#include "content/richtext/sha256.h"
#include "tests/app/ui/fake_images.h"
#include "tests/app/ui/harness.h"

namespace summit::ui {
namespace {

using testing::FakeImages;
using testing::kFakeTexture;
const std::string& kHash = testing::kFakeImageHash;

// A headless context whose atlas holds DejaVu Sans and its styled faces.
class RichTextTest : public ::testing::Test {
  protected:
    void SetUp() override {
        ImGuiIO& io = ImGui::GetIO();
        io.Fonts->Clear();
        fonts_.Load(*io.Fonts, 1.0f, "");
        unsigned char* pixels = nullptr;
        int width = 0;
        int height = 0;
        io.Fonts->GetTexDataAsAlpha8(&pixels, &width, &height);
        io.Fonts->SetTexID(reinterpret_cast<ImTextureID>(static_cast<uintptr_t>(1)));
    }

    bool HasStyledFaces() const { return ImGui::GetIO().Fonts->Fonts.Size == 4; }

    const RichItem* ItemWith(const RichLayout& layout, std::string_view text) {
        for (const RichItem& item : layout.items) {
            if (item.kind == RichItem::Kind::kText && item.text.find(text) != std::string::npos) {
                return &item;
            }
        }
        ADD_FAILURE() << "no item with " << text;
        return nullptr;
    }

    FontSet fonts_;  // outlives the harness's atlas
    testing::Harness harness_;
    FakeImages images_;
};

TEST_F(RichTextTest, StylesUseTheirFacesAndScriptsAreSmallerAndOffset) {
    if (!HasStyledFaces()) {
        GTEST_SKIP() << "DejaVu Sans and its bold/oblique faces are not installed";
    }
    harness_.Frame([&] {
        const RichFonts fonts = FindRichFonts();
        ASSERT_NE(fonts.bold, fonts.regular);
        ASSERT_NE(fonts.italic, fonts.regular);
        ASSERT_NE(fonts.bold_italic, fonts.bold);
        const RichLayoutOptions options{800, 18, 1, 2, 10};
        const RichLayout layout = LayoutRichText(
            content::ParseMarkdown("Plain **strong** *slanted* ***both*** x^up^ H~down~O"), fonts,
            options, &images_);
        const RichItem* plain = ItemWith(layout, "Plain");
        const RichItem* bold = ItemWith(layout, "strong");
        const RichItem* italic = ItemWith(layout, "slanted");
        const RichItem* both = ItemWith(layout, "both");
        const RichItem* up = ItemWith(layout, "up");
        const RichItem* down = ItemWith(layout, "down");
        ASSERT_TRUE(plain && bold && italic && both && up && down);
        EXPECT_EQ(plain->font, fonts.regular);
        EXPECT_EQ(bold->font, fonts.bold);
        EXPECT_EQ(italic->font, fonts.italic);
        EXPECT_EQ(both->font, fonts.bold_italic);
        EXPECT_LT(up->font_size, 18.0f);
        EXPECT_LT(up->min.y, plain->min.y);
        EXPECT_GT(down->min.y, plain->min.y);
        // One line: everything after the previous word, left to right.
        EXPECT_LT(plain->max.x, bold->min.x + 0.5f);
        EXPECT_LT(bold->max.x, italic->min.x + 0.5f);
    });
}

TEST_F(RichTextTest, ImagesTakeTheirSizeOrAreScaledToTheWidth) {
    harness_.Frame([&] {
        const RichFonts fonts = FindRichFonts();
        const content::RichText text =
            content::ParseMarkdown("Look: ![a pic](media:" + kHash +
                                   ")\n\n![gone](media:" + content::Sha256Hex("other") + ")");
        auto image_of = [](const RichLayout& layout) {
            for (const RichItem& item : layout.items) {
                if (item.kind == RichItem::Kind::kImage) {
                    return item;
                }
            }
            return RichItem{};
        };
        const RichLayout wide = LayoutRichText(text, fonts, {800, 18, 1, 2, 10}, &images_);
        const RichItem image = image_of(wide);
        EXPECT_EQ(image.texture, kFakeTexture);
        EXPECT_FLOAT_EQ(image.max.x - image.min.x, 300);
        EXPECT_FLOAT_EQ(image.max.y - image.min.y, 150);
        // The missing image is its alt text, muted, below the first.
        const RichItem* alt = ItemWith(wide, "[image: gone]");
        ASSERT_NE(alt, nullptr);
        EXPECT_TRUE(alt->muted);
        EXPECT_GE(alt->min.y, image.max.y);
        EXPECT_GE(wide.size.y, 150 + 18);

        // Narrower than the image: scaled to the width, aspect kept, on a line of its own.
        const RichItem narrow =
            image_of(LayoutRichText(text, fonts, {200, 18, 1, 2, 10}, &images_));
        EXPECT_FLOAT_EQ(narrow.max.x - narrow.min.x, 200);
        EXPECT_FLOAT_EQ(narrow.max.y - narrow.min.y, 100);
        EXPECT_FLOAT_EQ(narrow.min.x, 0);
        // Twice the pixels per point: half the points, so each pixel is one screen pixel.
        const RichItem sharp = image_of(LayoutRichText(text, fonts, {800, 18, 2, 2, 10}, &images_));
        EXPECT_FLOAT_EQ(sharp.max.x - sharp.min.x, 150);
    });
}

TEST_F(RichTextTest, LongTextWrapsIntoSmallItems) {
    harness_.Frame([&] {
        std::string text;
        for (int i = 0; i < 3000; ++i) {
            text += i % 7 == 0 ? "**bold word** " : "word ";
        }
        text += std::string(5000, 'x');  // one word longer than a line is cut
        const RichLayout layout = LayoutRichText(content::ParseMarkdown(text), FindRichFonts(),
                                                 {400, 18, 1, 2, 10}, &images_);
        for (const RichItem& item : layout.items) {
            EXPECT_LE(item.max.x, 400.5f);
            EXPECT_LE(item.text.size(), 400u);
        }
        EXPECT_GT(layout.size.y, 18 * 50);
    });
}

TEST_F(RichTextTest, AMarkdownQuestionDrawsItsImageInThePanel) {
    content::Question q;
    q.id = "m";
    q.type = content::QuestionType::kFlashcard;
    q.text_format = content::TextFormat::kMarkdown;
    q.prompt = "What is **this**?\n\n![a pic](media:" + kHash + ")";
    q.back = "*A picture*";
    QuestionPanel panel;
    panel.SetImages(&images_);
    panel.Begin(q);
    auto draw = [&] {
        ImGui::SetNextWindowSize(ImVec2(900, 600));
        ImGui::Begin("host");
        panel.Draw();
        ImGui::End();
    };
    harness_.Frame(draw);  // a new window shows from its second frame
    harness_.Frame(draw);
    EXPECT_TRUE(testing::DrewFakeImage());
    EXPECT_GT(images_.finds, 0);
}

// Uploads nothing real: records what it was given.
class FakeUploader : public TextureUploader {
  public:
    ImTextureID Upload(const uint8_t* rgba, int width, int height) override {
        sizes.emplace_back(width, height);
        first_pixel = {rgba[0], rgba[1], rgba[2], rgba[3]};
        return reinterpret_cast<ImTextureID>(static_cast<uintptr_t>(100 + sizes.size()));
    }
    void Release(ImTextureID) override { ++released; }
    std::vector<std::pair<int, int>> sizes;
    std::vector<int> first_pixel;
    int released = 0;
};

std::string RedPng(int width, int height) {
    std::vector<uint8_t> rgba(static_cast<std::size_t>(width * height * 4), 0);
    for (std::size_t i = 0; i < rgba.size(); i += 4) {
        rgba[i] = 255;
        rgba[i + 3] = 255;
    }
    std::string png;
    stbi_write_png_to_func(
        [](void* context, void* data, int size) {
            static_cast<std::string*>(context)->append(static_cast<char*>(data),
                                                       static_cast<std::size_t>(size));
        },
        &png, width, height, 4, rgba.data(), width * 4);
    return png;
}

TEST(MediaImagesTest, DecodesUploadsOnceAndReleases) {
    const std::string png = RedPng(24, 12);
    const std::string png_hash = content::Sha256Hex(png);
    int loads = 0;
    MediaImages images([&](std::string_view hash) -> std::optional<std::string> {
        ++loads;
        if (hash == png_hash) {
            return png;
        }
        if (hash == kHash) {
            return std::string("\x89PNG\r\n\x1a\n broken", 16);
        }
        return std::nullopt;
    });
    EXPECT_EQ(images.Find(png_hash), nullptr);  // no uploader yet: nothing
    FakeUploader uploader;
    images.SetUploader(&uploader);
    const ImageTexture* texture = images.Find(png_hash);
    ASSERT_NE(texture, nullptr);
    EXPECT_EQ(texture->width, 24);
    EXPECT_EQ(texture->height, 12);
    EXPECT_EQ(uploader.first_pixel, (std::vector<int>{255, 0, 0, 255}));
    EXPECT_EQ(images.Find(png_hash), texture);
    EXPECT_EQ(uploader.sizes.size(), 1u);
    // Broken and missing images fail once and are not tried again.
    EXPECT_EQ(images.Find(kHash), nullptr);
    EXPECT_EQ(images.Find(kHash), nullptr);
    EXPECT_EQ(images.Find(content::Sha256Hex("none")), nullptr);
    EXPECT_EQ(loads, 3);
    images.SetUploader(nullptr);
    EXPECT_EQ(uploader.released, 1);
}

TEST(MediaImagesTest, RefusesImagesLargerThanTheLimit) {
    EXPECT_TRUE(DecodeImage(RedPng(8, 8)));
    // The header's size is checked before anything is decoded.
    std::string huge = RedPng(1, 1);
    for (int at : {16, 20}) {
        huge[at + 2] = static_cast<char>(0x10);  // 4097 = 0x1001, big-endian
        huge[at + 3] = static_cast<char>(0x01);
    }
    EXPECT_FALSE(DecodeImage(huge));
    EXPECT_FALSE(DecodeImage("GIF89a truncated"));
}

}  // namespace
}  // namespace summit::ui
