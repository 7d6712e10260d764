// Markdown subset -> HTML: each block of ParseMarkdown written in turn, lists kept open on a
// stack so that nested items sit inside their parent's <li> as HTML requires.
#include "content/richtext/markdown_html.h"

#include <vector>

#include "content/richtext/markdown.h"

namespace summit::content {
namespace {

struct OpenList {
    Block::Kind kind;
    int level;
};

void AppendRuns(std::string& out, const std::vector<Span>& runs,
                const HtmlImageSource& image_source) {
    static constexpr struct {
        StyleBit bit;
        const char* open;
        const char* close;
    } kTags[] = {{kStyleBold, "<b>", "</b>"},
                 {kStyleItalic, "<i>", "</i>"},
                 {kStyleSuperscript, "<sup>", "</sup>"},
                 {kStyleSubscript, "<sub>", "</sub>"}};
    for (const Span& span : runs) {
        switch (span.kind) {
            case Span::Kind::kLineBreak:
                out += "<br>";
                break;
            case Span::Kind::kImage: {
                const std::string src = image_source ? image_source(span.hash) : std::string();
                if (src.empty()) {
                    out += EscapeHtml(span.text);
                } else {
                    out += "<img src=\"" + EscapeHtml(src) + "\"";
                    if (!span.text.empty()) {
                        out += " alt=\"" + EscapeHtml(span.text) + "\"";
                    }
                    out += ">";
                }
                break;
            }
            case Span::Kind::kText:
                for (const auto& tag : kTags) {
                    if (span.style & tag.bit) {
                        out += tag.open;
                    }
                }
                out += EscapeHtml(span.text);
                for (auto tag = std::rbegin(kTags); tag != std::rend(kTags); ++tag) {
                    if (span.style & tag->bit) {
                        out += tag->close;
                    }
                }
                break;
        }
    }
}

void CloseList(std::string& out, std::vector<OpenList>& lists) {
    out += lists.back().kind == Block::Kind::kBullet ? "</li></ul>" : "</li></ol>";
    lists.pop_back();
}

void OpenItem(std::string& out, std::vector<OpenList>& lists, const Block& block) {
    while (!lists.empty() &&
           (lists.back().level > block.level ||
            (lists.back().level == block.level && lists.back().kind != block.kind))) {
        CloseList(out, lists);
    }
    if (!lists.empty() && lists.back().level == block.level) {
        out += "</li><li>";
        return;
    }
    if (block.kind == Block::Kind::kBullet) {
        out += "<ul>";
    } else if (block.number == 1) {
        out += "<ol>";
    } else {
        out += "<ol start=\"" + std::to_string(block.number) + "\">";
    }
    out += "<li>";
    lists.push_back({block.kind, block.level});
}

}  // namespace

std::string EscapeHtml(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    for (char c : text) {
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
                out += "&quot;";
                break;
            default:
                out += c;
        }
    }
    return out;
}

std::string PlainToHtml(std::string_view text) {
    std::string out;
    std::size_t start = 0;
    while (true) {
        const std::size_t end = text.find('\n', start);
        std::string_view line = text.substr(start, end - start);
        if (line.ends_with('\r')) {
            line.remove_suffix(1);
        }
        out += EscapeHtml(line);
        if (end == std::string_view::npos) {
            return out;
        }
        out += "<br>";
        start = end + 1;
    }
}

std::string MarkdownToHtml(std::string_view markdown, const HtmlImageSource& image_source) {
    const RichText rich = ParseMarkdown(markdown);
    const bool bare = rich.blocks.size() == 1 && rich.blocks[0].kind == Block::Kind::kParagraph;
    std::string out;
    std::vector<OpenList> lists;
    for (const Block& block : rich.blocks) {
        if (block.kind == Block::Kind::kParagraph) {
            while (!lists.empty()) {
                CloseList(out, lists);
            }
            out += bare ? "" : "<div>";
            AppendRuns(out, block.runs, image_source);
            out += bare ? "" : "</div>";
        } else {
            OpenItem(out, lists, block);
            AppendRuns(out, block.runs, image_source);
        }
    }
    while (!lists.empty()) {
        CloseList(out, lists);
    }
    return out;
}

}  // namespace summit::content
