// Settings of the FSRS-6 scheduler for one deck, their defaults, validation, and the
// migration of FSRS-5 (19 values) and FSRS-4.5 (17 values) parameter vectors.
#pragma once

#include <array>
#include <span>
#include <string>
#include <vector>

#include "app/scheduler/day_rule.h"
#include "content/model/error.h"

namespace summit::study {

inline constexpr int kFsrsWeightCount = 21;
using FsrsWeights = std::array<double, kFsrsWeightCount>;

// The FSRS-6 defaults (medians over the benchmark collections; same as ts-fsrs 5.4.2).
inline constexpr FsrsWeights kDefaultFsrsWeights = {
    0.212,  1.2931, 2.3065, 8.2956, 6.4133, 0.8334, 3.0194, 0.001,  1.8722, 0.1666, 0.796,
    1.4835, 0.0614, 0.2629, 1.6483, 0.6014, 1.8729, 0.5425, 0.0912, 0.0658, 0.1542};

// The range each weight is clamped to (ts-fsrs CLAMP_PARAMETERS, the fsrs-rs clipper), before
// the lower ceiling of w17 and w18 that several relearning steps impose. With short-term
// scheduling on, w19 is at least 0.01.
struct FsrsWeightRange {
    double lo;
    double hi;
};
std::array<FsrsWeightRange, kFsrsWeightCount> FsrsWeightRanges(bool enable_short_term);

inline constexpr double kMinRequestRetention = 0.70;
inline constexpr double kMaxRequestRetention = 0.99;

struct FsrsParams {
    std::vector<double> w = {kDefaultFsrsWeights.begin(),
                             kDefaultFsrsWeights.end()};  // 21 (FSRS-6), 19 or 17 values; each
                                                          // clamped to its range, old lengths
                                                          // migrated; default: FSRS-6 defaults
    double request_retention = 0.9;  // desired probability of recall at the due date, 0.70..0.99
    int maximum_interval = 36500;    // days, >= 1; default 36500 (100 years)
    bool enable_short_term = true;   // true: (re)learning steps and same-day stability updates;
                                     // false: every answer gives a day interval; default true
    bool enable_fuzz = false;        // spread intervals >= 3 days by a seeded random amount;
                                     // default false (as ts-fsrs)
    std::vector<std::string> learning_steps = {"1m", "10m"};  // "<n>m|h|d" each; may be empty
    std::vector<std::string> relearning_steps = {"10m"};      // after a lapse; may be empty
    DayRule day_rule = {};  // how elapsed days are counted; default UTC dates (as ts-fsrs)
};

// Turns a 17-, 19- or 21-value vector into the 21 FSRS-6 weights exactly as ts-fsrs 5.4.2 does:
// clamp each value to its range (w17/w18 get a lower ceiling when there are several relearning
// steps), migrate old lengths (19: append w19 = 0, w20 = 0.5; 17: also transform w4..w6), then
// clamp the full vector once more (so a migrated w19 becomes 0.01 with short-term on).
// Errors (kInvalidArgument): a length other than 17, 19 or 21; a NaN or infinite value.
[[nodiscard]] Result<FsrsWeights> MigrateFsrsWeights(std::span<const double> w,
                                                     int relearning_step_count,
                                                     bool enable_short_term);

// Checks everything but the steps' syntax. Errors (kInvalidArgument): retention outside
// [0.70, 0.99] or not finite, maximum_interval < 1, bad weights (see MigrateFsrsWeights),
// rollover_hour outside 0..23.
[[nodiscard]] Status ValidateFsrsParams(const FsrsParams& params);

}  // namespace summit::study
