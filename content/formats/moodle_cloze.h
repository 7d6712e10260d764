// Internal to the Moodle XML reader: Moodle's embedded-answer (cloze) sub-questions,
// "{1:MULTICHOICE:=right#feedback~wrong}", turned into Summit cloze gaps.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace summit::content::moodle {

// One sub-question found in a question text.
struct EmbeddedGap {
    std::size_t start = 0;  // of the "{", in the text given
    std::size_t size = 0;   // through the "}"
    std::string gap;        // the Summit gap, "{{Paris|~Lyon}}"; empty when `problem` is set
    std::string problem;    // why the sub-question cannot be a gap
};

// Every "{N:TYPE:answers}" of `html` in order, plus the things each loses (partial credit,
// feedback, a tolerance) in `losses`. Answer texts are flattened to plain text.
std::vector<EmbeddedGap> FindEmbeddedGaps(std::string_view html, std::vector<std::string>& losses);

}  // namespace summit::content::moodle
