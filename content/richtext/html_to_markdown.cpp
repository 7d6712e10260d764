// HTML to the Markdown subset: libxml2's HTML parser builds a tree, which is walked without
// recursion (a megabyte of nested tags must not overflow the stack) into a MarkdownWriter.
#include "content/richtext/html_to_markdown.h"

#include <climits>
#include <cstring>
#include <memory>
#include <set>

#include <libxml/HTMLparser.h>
#include <libxml/tree.h>

#include "content/richtext/image_type.h"
#include "content/richtext/markdown.h"
#include "content/richtext/markdown_writer.h"
#include "content/richtext/sha256.h"

namespace summit::content {
namespace {

using Break = MarkdownWriter::Break;

struct DocFree {
    void operator()(xmlDoc* doc) const { xmlFreeDoc(doc); }
};

bool Is(const xmlNode* node, const char* name) {
    return std::strcmp(reinterpret_cast<const char*>(node->name), name) == 0;
}

bool IsAny(const xmlNode* node, std::initializer_list<const char*> names) {
    for (const char* name : names) {
        if (Is(node, name)) {
            return true;
        }
    }
    return false;
}

bool IsHeading(const xmlNode* node) {
    return node->name[0] == 'h' && node->name[1] >= '1' && node->name[1] <= '6' &&
           node->name[2] == '\0';
}

// Elements whose content is never text a learner should see.
bool IsDropped(const xmlNode* node) {
    return IsAny(node, {"script", "style", "head", "title", "template", "iframe", "object", "embed",
                        "svg", "math", "noscript", "select", "textarea"});
}

bool IsBlock(const xmlNode* node) {
    return IsHeading(node) ||
           IsAny(node,
                 {"p",       "div",     "blockquote", "pre",      "tr",     "table",  "section",
                  "article", "header",  "footer",     "aside",    "nav",    "figure", "figcaption",
                  "dl",      "dt",      "dd",         "address",  "center", "hr",     "main",
                  "details", "summary", "form",       "fieldset", "caption"});
}

uint8_t StyleOf(const xmlNode* node) {
    if (IsAny(node, {"b", "strong"}) || IsHeading(node)) {
        return kStyleBold;
    }
    if (IsAny(node, {"i", "em", "cite", "var", "dfn"})) {
        return kStyleItalic;
    }
    if (Is(node, "sup")) {
        return kStyleSuperscript;
    }
    if (Is(node, "sub")) {
        return kStyleSubscript;
    }
    return 0;
}

std::string Attribute(const xmlNode* node, const char* name) {
    xmlChar* value = xmlGetProp(node, reinterpret_cast<const xmlChar*>(name));
    if (value == nullptr) {
        return {};
    }
    std::string text(reinterpret_cast<const char*>(value));
    xmlFree(value);
    return text;
}

int HexValue(char c) {
    if (c >= '0' && c <= '9') {
        return c - '0';
    }
    if (c >= 'a' && c <= 'f') {
        return c - 'a' + 10;
    }
    if (c >= 'A' && c <= 'F') {
        return c - 'A' + 10;
    }
    return -1;
}

std::string PercentDecoded(std::string_view text) {
    std::string out;
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text[i] == '%' && i + 2 < text.size() && HexValue(text[i + 1]) >= 0 &&
            HexValue(text[i + 2]) >= 0) {
            out += static_cast<char>(HexValue(text[i + 1]) * 16 + HexValue(text[i + 2]));
            i += 2;
        } else {
            out += text[i];
        }
    }
    return out;
}

class Converter {
  public:
    explicit Converter(const MediaLookup& media) : media_(media) {}

    void Walk(xmlNode* first);
    HtmlConversion Take();

  private:
    void Enter(xmlNode* node);
    void Leave(xmlNode* node);
    void AddImage(const xmlNode* node);
    void Warn(std::string warning) { result_.warnings.push_back(std::move(warning)); }
    // Blocks inside a list item stay in the item, on a new line.
    Break BlockBreak() const { return lists_.empty() ? Break::kParagraph : Break::kLine; }

    struct List {
        bool ordered;
        int next = 1;
    };

    const MediaLookup& media_;
    MarkdownWriter writer_;
    HtmlConversion result_;
    std::vector<List> lists_;
    std::set<std::string> used_hashes_;
    int preformatted_ = 0;
};

// Visits `first`, its following siblings and everything below them, in document order.
void Converter::Walk(xmlNode* first) {
    xmlNode* const top = first->parent;
    xmlNode* node = first;
    while (node != nullptr) {
        const bool element = node->type == XML_ELEMENT_NODE;
        if (element && IsDropped(node)) {
            // skipped with everything inside
        } else if (element) {
            Enter(node);
            if (node->children != nullptr) {
                node = node->children;
                continue;
            }
            Leave(node);
        } else if (node->type == XML_TEXT_NODE || node->type == XML_CDATA_SECTION_NODE) {
            if (node->content != nullptr) {
                writer_.Text(reinterpret_cast<const char*>(node->content), preformatted_ > 0);
            }
        }
        // Next sibling, or up through the parents that are finished.
        while (node != nullptr && node->next == nullptr) {
            node = node->parent;
            if (node == nullptr || node == top) {
                return;
            }
            if (node->type == XML_ELEMENT_NODE) {
                Leave(node);
            }
        }
        if (node != nullptr) {
            node = node->next;
        }
    }
}

