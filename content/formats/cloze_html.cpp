// Cloze prompts as HTML: placeholders through the converter, then the gaps.
#include "content/formats/cloze_html.h"

namespace summit::content {
namespace {

// Letters and digits only: neither Markdown nor HTML escaping touches it.
std::string Placeholder(std::size_t index) {
    return "SUMMITGAP" + std::to_string(index) + "Z";
}

}  // namespace

std::string ClozeAsHtml(const ClozeText& cloze,
                        const std::function<std::string(std::string_view)>& to_html,
                        const std::function<std::string(const ClozeGap&, std::size_t)>& gap) {
    std::string marked;
    for (std::size_t i = 0; i < cloze.gaps.size(); ++i) {
        marked += cloze.texts[i] + Placeholder(i);
    }
    marked += cloze.texts.back();
    std::string html = to_html(marked);
    for (std::size_t i = 0; i < cloze.gaps.size(); ++i) {
        const std::string mark = Placeholder(i);
        if (const std::size_t at = html.find(mark); at != std::string::npos) {
            html.replace(at, mark.size(), gap(cloze.gaps[i], i));
        }
    }
    return html;
}

}  // namespace summit::content
