// Parsing of step strings and the step policy shared by FSRS and SM-2.
#include "app/scheduler/steps.h"

#include <charconv>
#include <cmath>

namespace summit::study {
namespace {

constexpr int64_t kMaxStepMinutes = 100LL * 365 * 1440;

std::string Quoted(std::string_view text) {
    return "\"" + std::string(text) + "\"";
}

}  // namespace

Result<int> ParseStepMinutes(std::string_view text) {
    if (text.empty()) {
        return Fail(ErrorCode::kInvalidArgument, "empty learning step");
    }
    const char unit = text.back();
    int64_t unit_minutes = 0;
    switch (unit) {
        case 'm':
            unit_minutes = 1;
            break;
        case 'h':
            unit_minutes = 60;
            break;
        case 'd':
            unit_minutes = 1440;
            break;
        default:
            return Fail(ErrorCode::kInvalidArgument,
                        "learning step " + Quoted(text) + " needs a unit m, h or d");
    }
    const std::string_view digits = text.substr(0, text.size() - 1);
    if (digits.empty() || digits.find_first_not_of("0123456789") != std::string_view::npos) {
        return Fail(ErrorCode::kInvalidArgument,
                    "learning step " + Quoted(text) + " must be a whole number and a unit");
    }
    int64_t value = 0;
    const auto [end, ec] = std::from_chars(digits.data(), digits.data() + digits.size(), value);
    if (ec != std::errc() || end != digits.data() + digits.size() ||
        value > kMaxStepMinutes / unit_minutes) {
        return Fail(ErrorCode::kInvalidArgument, "learning step " + Quoted(text) + " is too long");
    }
    if (value == 0) {
        return Fail(ErrorCode::kInvalidArgument, "learning step " + Quoted(text) + " is zero");
    }
    return static_cast<int>(value * unit_minutes);
}

Result<std::vector<int>> ParseSteps(const std::vector<std::string>& steps) {
    std::vector<int> minutes;
    minutes.reserve(steps.size());
    for (const std::string& step : steps) {
        Result<int> parsed = ParseStepMinutes(step);
        if (!parsed) {
            return Fail(parsed.error());
        }
        minutes.push_back(*parsed);
    }
    return minutes;
}

Result<std::vector<int>> ParseStepList(std::string_view text) {
    std::vector<std::string> parts;
    size_t pos = 0;
    while (pos < text.size()) {
        const size_t start = text.find_first_not_of(" ,\t", pos);
        if (start == std::string_view::npos) {
            break;
        }
        const size_t end = text.find_first_of(" ,\t", start);
        const size_t stop = end == std::string_view::npos ? text.size() : end;
        parts.emplace_back(text.substr(start, stop - start));
        pos = stop;
    }
    return ParseSteps(parts);
}

StepOutcome StepFor(const std::vector<int>& steps, int step, bool in_review, int rating) {
    const int count = static_cast<int>(steps.size());
    if (count == 0 || step >= count) {
        return {};
    }
    // A step below 0 only comes from a damaged row; it counts as the first step everywhere
    // below, so it never indexes before the list.
    const int current = step < 0 ? 0 : step;
    if (in_review) {
        return rating == 1 ? StepOutcome{steps[current], 0} : StepOutcome{};
    }
    switch (rating) {
        case 1:
            return {steps[0], 0};
        case 2: {
            // Half-up rounding of the mean, as JavaScript's Math.round on non-negative values.
            const double hard = count == 1 ? steps[0] * 1.5 : (steps[0] + steps[1]) / 2.0;
            return {static_cast<int>(std::floor(hard + 0.5)), current};
        }
        case 3:
            if (current + 1 < count) {
                return {steps[current + 1], current + 1};
            }
            return {};
        default:
            return {};
    }
}

}  // namespace summit::study
