// A small renderer for Anki's Mustache-like card templates (see anki_template.h).
#include "storage/anki/anki_template.h"

#include <algorithm>
#include <cctype>

namespace summit::storage::anki {
namespace {

std::string_view TrimSpaces(std::string_view text) {
    while (!text.empty() && std::isspace(static_cast<unsigned char>(text.front()))) {
        text.remove_prefix(1);
    }
    while (!text.empty() && std::isspace(static_cast<unsigned char>(text.back()))) {
        text.remove_suffix(1);
    }
    return text;
}

bool StartsWith(std::string_view text, std::string_view prefix) {
    return text.substr(0, prefix.size()) == prefix;
}

// Where the "{{/name}}" closing the section opened just before `from` starts, skipping
// nested sections of the same name; npos when it is never closed.
std::size_t FindSectionEnd(std::string_view tmpl, std::size_t from, std::string_view name) {
    int depth = 1;
    std::size_t at = from;
    while ((at = tmpl.find("{{", at)) != std::string_view::npos) {
        const std::size_t close = tmpl.find("}}", at + 2);
        if (close == std::string_view::npos) {
            return std::string_view::npos;
        }
        const std::string_view tag = TrimSpaces(tmpl.substr(at + 2, close - at - 2));
        if ((StartsWith(tag, "#") || StartsWith(tag, "^")) && TrimSpaces(tag.substr(1)) == name) {
            ++depth;
        } else if (StartsWith(tag, "/") && TrimSpaces(tag.substr(1)) == name && --depth == 0) {
            return at;
        }
        at = close + 2;
    }
    return std::string_view::npos;
}

class Renderer {
  public:
    Renderer(const TemplateFields& fields, std::string_view front_side)
        : fields_(fields), front_side_(front_side) {}

    void Render(std::string_view tmpl) {
        std::size_t at = 0;
        while (at < tmpl.size()) {
            const std::size_t open = tmpl.find("{{", at);
            if (open == std::string_view::npos) {
                out_.html += tmpl.substr(at);
                return;
            }
            out_.html += tmpl.substr(at, open - at);
            const std::size_t close = tmpl.find("}}", open + 2);
            if (close == std::string_view::npos) {
                out_.unrendered.emplace_back(tmpl.substr(open));
                return;
            }
            const std::string_view tag = TrimSpaces(tmpl.substr(open + 2, close - open - 2));
            at = close + 2;
            if (StartsWith(tag, "#") || StartsWith(tag, "^")) {
                at = Section(tmpl, at, tag);
            } else if (StartsWith(tag, "/")) {
                Unrendered(tag);
            } else {
                Field(tag);
            }
        }
    }

    RenderedTemplate Take() { return std::move(out_); }

  private:
    // Renders the section body when its condition holds; returns where rendering goes on.
    std::size_t Section(std::string_view tmpl, std::size_t body, std::string_view tag) {
        const std::string_view name = TrimSpaces(tag.substr(1));
        const std::size_t end = FindSectionEnd(tmpl, body, name);
        if (end == std::string_view::npos) {
            Unrendered(tag);
            return body;
        }
        auto field = fields_.find(name);
        if (field == fields_.end()) {
            Unrendered(tag);
        }
        const bool shown = field != fields_.end() && FieldHasContent(field->second);
        if (shown == (tag.front() == '#')) {
            Render(tmpl.substr(body, end - body));
        }
        return tmpl.find("}}", end) + 2;
    }

    void Field(std::string_view tag) {
        if (tag == "FrontSide") {
            out_.html += front_side_;
            return;
        }
        const std::size_t colon = tag.rfind(':');
        const std::string_view name = TrimSpaces(tag.substr(colon == tag.npos ? 0 : colon + 1));
        const std::string_view filters = colon == tag.npos ? "" : tag.substr(0, colon);
        auto field = fields_.find(name);
        if (field == fields_.end()) {
            Unrendered(tag);
            return;
        }
        if (filters == "type") {
            out_.typed_field = std::string(name);
            return;
        }
        if (filters == "cloze") {
            out_.cloze_field = std::string(name);
        } else if (!filters.empty() && filters != "text" && filters != "hint") {
            Unrendered(tag);
        }
        out_.html += field->second;
        out_.fields_shown.emplace_back(name);
    }

    void Unrendered(std::string_view tag) {
        out_.unrendered.push_back("{{" + std::string(tag) + "}}");
    }

    const TemplateFields& fields_;
    std::string_view front_side_;
    RenderedTemplate out_;
};

std::string Lower(std::string_view text) {
    std::string lower(text);
    std::transform(lower.begin(), lower.end(), lower.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return lower;
}

}  // namespace

RenderedTemplate RenderAnkiTemplate(std::string_view tmpl, const TemplateFields& fields,
                                    std::string_view front_side) {
    Renderer renderer(fields, front_side);
    renderer.Render(tmpl);
    RenderedTemplate rendered = renderer.Take();
    if (Lower(tmpl).find("<script") != std::string::npos) {
        rendered.unrendered.emplace_back("<script>");
    }
    return rendered;
}

std::string_view AnswerPart(std::string_view back_template) {
    const std::string lower = Lower(back_template);
    for (std::string_view divider : {"<hr id=answer>", "<hr id=\"answer\">", "<hr id='answer'>"}) {
        if (const std::size_t at = lower.find(divider); at != std::string::npos) {
            return back_template.substr(at + divider.size());
        }
    }
    return back_template;
}

bool FieldHasContent(std::string_view value) {
    std::string text;
    bool in_tag = false;
    for (char c : value) {
        if (c == '<') {
            in_tag = true;
        } else if (c == '>') {
            in_tag = false;
        } else if (!in_tag) {
            text += c;
        }
    }
    for (std::string_view space : {"&nbsp;", "\xC2\xA0"}) {
        for (std::size_t at; (at = text.find(space)) != std::string::npos;) {
            text.erase(at, space.size());
        }
    }
    // An image is content although it has no text.
    return !TrimSpaces(text).empty() || Lower(value).find("<img") != std::string::npos;
}

}  // namespace summit::storage::anki
