// Cloze prompts: a sentence with gaps written as {{answer}} or {{answer|variant|...}}, e.g.
// "Earth is the {{third|3rd}} planet from the {{Sun}}." Pure text handling, no file format.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "content/model/error.h"

namespace summit::content {

struct ClozeGap {
    std::vector<std::string> answers;  // accepted answers, trimmed; the first is canonical
    // A choice gap (picked from a list, Moodle's MULTICHOICE gap): every option in the order
    // written, the accepted answers among them. Empty for a typed gap.
    std::vector<std::string> choices{};

    bool operator==(const ClozeGap&) const = default;
};

// Marks a wrong option of a choice gap: "{{Paris|~Lyon|~Nice}}".
inline constexpr char kClozeWrongChoice = '~';

// The prompt cut at its gaps: texts[0] gap[0] texts[1] gap[1] ... texts[n].
struct ClozeText {
    std::vector<std::string> texts;  // always gaps.size() + 1 entries; any may be empty
    std::vector<ClozeGap> gaps;

    bool operator==(const ClozeText&) const = default;
};

// Splits a cloze prompt. Single braces are ordinary text. A gap with any "~option" is a
// choice gap: its other variants are the right options. Fails with kParse, the message
// giving the 1-based character position, for: an unclosed "{{", a "}}" with no "{{", a "{{"
// inside a gap, an empty gap or empty variant ("{{}}", "{{a|}}", "{{a|~}}"), a choice gap
// without a right option ("{{~a|~b}}"), and a prompt without gaps.
[[nodiscard]] Result<ClozeText> ParseCloze(std::string_view prompt);

// The sentence with each gap shown as "____", as asked: "Earth is the ____ planet from the
// ____."
std::string ClozeWithBlanks(const ClozeText& cloze);

}  // namespace summit::content
