// Laying out and drawing Markdown question texts: words placed left to right, lines closed
// when the next word does not fit, each line's items aligned on its bottom.
#include "app/ui/widgets/rich_text.h"

#include <algorithm>
#include <cfloat>

#include "app/ui/widgets/long_text.h"

namespace summit::ui {
namespace {

using content::Block;
using content::Span;

constexpr float kScriptScale = 0.7f;   // super- and subscripts, of the regular size
constexpr float kSuperRaise = -0.12f;  // of the regular size, from the regular top
constexpr float kSubDrop = 0.42f;

class Layouter {
  public:
    Layouter(const RichFonts& fonts, const RichLayoutOptions& options, ImageSource* images)
        : fonts_(fonts), options_(options), images_(images) {}

    RichLayout Run(const content::RichText& text);

  private:
    struct Pending {
        std::size_t item;
        float offset;  // from the regular text's top; images are bottom-aligned instead
    };

    void StartBlock(const Block& block, bool first, bool previous_list);
    void AddText(std::string_view text, uint8_t style, bool muted);
    void AddWord(std::string_view word, std::string_view spaces, ImFont* font, float size,
                 uint8_t style, float offset, bool muted);
    void AddImage(const Span& span);
    void Place(RichItem item, float width, float height, float offset);
    void FinishLine();
    float Available() const { return std::max(options_.width - indent_, options_.font_size); }

