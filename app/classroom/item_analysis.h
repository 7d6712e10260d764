// Item analysis as Moodle's quiz statistics define it (formulas and sources in docs/class.md):
// pure functions over each student's first-try score on each question.
#pragma once

#include <optional>
#include <vector>

namespace summit::classroom {

// The statistics of one item over the students who answered it.
struct ItemFigures {
    int students = 0;                      // who answered the item (n)
    std::optional<double> facility;        // 100 * mean score, %; n >= 1
    std::optional<double> sd;              // 100 * sample SD (n - 1), %; n >= 2
    std::optional<double> discrimination;  // Pearson r(item, rest of test), -1..1
    std::optional<double> efficiency;      // 100 * C(item, rest) / C_max, %
};

// `item[k]` is student k's score on the item (0..1) and `rest[k]` that student's score on the
// rest of the test (their total less `item[k]`); both of the same length. Discrimination is
// undefined (nullopt) when n < 2 or either variance is 0; efficiency when C_max <= 0.
ItemFigures ComputeItemFigures(const std::vector<double>& item, const std::vector<double>& rest);

// Moodle's thresholds for flagging an item.
inline constexpr double kFacilityTooLow = 20;   // % : very hard
inline constexpr double kFacilityTooHigh = 95;  // % : very easy
inline constexpr double kDiscriminationWeak = 0.2;

}  // namespace summit::classroom
