// libxml2's tree read for the Moodle XML reader, and question texts converted to Markdown.
#include "content/formats/moodle_xml_text.h"

#include <set>

#include "content/formats/base64_decode.h"
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

// The holder's embedded files by name, decoded; a file that is not base64 is left out with a
// loss at its line.
std::map<std::string, std::string> Texts::Files(const xmlNode* holder) {
    std::map<std::string, std::string> files;
    for (const xmlNode* file : Children(holder, "file")) {
        const std::string name = Attribute(file, "name");
        std::optional<std::string> bytes;
        if (Attribute(file, "encoding") == "base64") {
            bytes = DecodeBase64(Content(file));
        }
        if (!bytes) {
            Lose("embedded file \"" + name + "\" is not imported: it is not valid base64",
                 Line(file));
            continue;
        }
        files.emplace(name, std::move(*bytes));
    }
    return files;
}

namespace {

// Moodle's auto-format is HTML in which a line break is also a break (its text_to_html).
std::string AutoFormatToHtml(std::string_view text) {
    std::string html;
    for (const char c : Trim(text)) {
        html += c == '\n' ? std::string("<br>\n") : std::string(1, c);
    }
    return html;
}

}  // namespace

std::string Texts::Convert(const xmlNode* holder, std::string_view text) {
    const std::string format = Attribute(holder, "format");
    if (format != "html" && format != "moodle_auto_format") {
        for (const xmlNode* file : Children(holder, "file")) {
            Lose("embedded file \"" + Attribute(file, "name") +
                     "\" is not imported: only an HTML text shows images",
                 Line(file));
        }
        return EscapeMarkdown(Trim(text));
    }
    const std::map<std::string, std::string> files = Files(holder);
    std::set<std::string> looked_up;
    const MediaLookup lookup = [&](std::string_view name) -> const std::string* {
        const auto found = files.find(std::string(name));
        if (found == files.end()) {
            return nullptr;
        }
        looked_up.insert(found->first);
        return &found->second;
    };
    HtmlConversion converted =
        HtmlToMarkdown(format == "html" ? std::string(text) : AutoFormatToHtml(text), lookup);
    markup_ = markup_ || converted.has_markup;
    for (std::string& warning : converted.warnings) {
        Lose(std::move(warning), Line(holder));
    }
    for (const ConvertedImage& image : converted.images) {
        images_.emplace(image.hash, files.at(image.name));
    }
    for (const auto& [name, bytes] : files) {
        if (looked_up.count(name) == 0) {
            Lose("embedded file \"" + name + "\" is not imported: no image of the text shows it",
                 Line(holder));
        }
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
