// libxml2's tree read for the Moodle XML reader, and question texts converted to Markdown.
#include "content/formats/moodle_xml_text.h"

#include "content/formats/import_support.h"
#include "content/richtext/html_to_markdown.h"
#include "content/richtext/markdown.h"
#include "content/richtext/question_texts.h"

namespace summit::content::moodle {

using import::Trim;

bool Named(const xmlNode* node, std::string_view name) {
    return node->type == XML_ELEMENT_NODE &&
           std::string_view(reinterpret_cast<const char*>(node->name)) == name;
}

const xmlNode* Child(const xmlNode* node, std::string_view name) {
    for (const xmlNode* child = node ? node->children : nullptr; child; child = child->next) {
        if (Named(child, name)) {
            return child;
        }
    }
    return nullptr;
}

std::vector<const xmlNode*> Children(const xmlNode* node, std::string_view name) {
    std::vector<const xmlNode*> found;
    for (const xmlNode* child = node ? node->children : nullptr; child; child = child->next) {
        if (Named(child, name)) {
            found.push_back(child);
        }
    }
    return found;
}

std::string Content(const xmlNode* node) {
    if (!node) {
        return "";
    }
    xmlChar* content = xmlNodeGetContent(node);
    std::string text = content ? reinterpret_cast<const char*>(content) : "";
    xmlFree(content);
    return text;
}

std::string Attribute(const xmlNode* node, const char* name) {
    xmlChar* value = xmlGetProp(node, reinterpret_cast<const xmlChar*>(name));
    std::string text = value ? reinterpret_cast<const char*>(value) : "";
    xmlFree(value);
    return text;
}

std::string TextChild(const xmlNode* node, std::string_view name) {
    return std::string(Trim(Content(Child(Child(node, name), "text"))));
}

int Line(const xmlNode* node) {
    return static_cast<int>(xmlGetLineNo(node));
}

std::string Texts::Of(const xmlNode* holder) {
    return holder ? Convert(holder, Content(Child(holder, "text"))) : "";
}

std::string Texts::Convert(const xmlNode* holder, std::string_view text) {
    for (const xmlNode* file : Children(holder, "file")) {
        losses_.push_back("embedded file \"" + Attribute(file, "name") +
                          "\" is not imported: Summit banks carry no media");
    }
    if (Attribute(holder, "format") != "html") {
        return EscapeMarkdown(Trim(text));
    }
    HtmlConversion converted = HtmlToMarkdown(text);
    markup_ = markup_ || converted.has_markup;
    for (std::string& warning : converted.warnings) {
        losses_.push_back(std::move(warning));
    }
    return converted.markdown;
}

std::string Texts::Plain(const xmlNode* holder) {
    return MarkdownToPlain(Of(holder));
}

Question Texts::Finish(Question q) const {
    q.text_format = TextFormat::kMarkdown;
    return markup_ ? q : PlainQuestion(q);
}

}  // namespace summit::content::moodle
