// Internal to the Moodle XML reader: reading libxml2's tree, and one question's texts as Summit
// Markdown.
#pragma once

#include <map>
#include <string>
#include <string_view>
#include <vector>

#include <libxml/tree.h>

#include "content/model/question.h"

namespace summit::content::moodle {

bool Named(const xmlNode* node, std::string_view name);
// The first child element named `name`, or nullptr (also for a null `node`).
const xmlNode* Child(const xmlNode* node, std::string_view name);
std::vector<const xmlNode*> Children(const xmlNode* node, std::string_view name);
// The element's text, entities and CDATA decoded; empty for no element.
std::string Content(const xmlNode* node);
std::string Attribute(const xmlNode* node, const char* name);
// <name><text>x</text></name> and the like: the trimmed text of the <text> child.
std::string TextChild(const xmlNode* node, std::string_view name);
int Line(const xmlNode* node);

// Something read with a loss, at a line of the file (0: the question's own line).
struct Loss {
    std::string message;
    int line = 0;
};

// One question's texts as Summit Markdown: HTML (format "html" and "moodle_auto_format")
// converted, other formats escaped; at the end a question whose HTML had no markup is made
// plain. Images an HTML text shows from its holder's <file> elements are kept by their hash.
// What is lost is collected for warnings.
class Texts {
  public:
    // The Markdown of a <text> holder (<questiontext>, <answer>, <feedback>...) by its format.
    std::string Of(const xmlNode* holder);
    // `text` as if it were the holder's own.
    std::string Convert(const xmlNode* holder, std::string_view text);
    std::string Plain(const xmlNode* holder);
    void Lose(std::string loss, int line = 0) { losses_.push_back({std::move(loss), line}); }

    Question Finish(Question q) const;
    const std::vector<Loss>& losses() const { return losses_; }
    // The bytes of each image converted so far, by hash.
    const std::map<std::string, std::string>& images() const { return images_; }

  private:
    std::map<std::string, std::string> Files(const xmlNode* holder);

    bool markup_ = false;
    std::vector<Loss> losses_;
    std::map<std::string, std::string> images_;
};

}  // namespace summit::content::moodle
