// The fit's outcome in plain words and as JSON, shared by the command line and the window.
#pragma once

#include <string>

#include "app/optimizer/optimize.h"

namespace summit::optimizer {

// How much better calibrated the fitted weights' predictions are than the current ones, in
// percent of the current RMSE(bins); negative when worse.
double CalibrationGainPercent(const OptimizeReport& report);

// True when the fit predicts the reviews at least as well as the current weights (log loss),
// so applying it is worth offering.
bool FitIsBetter(const OptimizeReport& report);

// One sentence, e.g. "Predictions would be 39 % better calibrated and 2.5 % more accurate
// (log loss 0.4462 -> 0.4355)." or that the current parameters are already as good.
std::string PlainSummary(const OptimizeReport& report);

// {"reviews":..,"cards":..,"items":..,"trained_items":..,"scored_items":..,"before":{..},"after":{..},
//  "time_split":{"before":{..},"after":{..}} (when computed),"current":[21],"fitted":[21]}
// without the closing brace, so a caller can append members; see docs/optimizer.md.
std::string ReportJsonMembers(const OptimizeReport& report);

}  // namespace summit::optimizer
