// Parameter clamping and migration, following ts-fsrs 5.4.2 (FSRS.md §2).
#include "app/scheduler/fsrs_params.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>

#include "app/scheduler/js_round.h"

namespace summit::study {
namespace {

constexpr double kSMin = 0.001;
constexpr double kInitSMax = 100;
constexpr double kW17W18Ceiling = 2.0;
constexpr double kFsrs5Decay = 0.5;

}  // namespace

std::array<FsrsWeightRange, kFsrsWeightCount> FsrsWeightRanges(bool enable_short_term) {
    return {{{kSMin, kInitSMax},
             {kSMin, kInitSMax},
             {kSMin, kInitSMax},
             {kSMin, kInitSMax},
             {1, 10},
             {0.001, 4},
             {0.001, 4},
             {0.001, 0.75},
             {0, 4.5},
             {0, 0.8},
             {0.001, 3.5},
             {0.001, 5},
             {0.001, 0.25},
             {0.001, 0.9},
             {0, 4},
             {0, 1},
             {1, 6},
             {0, kW17W18Ceiling},
             {0, kW17W18Ceiling},
             {enable_short_term ? 0.01 : 0.0, 0.8},
             {0.1, 0.8}}};
}

namespace {

double Clamp(double value, FsrsWeightRange range) {
    return std::min(std::max(value, range.lo), range.hi);
}

// ts-fsrs clipParameters over the first w.size() ranges.
std::vector<double> Clip(std::span<const double> w, int relearning_step_count,
                         bool enable_short_term) {
    std::array<FsrsWeightRange, kFsrsWeightCount> ranges = FsrsWeightRanges(enable_short_term);
    if (relearning_step_count > 1) {
        // Post-lapse stability times e^(n*w17*w18) must not exceed the stability before it.
        const double w11 = Clamp(w[11], ranges[11]);
        const double w13 = Clamp(w[13], ranges[13]);
        const double w14 = Clamp(w[14], ranges[14]);
        const double value =
            -(std::log(w11) + std::log(std::pow(2, w13) - 1) + w14 * 0.3) / relearning_step_count;
        const double ceiling =
            std::clamp(Round8(std::sqrt(std::max(value, 0.0))), 0.01, kW17W18Ceiling);
        ranges[17].hi = ceiling;
        ranges[18].hi = ceiling;
    }
    std::vector<double> clipped(w.size());
    for (size_t i = 0; i < w.size(); ++i) {
        clipped[i] = Clamp(w[i], ranges[i]);
    }
    return clipped;
}

// JavaScript's +x.toFixed(8): the exact decimal rounding, read back as a double.
double ToFixed8(double x) {
    char buffer[64];
    std::snprintf(buffer, sizeof buffer, "%.8f", x);
    return std::strtod(buffer, nullptr);
}

}  // namespace

Result<FsrsWeights> MigrateFsrsWeights(std::span<const double> w, int relearning_step_count,
                                       bool enable_short_term) {
    if (w.size() != 17 && w.size() != 19 && w.size() != 21) {
        return Fail(
            ErrorCode::kInvalidArgument,
            "FSRS parameters must have 17, 19 or 21 values, not " + std::to_string(w.size()));
    }
    for (size_t i = 0; i < w.size(); ++i) {
        if (!std::isfinite(w[i])) {
            return Fail(ErrorCode::kInvalidArgument,
                        "FSRS parameter w" + std::to_string(i) + " is not a finite number");
        }
    }
    std::vector<double> migrated = Clip(w, relearning_step_count, enable_short_term);
    if (w.size() == 19) {
        migrated.insert(migrated.end(), {0.0, kFsrs5Decay});
    } else if (w.size() == 17) {
        migrated[4] = ToFixed8(migrated[5] * 2 + migrated[4]);
        migrated[5] = ToFixed8(std::log(migrated[5] * 3 + 1) / 3);
        migrated[6] = ToFixed8(migrated[6] + 0.5);
        migrated.insert(migrated.end(), {0.0, 0.0, 0.0, kFsrs5Decay});
    }
    const std::vector<double> clipped = Clip(migrated, relearning_step_count, enable_short_term);
    FsrsWeights out{};
    std::copy(clipped.begin(), clipped.end(), out.begin());
    return out;
}

Status ValidateFsrsParams(const FsrsParams& params) {
    if (!std::isfinite(params.request_retention) ||
        params.request_retention < kMinRequestRetention - 1e-12 ||
        params.request_retention > kMaxRequestRetention + 1e-12) {
        return Fail(ErrorCode::kInvalidArgument,
                    "desired retention must be between 0.70 and 0.99, not " +
                        std::to_string(params.request_retention));
    }
    if (params.maximum_interval < 1) {
        return Fail(ErrorCode::kInvalidArgument, "maximum interval must be at least 1 day, not " +
                                                     std::to_string(params.maximum_interval));
    }
    if (params.day_rule.rollover_hour < 0 || params.day_rule.rollover_hour > 23) {
        return Fail(ErrorCode::kInvalidArgument,
                    "the day rollover hour must be between 0 and 23, not " +
                        std::to_string(params.day_rule.rollover_hour));
    }
    Result<FsrsWeights> weights = MigrateFsrsWeights(
        params.w, static_cast<int>(params.relearning_steps.size()), params.enable_short_term);
    if (!weights) {
        return Fail(weights.error());
    }
    return {};
}

}  // namespace summit::study
