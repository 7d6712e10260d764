// A cloze question's gaps as graded and shown: each {{gap}} marker of the prompt merged with
// its GapDetail (question.h), if any. Pure, no file format.
#pragma once

#include <string>
#include <vector>

#include "content/model/cloze.h"
#include "content/model/error.h"
#include "content/model/question.h"

namespace summit::content {

struct ResolvedGap {
    GapKind kind = GapKind::kTyped;
    double weight = 1;
    bool case_sensitive = false;
    // The right answer as shown: the marker's first variant; for kMultiResponse every right
    // option, joined by ", ".
    std::string shown;
    std::vector<std::string> accepted;   // kTyped: full-credit answers, tried before `answers`
    std::vector<TextAnswer> answers;     // kTyped
    std::vector<Choice> choices;         // kChoice, kMultiResponse: the options in order
    std::vector<NumericAnswer> numbers;  // kNumerical
};

struct ResolvedCloze {
    std::vector<std::string> texts;  // gaps.size() + 1 pieces of the sentence around the gaps
    std::vector<ResolvedGap> gaps;
};

// Merges the prompt's markers with `question.gaps`. Without details a gap is a choice gap when
// its marker has "~" options, else typed, worth 1. Fails with kParse for a prompt ParseCloze
// refuses, and with kInvalidArgument, naming the 1-based gap, for: details whose count is not
// the markers', a weight that is not above 0, a credit out of range (answers and numbers 0..1,
// choices -1..1), a typed or numerical gap without a full-credit answer, a choice or
// multi-response gap whose marker has no "~" options or whose choices are not the marker's
// (same texts in order, correct exactly where the marker's are unmarked), and a numerical gap
// without numbers whose marker variants are not all numbers.
[[nodiscard]] Result<ResolvedCloze> ResolveCloze(const Question& question);

// The gap's weight over the sum of all gaps' weights (every gap the same without details).
double GapShare(const ResolvedCloze& cloze, std::size_t gap);

}  // namespace summit::content
