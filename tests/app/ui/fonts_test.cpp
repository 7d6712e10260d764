// Font loading against the fonts installed on this machine, and fallbacks when they are not.
#include "app/ui/shell/fonts.h"

#include <filesystem>
#include <fstream>

#include <gtest/gtest.h>

#include "app/ui/widgets/rich_text_fonts.h"
#include "app/ui/widgets/theme.h"
#include "tests/app/ui/harness.h"

namespace summit::ui {
namespace {

bool Exists(const std::vector<std::filesystem::path>& paths) {
    for (const auto& path : paths) {
        if (std::filesystem::exists(path)) {
            return true;
        }
    }
    return false;
}

class FontsTest : public ::testing::Test {
  protected:
    testing::Harness harness_;  // only for the ImGui allocator and context
    ImFontAtlas atlas_;
    FontSet fonts_;
};

TEST_F(FontsTest, LoadsDejaVuAtTheScaledBaseSize) {
    if (!Exists(DefaultFontSearchPaths().latin)) {
        GTEST_SKIP() << "fonts-dejavu-core is not installed";
    }
    fonts_.Load(atlas_, 2.0f, "");
    ASSERT_TRUE(atlas_.Build());
    EXPECT_EQ(fonts_.latin_path().filename(), "DejaVuSans.ttf");
    EXPECT_TRUE(fonts_.cjk_path().empty());
    EXPECT_FLOAT_EQ(fonts_.size_px(), kBaseFontPx * 2.0f);
    // The regular face first, then bold, oblique and bold oblique for rich text.
    ASSERT_EQ(atlas_.Fonts.Size, 4);
    EXPECT_STREQ(atlas_.Fonts[1]->ConfigData->Name, kBoldFontName);
    EXPECT_STREQ(atlas_.Fonts[3]->ConfigData->Name, kBoldItalicFontName);
    EXPECT_FLOAT_EQ(atlas_.Fonts[2]->FontSize, kBaseFontPx * 2.0f);
    const ImFont* font = atlas_.Fonts[0];
    EXPECT_FLOAT_EQ(font->FontSize, kBaseFontPx * 2.0f);
    EXPECT_NE(font->FindGlyphNoFallback(u'é'), nullptr);
    EXPECT_NE(font->FindGlyphNoFallback(u'Ж'), nullptr);
    EXPECT_NE(font->FindGlyphNoFallback(u'—'), nullptr);
    EXPECT_EQ(font->FindGlyphNoFallback(u'日'), nullptr);
}

TEST_F(FontsTest, MergesOnlyTheCjkCharactersOfTheText) {
    if (!Exists(DefaultFontSearchPaths().latin) || !Exists(DefaultFontSearchPaths().cjk)) {
        GTEST_SKIP() << "fonts-dejavu-core or fonts-noto-cjk is not installed";
    }
    fonts_.Load(atlas_, 1.0f, "日本語 deck\n한국어");
    ASSERT_TRUE(atlas_.Build());
    EXPECT_FALSE(fonts_.cjk_path().empty());
    const ImFont* font = atlas_.Fonts[0];
    for (ImWchar c : {u'日', u'本', u'語', u'한', u'국', u'어'}) {
        EXPECT_NE(font->FindGlyphNoFallback(c), nullptr) << static_cast<int>(c);
    }
    EXPECT_EQ(font->FindGlyphNoFallback(u'中'), nullptr);
    int cjk_glyphs = 0;
    for (const ImFontGlyph& glyph : font->Glyphs) {
        cjk_glyphs += glyph.Codepoint >= 0x2E80 ? 1 : 0;
    }
    EXPECT_EQ(cjk_glyphs, 6);
}

TEST_F(FontsTest, FallsBackToBuiltInFontWhenNoFileIsUsable) {
    const auto dir = std::filesystem::temp_directory_path() / "summit_fonts_test";
    std::filesystem::create_directories(dir);
    const auto not_a_font = dir / "broken.ttf";
    std::ofstream(not_a_font) << "this is not a font file";
    FontSearchPaths paths{.latin = {dir / "missing.ttf", not_a_font}, .cjk = {}};
    fonts_.Load(atlas_, 1.5f, "日本", paths);
    ASSERT_TRUE(atlas_.Build());
    EXPECT_TRUE(fonts_.latin_path().empty());
    EXPECT_TRUE(fonts_.cjk_path().empty());
    ASSERT_EQ(atlas_.Fonts.Size, 1);
    EXPECT_FLOAT_EQ(atlas_.Fonts[0]->FontSize, 13.0f * 1.5f);
    std::filesystem::remove_all(dir);
}

TEST_F(FontsTest, SkipsCjkWhenNoCjkFontIsFound) {
    if (!Exists(DefaultFontSearchPaths().latin)) {
        GTEST_SKIP() << "fonts-dejavu-core is not installed";
    }
    FontSearchPaths paths = DefaultFontSearchPaths();
    paths.cjk = {"/nonexistent/NotoSansCJK-Regular.ttc"};
    fonts_.Load(atlas_, 1.0f, "日本", paths);
    ASSERT_TRUE(atlas_.Build());
    EXPECT_FALSE(fonts_.latin_path().empty());
    EXPECT_TRUE(fonts_.cjk_path().empty());
}

}  // namespace
}  // namespace summit::ui
