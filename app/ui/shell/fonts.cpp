// Finding and baking the app's fonts.
#include "app/ui/shell/fonts.h"

#include <cstdio>
#include <cstring>
#include <fstream>
#include <system_error>

#include "app/ui/widgets/rich_text_fonts.h"
#include "app/ui/widgets/theme.h"

namespace summit::ui {
namespace {

// Ranges DejaVu Sans covers that deck text commonly needs beyond ImGui's default Latin-1.
constexpr ImWchar kExtraLatinRanges[] = {
    0x0100, 0x024F,  // Latin Extended-A and -B
    0x0370, 0x03FF,  // Greek
    0x0400, 0x052F,  // Cyrillic
    0x2000, 0x206F,  // General Punctuation (dashes, quotes, ellipsis)
    0x20A0, 0x20CF,  // currency symbols
    0x2190, 0x21FF,  // arrows
    0,
};

// The styled faces next to the regular file, as DejaVu names them (DejaVuSans-Bold.ttf, ...).
struct RichFontStyle {
    const char* suffix;
    const char* name;  // ImFontConfig::Name, how FindRichFonts finds the face
};
constexpr RichFontStyle kRichFontStyles[] = {
    {"-Bold", kBoldFontName},
    {"-Oblique", kItalicFontName},
    {"-BoldOblique", kBoldItalicFontName},
};

// Blocks served by the CJK font rather than DejaVu.
constexpr ImWchar kCjkBlocks[][2] = {
    {0x2E80, 0x9FFF},  // radicals, punctuation, kana, Bopomofo, Hangul jamo, unified ideographs
    {0xAC00, 0xD7AF},  // Hangul syllables
    {0xF900, 0xFAFF},  // compatibility ideographs
    {0xFF00, 0xFFEF},  // half- and full-width forms
};

// Reads a TrueType/OpenType font or collection into memory owned by ImGui's allocator, so the
// atlas can free it. Returns nullptr when the file is missing, unreadable or not a font:
// ImGui's own file loader asserts (aborts) instead of failing.
void* ReadFontFile(const std::filesystem::path& path, int* size) {
    std::error_code error;
    const auto file_size = std::filesystem::file_size(path, error);
    if (error || file_size < 12 || file_size > (1u << 30)) {
        return nullptr;
    }
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        return nullptr;
    }
    void* data = ImGui::MemAlloc(file_size);
    if (!in.read(static_cast<char*>(data), static_cast<std::streamsize>(file_size))) {
        ImGui::MemFree(data);
        return nullptr;
    }
    static constexpr char kMagics[][4] = {
        {0, 1, 0, 0}, {'O', 'T', 'T', 'O'}, {'t', 't', 'c', 'f'}, {'t', 'r', 'u', 'e'}};
    for (const auto& magic : kMagics) {
        if (std::memcmp(data, magic, 4) == 0) {
            *size = static_cast<int>(file_size);
            return data;
        }
    }
    ImGui::MemFree(data);
    return nullptr;
}

// Adds the first loadable font of `candidates`; returns its path, or empty if none loaded.
std::filesystem::path AddFirstFont(ImFontAtlas& atlas,
                                   const std::vector<std::filesystem::path>& candidates,
                                   float size_px, const ImFontConfig& config,
                                   const ImWchar* ranges) {
    for (const std::filesystem::path& path : candidates) {
        int size = 0;
        void* data = ReadFontFile(path, &size);
        if (data == nullptr) {
            continue;
        }
        if (atlas.AddFontFromMemoryTTF(data, size, size_px, &config, ranges) != nullptr) {
            return path;
        }
        ImGui::MemFree(data);
    }
    return {};
}

}  // namespace

FontSearchPaths DefaultFontSearchPaths() {
    return FontSearchPaths{
        .latin =
            {
                "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
                "/usr/share/fonts/dejavu/DejaVuSans.ttf",
                "/usr/share/fonts/TTF/DejaVuSans.ttf",
                "/usr/local/share/fonts/DejaVuSans.ttf",
            },
        .cjk =
            {
                "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc",
                "/usr/share/fonts/noto-cjk/NotoSansCJK-Regular.ttc",
                "/usr/share/fonts/google-noto-cjk/NotoSansCJK-Regular.ttc",
                "/usr/share/fonts/opentype/noto-cjk/NotoSansCJK-Regular.ttc",
            },
    };
}

void FontSet::Load(ImFontAtlas& atlas, float scale, std::string_view text,
                   const FontSearchPaths& paths) {
    size_px_ = kBaseFontPx * scale;
    latin_path_.clear();
    cjk_path_.clear();

    ImFontGlyphRangesBuilder text_chars;
    if (!text.empty()) {
        text_chars.AddText(text.data(), text.data() + text.size());
    }

    ImFontGlyphRangesBuilder latin;
    latin.AddRanges(atlas.GetGlyphRangesDefault());
    latin.AddRanges(kExtraLatinRanges);
    ImFontGlyphRangesBuilder cjk;
    bool any_cjk = false;
    for (const auto& block : kCjkBlocks) {
        for (unsigned c = block[0]; c <= block[1]; ++c) {
            if (text_chars.GetBit(c)) {
                cjk.AddChar(static_cast<ImWchar>(c));
                any_cjk = true;
            }
        }
    }
    // Characters of the text outside the CJK blocks go to the main font (DejaVu has them or
    // ImGui shows its fallback glyph).
    for (unsigned c = 0x20; c < 0x2E80; ++c) {
        if (text_chars.GetBit(c)) {
            latin.AddChar(static_cast<ImWchar>(c));
        }
    }
    latin_ranges_.clear();
    latin.BuildRanges(&latin_ranges_);

    ImFontConfig config;
    config.OversampleH = 2;
    latin_path_ = AddFirstFont(atlas, paths.latin, size_px_, config, latin_ranges_.Data);
    if (latin_path_.empty()) {
        // ProggyClean is a bitmap font drawn at 13 px; scaling its size keeps Em() meaningful.
        ImFontConfig fallback;
        fallback.SizePixels = 13.0f * scale;
        atlas.AddFontDefault(&fallback);
        size_px_ = fallback.SizePixels;
        return;
    }
    cjk_ranges_.clear();
    cjk.BuildRanges(&cjk_ranges_);
    MergeCjk(atlas, paths, any_cjk);
    // Bold, italic and bold italic for rich text, each with the same CJK glyphs; a missing
    // file leaves that style to the regular font (FindRichFonts).
    for (const RichFontStyle& style : kRichFontStyles) {
        const std::filesystem::path path =
            latin_path_.parent_path() /
            (latin_path_.stem().string() + style.suffix + latin_path_.extension().string());
        ImFontConfig styled = config;
        std::snprintf(styled.Name, sizeof(styled.Name), "%s", style.name);
        if (!AddFirstFont(atlas, {path}, size_px_, styled, latin_ranges_.Data).empty()) {
            MergeCjk(atlas, paths, any_cjk);
        }
    }
}

void FontSet::MergeCjk(ImFontAtlas& atlas, const FontSearchPaths& paths, bool any_cjk) {
    if (!any_cjk) {
        return;
    }
    ImFontConfig merge;
    merge.MergeMode = true;
    merge.OversampleH = 1;  // thousands of glyphs: keep the atlas small and the bake fast
    merge.PixelSnapH = true;
    // At the same pixel size CJK ideographs look smaller than Latin letters next to them.
    cjk_path_ = AddFirstFont(atlas, paths.cjk, size_px_ * 1.2f, merge, cjk_ranges_.Data);
}

}  // namespace summit::ui
