// Internal to the Moodle XML reader: Moodle's embedded-answer (cloze) sub-questions,
// "{1:MULTICHOICE:=right#feedback~wrong}", turned into Summit cloze gaps.
#pragma once

#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "content/model/cloze_gaps.h"
#include "content/model/question.h"

namespace summit::content::moodle {

// The sub-question types Summit reads: MULTICHOICE (all layouts), MULTIRESPONSE (all
// layouts), SHORTANSWER, SHORTANSWER_C (case-sensitive), NUMERICAL, and their short names.
enum class SubType { kChoice, kResponses, kTyped, kCaseTyped, kNumber, kUnknown };

struct GapAnswer {
    std::string text;  // plain text; a NUMERICAL answer as written, "value:tolerance"
    double fraction = 0;
    std::string feedback;  // plain text
};

// One sub-question found in a question text.
struct EmbeddedGap {
    std::size_t start = 0;  // of the "{", in the text given
    std::size_t size = 0;   // through the "}"
    SubType kind = SubType::kUnknown;
    double weight = 1;  // the "{2:" of "{2:SHORTANSWER:...}": its share of the marks
    std::vector<GapAnswer> answers;
    std::string gap;      // the Summit gap, "{{Paris|~Lyon}}"; empty when `problem` is set
    std::string problem;  // why the sub-question cannot be a gap
    // Everything the marker cannot say: kind, weight, credits, feedback, tolerances, case.
    // Its texts are plain.
    GapDetail detail;
};

// Every "{N:TYPE:answers}" of `html` in order. Answer texts are flattened to plain text.
std::vector<EmbeddedGap> FindEmbeddedGaps(std::string_view html);

// The question's gap details (Question::gaps) for gaps read without a problem: empty when
// their markers say everything (plain typed and choice gaps of equal weights), else one per
// gap, those the marker says all of reduced to kind and weight. Texts are plain.
std::vector<GapDetail> GapDetails(const std::vector<EmbeddedGap>& gaps);

// A NUMERICAL sub-question's answer, "value" or "value:tolerance"; nullopt when either is no
// number.
struct NumberAnswer {
    double value = 0;
    double tolerance = 0;
};
std::optional<NumberAnswer> ReadNumberAnswer(std::string_view text);

// Writes a text into an embedded answer: plain, with Moodle's escapes.
using TextWriter = std::function<std::string(const std::string&)>;

// The gap as a Moodle sub-question, "{2:MULTIRESPONSE:%50%2~%50%3~%-100%4#even}": its kind
// (SHORTANSWER, SHORTANSWER_C, MULTICHOICE, NUMERICAL, MULTIRESPONSE), its weight rounded to a
// whole number of at least 1 (sets `weight_rounded` when that changed it), each answer with its
// grade ("=" or
// "%percent%") and feedback.
std::string EmbeddedGapText(const ResolvedGap& gap, const TextWriter& text, bool& weight_rounded);

}  // namespace summit::content::moodle
