// Internal to the Moodle XML reader: Moodle's embedded-answer (cloze) sub-questions,
// "{1:MULTICHOICE:=right#feedback~wrong}", turned into Summit cloze gaps.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace summit::content::moodle {

// The sub-question types Summit reads: MULTICHOICE (all layouts), MULTIRESPONSE (all
// layouts), SHORTANSWER, SHORTANSWER_C (case-sensitive), NUMERICAL, and their short names.
enum class GapKind { kChoice, kResponses, kTyped, kCaseTyped, kNumber, kUnknown };

struct GapAnswer {
    std::string text;  // plain text; a NUMERICAL answer as written, "value:tolerance"
    double fraction = 0;
    std::string feedback;  // plain text
};

// One sub-question found in a question text.
struct EmbeddedGap {
    std::size_t start = 0;  // of the "{", in the text given
    std::size_t size = 0;   // through the "}"
    GapKind kind = GapKind::kUnknown;
    double weight = 1;  // the "{2:" of "{2:SHORTANSWER:...}": its share of the marks
    std::vector<GapAnswer> answers;
    std::string gap;      // the Summit gap, "{{Paris|~Lyon}}"; empty when `problem` is set
    std::string problem;  // why the sub-question cannot be a gap
    // What the gap loses (partial credit, feedback, a tolerance), each a sentence.
    std::vector<std::string> losses;
};

// Every "{N:TYPE:answers}" of `html` in order. Answer texts are flattened to plain text.
std::vector<EmbeddedGap> FindEmbeddedGaps(std::string_view html);

// A NUMERICAL sub-question's answer, "value" or "value:tolerance"; nullopt when either is no
// number.
struct NumberAnswer {
    double value = 0;
    double tolerance = 0;
};
std::optional<NumberAnswer> ReadNumberAnswer(std::string_view text);

}  // namespace summit::content::moodle
