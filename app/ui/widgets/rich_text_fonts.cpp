// Finding the rich-text faces in the atlas.
#include "app/ui/widgets/rich_text_fonts.h"

#include <cstring>

#include "content/richtext/markdown.h"

namespace summit::ui {
namespace {

ImFont* Named(const char* name, ImFont* fallback) {
    for (ImFont* font : ImGui::GetIO().Fonts->Fonts) {
        if (font->ConfigData != nullptr && std::strcmp(font->ConfigData->Name, name) == 0) {
            return font;
        }
    }
    return fallback;
}

}  // namespace

ImFont* RichFonts::ForStyle(uint8_t style) const {
    const bool bold_set = (style & content::kStyleBold) != 0;
    const bool italic_set = (style & content::kStyleItalic) != 0;
    if (bold_set && italic_set) {
        return bold_italic;
    }
    return bold_set ? bold : italic_set ? italic : regular;
}

RichFonts FindRichFonts() {
    ImFont* regular = ImGui::GetFont();
    return RichFonts{regular, Named(kBoldFontName, regular), Named(kItalicFontName, regular),
                     Named(kBoldItalicFontName, regular)};
}

}  // namespace summit::ui
