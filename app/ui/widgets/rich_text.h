// Drawing question texts: plain text as before, Markdown (content/richtext/markdown.h) with
// real bold and italic faces, smaller raised or lowered super- and subscripts, list bullets,
// word wrapping and images scaled to the width. Layout is separate from drawing, so headless
// tests check where everything goes without a GPU.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include <imgui.h>

#include "app/ui/widgets/rich_text_fonts.h"
#include "content/model/question.h"
#include "content/richtext/markdown.h"

namespace summit::ui {

// An image ready to draw: a texture and its size in pixels.
struct ImageTexture {
    ImTextureID texture = nullptr;
    int width = 0;
    int height = 0;
};

// Where images come from (MediaImages in the app; a fake in tests). UI thread only.
class ImageSource {
  public:
    virtual ~ImageSource() = default;
    // The image stored under `hash`, or nullptr when there is none or it cannot be decoded
    // (its alt text is shown instead).
    virtual const ImageTexture* Find(std::string_view hash) = 0;
};

// One placed piece: a word run, an image, or its alt text when missing. Items are at most a
// line long, so no single draw call is huge.
struct RichItem {
    enum class Kind { kText, kImage };
    Kind kind = Kind::kText;
    ImVec2 min;        // top-left, relative to the text's origin
    ImVec2 max;        // bottom-right
    std::string text;  // kText
    ImFont* font = nullptr;
    float font_size = 0;
    uint8_t style = 0;   // content::StyleBit flags
    bool muted = false;  // alt text of a missing image, list markers
    ImTextureID texture = nullptr;
};

struct RichLayout {
    std::vector<RichItem> items;
    ImVec2 size;  // the extent of everything placed
};

struct RichLayoutOptions {
    float width = 0;          // wrap width in points
    float font_size = 0;      // the regular size in points
    float pixel_scale = 1;    // framebuffer pixels per point: images are shown 1:1 in pixels
    float line_gap = 0;       // extra space between lines, points
    float paragraph_gap = 0;  // extra space between blocks, points
};

// Places `text` within options.width. Images wider than the width are scaled down to it,
// keeping their aspect ratio; missing ones are their alt text, muted.
RichLayout LayoutRichText(const content::RichText& text, const RichFonts& fonts,
                          const RichLayoutOptions& options, ImageSource* images);

// Draws a question text at the cursor, wrapped at the available width, and advances the
// cursor past it: plain text as written, Markdown laid out as above. `images` may be null.
void DrawQuestionText(std::string_view text, content::TextFormat format, ImageSource* images,
                      float width = 0);
// The size DrawQuestionText would take at `width`.
ImVec2 QuestionTextSize(std::string_view text, content::TextFormat format, ImageSource* images,
                        float width);

}  // namespace summit::ui
