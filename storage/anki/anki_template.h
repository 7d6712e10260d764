// Anki card templates, the simple subset Summit can show without Anki's renderer: field
// references {{Name}}, {{FrontSide}}, sections {{#Name}}…{{/Name}} and {{^Name}}…{{/Name}},
// and the filters type:, cloze:, text: and hint:. Anything else is kept out of the text and
// named in `unrendered`, so the importer can say what was lost.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace summit::storage::anki {

using TemplateFields = std::map<std::string, std::string, std::less<>>;

struct RenderedTemplate {
    std::string html;
    std::vector<std::string> fields_shown;   // fields whose value was written, in order
    std::optional<std::string> typed_field;  // {{type:Name}}: the answer is typed
    std::optional<std::string> cloze_field;  // {{cloze:Name}}: the value is written unchanged
    std::vector<std::string> unrendered;     // each tag or filter that was not understood
};

// Renders `tmpl` with `fields`; {{FrontSide}} becomes `front_side`. A section shows when its
// field holds more than whitespace. Unknown fields, special fields ({{Tags}}, {{Deck}}) and
// unknown filters render as nothing and are listed; a filter Summit ignores (furigana:, kana:)
// keeps the value and is listed. A script in the template is listed (it never runs).
RenderedTemplate RenderAnkiTemplate(std::string_view tmpl, const TemplateFields& fields,
                                    std::string_view front_side = {});

// The part of a back template after Anki's answer divider (<hr id=answer>, any quoting), or
// the whole template when it has none.
std::string_view AnswerPart(std::string_view back_template);

// True when the field's value has more than whitespace, HTML spaces and line breaks: what
// makes a conditional section or an optional card appear.
bool FieldHasContent(std::string_view value);

}  // namespace summit::storage::anki