    const RichFonts& fonts_;
    const RichLayoutOptions& options_;
    ImageSource* images_;
    RichLayout layout_;
    std::vector<Pending> line_;
    float x_ = 0;
    float top_ = 0;
    float indent_ = 0;
    float line_height_ = 0;
};

RichLayout Layouter::Run(const content::RichText& text) {
    bool previous_list = false;
    for (std::size_t b = 0; b < text.blocks.size(); ++b) {
        const Block& block = text.blocks[b];
        StartBlock(block, b == 0, previous_list);
        previous_list = block.kind != Block::Kind::kParagraph;
        for (const Span& span : block.runs) {
            switch (span.kind) {
                case Span::Kind::kText:
                    AddText(span.text, span.style, false);
                    break;
                case Span::Kind::kLineBreak:
                    FinishLine();
                    break;
                case Span::Kind::kImage:
                    AddImage(span);
                    break;
            }
        }
        FinishLine();
    }
    layout_.size.y = std::max(top_ - options_.line_gap, 0.0f);
    return std::move(layout_);
}

void Layouter::StartBlock(const Block& block, bool first, bool previous_list) {
    const bool list = block.kind != Block::Kind::kParagraph;
    if (!first) {
        top_ += list && previous_list ? 0 : options_.paragraph_gap;
    }
    const float size = options_.font_size;
    indent_ = list ? (static_cast<float>(block.level) + 1.0f) * 1.4f * size : 0;
    x_ = indent_;
    if (!list) {
        return;
    }
    const std::string marker =
        block.kind == Block::Kind::kBullet ? "\u2022" : std::to_string(block.number) + ".";
    const float width = fonts_.regular->CalcTextSizeA(size, FLT_MAX, 0, marker.c_str()).x;
    RichItem item;
    item.text = marker;
    item.font = fonts_.regular;
    item.font_size = size;
    item.muted = true;
    const float at = indent_ - width - 0.4f * size;
    layout_.items.push_back(item);
    layout_.items.back().min = ImVec2(at, 0);
    layout_.items.back().max = ImVec2(at + width, size);
    line_.push_back({layout_.items.size() - 1, 0});
}

void Layouter::AddText(std::string_view text, uint8_t style, bool muted) {
    const bool script = (style & (content::kStyleSuperscript | content::kStyleSubscript)) != 0;
    const float size = options_.font_size * (script ? kScriptScale : 1.0f);
    const float offset = (style & content::kStyleSuperscript) != 0 ? kSuperRaise
                         : (style & content::kStyleSubscript) != 0 ? kSubDrop
                                                                   : 0.0f;
    ImFont* font = fonts_.ForStyle(style);
    std::size_t at = 0;
    while (at < text.size()) {
        const std::size_t word_end = std::min(text.find(' ', at), text.size());
        const std::size_t spaces_end = std::min(text.find_first_not_of(' ', word_end), text.size());
        AddWord(text.substr(at, word_end - at), text.substr(word_end, spaces_end - word_end), font,
                size, style, offset * options_.font_size, muted);
        at = spaces_end;
    }
}

void Layouter::AddWord(std::string_view word, std::string_view spaces, ImFont* font, float size,
                       uint8_t style, float offset, bool muted) {
    float width = font->CalcTextSizeA(size, FLT_MAX, 0, word.data(), word.data() + word.size()).x;
    // A word longer than a whole line is cut where it overflows.
    while (!word.empty() && width > Available()) {
        if (x_ > indent_) {
            FinishLine();
        }
        const char* cut = font->CalcWordWrapPositionA(size / font->FontSize, word.data(),
                                                      word.data() + word.size(), Available());
        std::size_t length = std::max<std::size_t>(static_cast<std::size_t>(cut - word.data()), 1);
        while (length < word.size() && (word[length] & 0xC0) == 0x80) {
            ++length;  // never split a UTF-8 sequence
        }
        AddWord(word.substr(0, length), {}, font, size, style, offset, muted);
        word.remove_prefix(length);
        width = font->CalcTextSizeA(size, FLT_MAX, 0, word.data(), word.data() + word.size()).x;
    }
    if (x_ > indent_ && x_ + width > options_.width) {
        FinishLine();
    }
    if (word.empty() && x_ <= indent_) {
        return;  // spaces at the start of a line are not shown
    }
    const std::string text = std::string(word) + std::string(spaces);
    const float full =
        font->CalcTextSizeA(size, FLT_MAX, 0, text.data(), text.data() + text.size()).x;
    // Neighbouring words in one style join into one item per line.
    if (!line_.empty()) {
        RichItem& last = layout_.items[line_.back().item];
        if (last.kind == RichItem::Kind::kText && last.font == font && last.font_size == size &&
            last.style == style && last.muted == muted && line_.back().offset == offset &&
            last.max.x == x_) {
            last.text += text;
            last.max.x += full;
            x_ += full;
            return;
        }
    }
    RichItem item;
    item.text = text;
    item.font = font;
    item.font_size = size;
    item.style = style;
    item.muted = muted;
    Place(std::move(item), full, size, offset);
}

void Layouter::AddImage(const Span& span) {
    const ImageTexture* image = images_ != nullptr ? images_->Find(span.hash) : nullptr;
    if (image == nullptr || image->width <= 0 || image->height <= 0) {
        AddText(span.text.empty() ? "[image]" : "[image: " + span.text + "]", content::kStyleItalic,
                true);
        return;
    }
    float width = static_cast<float>(image->width) / options_.pixel_scale;
    float height = static_cast<float>(image->height) / options_.pixel_scale;
    if (width > Available()) {
        height *= Available() / width;
        width = Available();
    }
    RichItem item;
    item.kind = RichItem::Kind::kImage;
    item.texture = image->texture;
    item.text = span.text;
    if (x_ > indent_ && x_ + width > options_.width) {
        FinishLine();
    }
    Place(std::move(item), width, height, 0);
}

void Layouter::Place(RichItem item, float width, float height, float offset) {
    item.min = ImVec2(x_, 0);
    item.max = ImVec2(x_ + width, height);
    x_ += width;
    layout_.items.push_back(std::move(item));
    line_.push_back({layout_.items.size() - 1, offset});
    line_height_ = std::max(line_height_, height);
}

void Layouter::FinishLine() {
    const float size = options_.font_size;
    const float height = std::max(line_height_, size);
    const float text_top = top_ + height - size;
    for (const Pending& pending : line_) {
        RichItem& item = layout_.items[pending.item];
        const float item_height = item.max.y - item.min.y;
        const float y = item.kind == RichItem::Kind::kImage ? top_ + height - item_height
                                                            : text_top + pending.offset;
        item.min.y = y;
        item.max.y = y + item_height;
        layout_.size.x = std::max(layout_.size.x, item.max.x);
    }
    line_.clear();
    top_ += height + options_.line_gap;
    line_height_ = 0;
    x_ = indent_;
}

RichLayoutOptions OptionsFor(float width) {
    const ImGuiIO& io = ImGui::GetIO();
    RichLayoutOptions options;
    options.width = width;
    options.font_size = ImGui::GetFontSize();
    options.pixel_scale = std::max(io.DisplayFramebufferScale.x, 1.0f);
    options.line_gap = ImGui::GetStyle().ItemSpacing.y * 0.5f;
    options.paragraph_gap = ImGui::GetFontSize() * 0.6f;
    return options;
}

float WidthOrAvailable(float width) {
    return width > 0 ? width : std::max(ImGui::GetContentRegionAvail().x, 1.0f);
}

}  // namespace

RichLayout LayoutRichText(const content::RichText& text, const RichFonts& fonts,
                          const RichLayoutOptions& options, ImageSource* images) {
    return Layouter(fonts, options, images).Run(text);
}

ImVec2 QuestionTextSize(std::string_view text, content::TextFormat format, ImageSource* images,
                        float width) {
    if (format == content::TextFormat::kPlain) {
        return ImGui::CalcTextSize(text.data(), text.data() + text.size(), false, width);
    }
    return LayoutRichText(content::ParseMarkdown(text), FindRichFonts(), OptionsFor(width), images)
        .size;
}

void DrawQuestionText(std::string_view text, content::TextFormat format, ImageSource* images,
                      float width) {
    if (format == content::TextFormat::kPlain) {
        ImGui::PushTextWrapPos(width > 0 ? ImGui::GetCursorPosX() + width : 0.0f);
        LongText(text);  // pieces of bounded size: any length is safe
        ImGui::PopTextWrapPos();
        return;
    }
    width = WidthOrAvailable(width);
    const RichFonts fonts = FindRichFonts();
    const RichLayout layout =
        LayoutRichText(content::ParseMarkdown(text), fonts, OptionsFor(width), images);
    const ImVec2 origin = ImGui::GetCursorScreenPos();
    ImDrawList* draw = ImGui::GetWindowDrawList();
    const ImU32 color = ImGui::GetColorU32(ImGuiCol_Text);
    const ImU32 muted = ImGui::GetColorU32(ImGuiCol_TextDisabled);
    for (const RichItem& item : layout.items) {
        const ImVec2 min(origin.x + item.min.x, origin.y + item.min.y);
        if (item.kind == RichItem::Kind::kImage) {
            draw->AddImage(item.texture, min, ImVec2(origin.x + item.max.x, origin.y + item.max.y));
            continue;
        }
        const char* begin = item.text.c_str();
        const char* end = begin + item.text.size();
        draw->AddText(item.font, item.font_size, min, item.muted ? muted : color, begin, end);
        // Without a bold face, bold is the regular face drawn twice, a pixel apart.
        if ((item.style & content::kStyleBold) != 0 && item.font == fonts.regular) {
            draw->AddText(item.font, item.font_size, ImVec2(min.x + 1, min.y), color, begin, end);
        }
    }
    ImGui::Dummy(ImVec2(width, layout.size.y));
}

}  // namespace summit::ui
