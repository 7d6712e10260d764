// Internal to the Moodle XML reader: reading libxml2's tree, and one question's texts as Summit
// Markdown.
#pragma once

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

// One question's texts as Summit Markdown: HTML converted, other formats escaped; at the end a
// question whose HTML had no markup is made plain. What is lost is collected for warnings.
class Texts {
  public:
    // The Markdown of a <text> holder (<questiontext>, <answer>, <feedback>...) by its format.
    std::string Of(const xmlNode* holder);
    // `text` as if it were the holder's own.
    std::string Convert(const xmlNode* holder, std::string_view text);
    std::string Plain(const xmlNode* holder);
    void Lose(std::string loss) { losses_.push_back(std::move(loss)); }

    Question Finish(Question q) const;
    const std::vector<std::string>& losses() const { return losses_; }

  private:
    bool markup_ = false;
    std::vector<std::string> losses_;
};

}  // namespace summit::content::moodle
