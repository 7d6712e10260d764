// Rendering the parsed Markdown subset (ParseMarkdown's blocks and runs) as HTML.
#include "content/richtext/markdown_html.h"

#include <vector>

#include "content/richtext/markdown.h"

namespace summit::content {
namespace {

// In an attribute, quotes too.
std::string EscapeHtmlText(std::string_view text, bool attribute) {
    std::string out;
    out.reserve(text.size());
    for (const char c : text) {
        switch (c) {
            case '&':
                out += "&amp;";
                break;
            case '<':
                out += "&lt;";
                break;
            case '>':
                out += "&gt;";
                break;
            case '"':
                out += attribute ? "&quot;" : "\"";
                break;
            default:
                out += c;
        }
    }
    return out;
}

struct StyleTag {
    uint8_t bit;
    const char* name;
};
// Opened in this order and closed in reverse, so tags always nest.
constexpr StyleTag kStyleTags[] = {
    {kStyleBold, "b"}, {kStyleItalic, "i"}, {kStyleSuperscript, "sup"}, {kStyleSubscript, "sub"}};

void Runs(const std::vector<Span>& runs, const ImageSource& image_source, std::string& out) {
    for (const Span& run : runs) {
        if (run.kind == Span::Kind::kLineBreak) {
            out += "<br>";
        } else if (run.kind == Span::Kind::kImage) {
            const std::string src = image_source ? image_source(run.hash) : std::string();
            out += src.empty() ? EscapeHtml(run.text)
                               : "<img src=\"" + EscapeHtmlText(src, true) + "\" alt=\"" +
                                     EscapeHtmlText(run.text, true) + "\">";
        } else {
            for (const StyleTag& tag : kStyleTags) {
                out += (run.style & tag.bit) ? std::string("<") + tag.name + ">" : "";
            }
            out += EscapeHtml(run.text);
            for (auto tag = std::rbegin(kStyleTags); tag != std::rend(kStyleTags); ++tag) {
                out += (run.style & tag->bit) ? std::string("</") + tag->name + ">" : "";
            }
        }
    }
}

// The lists open around the current item, outermost first.
struct OpenList {
    bool ordered;
};

void CloseList(std::vector<OpenList>& lists, std::string& out) {
    out += lists.back().ordered ? "</li></ol>" : "</li></ul>";
    lists.pop_back();
}

}  // namespace

std::string EscapeHtml(std::string_view text) {
    return EscapeHtmlText(text, false);
}

std::string PlainToHtml(std::string_view text) {
    std::string out;
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text[i] == '\r' || text[i] == '\n') {
            out += "<br>";
            i += text[i] == '\r' && i + 1 < text.size() && text[i + 1] == '\n' ? 1 : 0;
        } else {
            out += EscapeHtmlText(text.substr(i, 1), false);
        }
    }
    return out;
}

std::string MarkdownToHtml(std::string_view markdown, const ImageSource& image_source) {
    std::string out;
    std::vector<OpenList> lists;
    for (const Block& block : ParseMarkdown(markdown).blocks) {
        if (block.kind == Block::Kind::kParagraph) {
            while (!lists.empty()) {
                CloseList(lists, out);
            }
            out += "<p>";
            Runs(block.runs, image_source, out);
            out += "</p>";
            continue;
        }
        const bool ordered = block.kind == Block::Kind::kNumbered;
        const std::size_t depth = static_cast<std::size_t>(block.level) + 1;
        while (lists.size() > depth) {
            CloseList(lists, out);
        }
        if (lists.size() == depth && lists.back().ordered != ordered) {
            CloseList(lists, out);
        }
        if (lists.size() == depth) {
            out += "</li>";
        }
        while (lists.size() < depth) {
            const bool innermost = lists.size() + 1 == depth;
            if (ordered && innermost && block.number != 1) {
                out += "<ol start=\"" + std::to_string(block.number) + "\">";
            } else {
                out += ordered && innermost ? "<ol>" : "<ul>";
            }
            lists.push_back({ordered && innermost});
            if (!innermost) {
                out += "<li>";
            }
        }
        out += "<li>";
        Runs(block.runs, image_source, out);
    }
    while (!lists.empty()) {
        CloseList(lists, out);
    }
    return out;
}

}  // namespace summit::content
