// Pretraining of the initial stabilities w0..w3 from first-review outcomes (FSRS.md §15.2):
// per first grade, the stability whose forgetting curve (at the default decay) best explains
// how often the first long-term answer was recalled after each interval, then made monotonic
// in the grade and filled in for grades never seen.
#pragma once

#include <array>
#include <vector>

#include "app/optimizer/training_set.h"

namespace summit::optimizer {

// The four initial stabilities from the first-long-term items with `use[i]` set; the defaults
// when there are none.
std::array<double, 4> PretrainInitialStability(const TrainingSet& set,
                                               const std::vector<bool>& use);

// fsrs-rs' monotonic smoothing and filling: `fitted[g]` < 0 means grade g + 1 was not seen;
// `counts[g]` is the number of items behind each fitted value.
std::array<double, 4> SmoothInitialStability(std::array<double, 4> fitted,
                                             const std::array<int, 4>& counts);

}  // namespace summit::optimizer
