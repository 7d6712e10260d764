// Font loading: DejaVu Sans from the system's font packages, merged with Noto Sans CJK for
// the CJK characters the collection actually uses, with ImGui's built-in font as fallback.
// Pure ImGui (no GLFW, no GL), so the same code runs in the window and in headless tests.
#pragma once

#include <filesystem>
#include <string_view>
#include <vector>

#include <imgui.h>

namespace summit::ui {

// Where to look for fonts; the first readable file of each list wins.
struct FontSearchPaths {
    std::vector<std::filesystem::path> latin;  // DejaVu Sans (fonts-dejavu-core) and kin
    std::vector<std::filesystem::path> cjk;    // Noto Sans CJK .ttc (fonts-noto-cjk)
};

// The usual install paths on Debian, Fedora and Arch.
FontSearchPaths DefaultFontSearchPaths();

// Fills a font atlas and keeps the glyph ranges the atlas points at alive: ImGui reads them
// whenever the atlas is (re)built, so a FontSet must outlive the atlas it loaded and is
// neither copied nor moved.
class FontSet {
  public:
    FontSet() = default;
    FontSet(const FontSet&) = delete;
    FontSet& operator=(const FontSet&) = delete;

    // Adds one font to `atlas` (which must be empty) at kBaseFontPx x `scale` pixels, covering
    // Latin, Greek, Cyrillic and common punctuation plus every character of `text` (UTF-8,
    // e.g. all deck names and questions). CJK glyphs are baked only for the characters of
    // `text`, because baking all of CJK takes most of a second at start-up. Missing or
    // unreadable font files are skipped; with no usable Latin font the built-in font is
    // used at the same scale. Never fails; inspect latin_path() / cjk_path() to see what was
    // used. Does not build the atlas (the renderer backend does, or call atlas.Build()).
    // After the main font (atlas.Fonts[0]) come its bold, oblique and bold oblique faces from
    // the same folder (DejaVuSans-Bold.ttf ...) when they exist, for rich text
    // (FindRichFonts); the built-in fallback has none.
    void Load(ImFontAtlas& atlas, float scale, std::string_view text,
              const FontSearchPaths& paths = DefaultFontSearchPaths());

    // The file the main font came from; empty when the built-in font is used.
    const std::filesystem::path& latin_path() const { return latin_path_; }
    // The file CJK glyphs were merged from; empty when `text` had no CJK or none was found.
    const std::filesystem::path& cjk_path() const { return cjk_path_; }
    // The pixel size the main font was baked at.
    float size_px() const { return size_px_; }

  private:
    // Merges the CJK glyphs of the text into the font added last.
    void MergeCjk(ImFontAtlas& atlas, const FontSearchPaths& paths, bool any_cjk);

    ImVector<ImWchar> latin_ranges_;
    ImVector<ImWchar> cjk_ranges_;
    std::filesystem::path latin_path_;
    std::filesystem::path cjk_path_;
    float size_px_ = 0;
};

}  // namespace summit::ui
