// (Re)learning steps: short delays such as "1m 10m" a card goes through before (or after
// forgetting, back to) day-scale intervals.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "content/model/error.h"

namespace summit::study {

// Parses one step: a positive whole number followed by a unit, "m" (minutes), "h" (hours) or
// "d" (days), e.g. "1m", "10m", "1h", "2d". Returns the delay in minutes.
// Errors (kInvalidArgument): empty text, a missing or unknown unit, a non-digit or missing
// number, zero, or a delay over 100 years.
[[nodiscard]] Result<int> ParseStepMinutes(std::string_view text);

// Parses every step of a list; the first bad step is the error.
[[nodiscard]] Result<std::vector<int>> ParseSteps(const std::vector<std::string>& steps);

// Parses a space- or comma-separated list such as "1m 10m" (what a settings field holds).
[[nodiscard]] Result<std::vector<int>> ParseStepList(std::string_view text);

// What a learning-step policy decides for one answer. `minutes` == 0 means "no step applies":
// the card graduates to a day-scale interval.
struct StepOutcome {
    int minutes = 0;
    int next_step = 0;
};

// The step policy of ts-fsrs (FSRS.md §12.1) for a card at step index `step`.
// `in_review` is true for a card in the Review phase (only Again consults the steps there).
// Again -> the first step; Hard -> 1.5x the first step (one step) or the mean of the first two,
// index unchanged; Good -> the next step if any; Easy -> never a step.
StepOutcome StepFor(const std::vector<int>& steps, int step, bool in_review, int rating);

}  // namespace summit::study
