// Facility, standard deviation, discrimination index and discriminative efficiency.
#include "app/classroom/item_analysis.h"

#include <algorithm>
#include <cassert>
#include <cmath>

namespace summit::classroom {
namespace {

double Mean(const std::vector<double>& values) {
    double sum = 0;
    for (double value : values) {
        sum += value;
    }
    return sum / static_cast<double>(values.size());
}

// The sample covariance (divided by n - 1), as Moodle's C(x, X).
double Covariance(const std::vector<double>& a, const std::vector<double>& b) {
    const double mean_a = Mean(a);
    const double mean_b = Mean(b);
    double sum = 0;
    for (std::size_t k = 0; k < a.size(); ++k) {
        sum += (a[k] - mean_a) * (b[k] - mean_b);
    }
    return sum / static_cast<double>(a.size() - 1);
}

}  // namespace

ItemFigures ComputeItemFigures(const std::vector<double>& item, const std::vector<double>& rest) {
    assert(item.size() == rest.size());
    ItemFigures figures;
    figures.students = static_cast<int>(item.size());
    if (item.empty()) {
        return figures;
    }
    figures.facility = 100 * Mean(item);
    if (item.size() < 2) {
        return figures;
    }
    const double variance_item = Covariance(item, item);
    const double variance_rest = Covariance(rest, rest);
    figures.sd = 100 * std::sqrt(variance_item);
    if (variance_item <= 0 || variance_rest <= 0) {
        return figures;
    }
    const double covariance = Covariance(item, rest);
    figures.discrimination = covariance / std::sqrt(variance_item * variance_rest);
    // The largest covariance these two sets of scores allow: both in the same order.
    std::vector<double> sorted_item = item;
    std::vector<double> sorted_rest = rest;
    std::sort(sorted_item.begin(), sorted_item.end());
    std::sort(sorted_rest.begin(), sorted_rest.end());
    const double most = Covariance(sorted_item, sorted_rest);
    if (most > 0) {
        figures.efficiency = 100 * covariance / most;
    }
    return figures;
}

}  // namespace summit::classroom