void Converter::Enter(xmlNode* node) {
    if (const uint8_t style = StyleOf(node); style != 0) {
        writer_.PushStyle(style);
    }
    if (Is(node, "br")) {
        writer_.LineBreak(lists_.empty());
    } else if (Is(node, "img")) {
        AddImage(node);
    } else if (IsAny(node, {"ul", "ol", "menu"})) {
        writer_.RequestBreak(BlockBreak());
        // An <ol start="N"> numbers from N, as browsers show it; anything else from 1.
        const std::string start = Is(node, "ol") ? Attribute(node, "start") : "";
        int first = 1;
        if (!start.empty() && start.size() <= 9 &&
            start.find_first_not_of("0123456789") == std::string::npos) {
            first = std::stoi(start);
        }
        lists_.push_back({Is(node, "ol"), first});
    } else if (Is(node, "li")) {
        const int level = lists_.empty() ? 0 : static_cast<int>(lists_.size()) - 1;
        const int number = !lists_.empty() && lists_.back().ordered ? lists_.back().next++ : 0;
        writer_.StartItem(level, number);
    } else if (IsAny(node, {"td", "th"})) {
        writer_.RequestBreak(Break::kSpace);
    } else if (IsBlock(node)) {
        writer_.RequestBreak(BlockBreak());
        if (Is(node, "pre")) {
            ++preformatted_;
        }
    }
}

void Converter::Leave(xmlNode* node) {
    if (const uint8_t style = StyleOf(node); style != 0) {
        writer_.PopStyle(style);
    }
    if (IsAny(node, {"ul", "ol", "menu"})) {
        lists_.pop_back();
        writer_.RequestBreak(BlockBreak());
    } else if (Is(node, "li")) {
        writer_.RequestBreak(Break::kLine);
    } else if (IsAny(node, {"td", "th"})) {
        writer_.RequestBreak(Break::kSpace);
    } else if (IsBlock(node)) {
        writer_.RequestBreak(BlockBreak());
        if (Is(node, "pre")) {
            --preformatted_;
        }
    }
}

void Converter::AddImage(const xmlNode* node) {
    const std::string src = Attribute(node, "src");
    const std::string alt = Attribute(node, "alt");
    auto keep_alt = [&](const std::string& why) {
        Warn("image \"" + src + "\" " + why + "; kept its alt text" +
             (alt.empty() ? " (none)" : " \"" + alt + "\""));
        writer_.Text(alt, false);
    };
    std::string name = src;
    constexpr std::string_view kPluginFile = "@@PLUGINFILE@@/";
    if (name.starts_with(kPluginFile)) {
        name.erase(0, kPluginFile.size());
    }
    const std::string* bytes = nullptr;
    if (media_ && !name.empty()) {
        bytes = media_(name);
        if (bytes == nullptr && PercentDecoded(name) != name) {
            name = PercentDecoded(name);
            bytes = media_(name);
        }
    }
    if (bytes == nullptr) {
        keep_alt("is not among the files supplied with the text");
        return;
    }
    if (auto type = CheckImageBytes(*bytes); !type) {
        keep_alt("is not kept: " + type.error().message);
        return;
    }
    const std::string hash = Sha256Hex(*bytes);
    if (used_hashes_.insert(hash).second) {
        result_.images.push_back({name, hash});
    }
    writer_.Image(alt, hash);
}

HtmlConversion Converter::Take() {
    result_.has_markup = writer_.has_markup();
    result_.markdown = writer_.Finish();
    return std::move(result_);
}

}  // namespace

HtmlConversion HtmlToMarkdown(std::string_view html, const MediaLookup& media) {
    Converter converter(media);
    if (html.empty()) {
        return converter.Take();
    }
    // libxml2 takes an int size; a question text is never near 2 GiB. XML_PARSE_HUGE lifts the
    // parser's depth limit of 256, past which it drops the rest of the text without a word:
    // its HTML parser and this walk keep no recursion, so deep nesting costs memory, not stack.
    const int size = static_cast<int>(std::min<std::size_t>(html.size(), INT_MAX));
    const int options = HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING |
                        HTML_PARSE_NONET | HTML_PARSE_COMPACT | XML_PARSE_HUGE;
    std::unique_ptr<xmlDoc, DocFree> doc(
        htmlReadMemory(html.data(), size, nullptr, "UTF-8", options));
    if (doc != nullptr && doc->children != nullptr) {
        converter.Walk(doc->children);
    }
    return converter.Take();
}

std::string HtmlToPlain(std::string_view html) {
    return MarkdownToPlain(HtmlToMarkdown(html).markdown);
}

}  // namespace summit::content
