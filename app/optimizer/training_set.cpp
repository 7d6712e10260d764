// Training items from a review log (FSRS.md §15.1) and fsrs-rs' outlier filter.
#include "app/optimizer/training_set.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <numeric>
#include <string>
#include <tuple>
#include <utility>

namespace summit::optimizer {
namespace {

// round(base_value * base^floor(log_base(x))): srs-benchmark's logarithmic bins.
int64_t LogBin(double x, double base, double base_value, double scale) {
    const double exponent = std::floor(std::log(x) / std::log(base));
    return std::llround(base_value * std::pow(base, exponent) * scale);
}

// The RMSE bin of an item: interval bin (2 decimals kept, as fsrs-rs does), history length
// bin and lapse bin, packed into one key.
uint64_t BinKey(int elapsed_days, int long_term_reviews, int lapses) {
    const int64_t interval_bin = LogBin(elapsed_days, 3.62, 2.48, 100);
    const int64_t length_bin = LogBin(long_term_reviews + 1, 1.89, 1.99, 1);
    const int64_t lapse_bin = lapses == 0 ? 0 : LogBin(lapses, 1.73, 1.65, 1);
    return (static_cast<uint64_t>(interval_bin) << 32) |
           (static_cast<uint64_t>(length_bin & 0xffff) << 16) |
           static_cast<uint64_t>(lapse_bin & 0xffff);
}

Status CheckGrade(int grade) {
    if (grade < 1 || grade > 4) {
        return Fail(ErrorCode::kInvalidArgument,
                    "grade " + std::to_string(grade) + " is not 1 (Again) to 4 (Easy)");
    }
    return {};
}

// Items of one card appended to `set` from its steps (already in set.steps from `first`),
// each with the time key of the answer it predicts; the caller sorts by the keys.
void AddItems(TrainingSet& set, size_t first, std::span<const int> recalled_of_step,
              std::vector<std::pair<int64_t, uint32_t>>& keyed, std::span<const int64_t> keys) {
    const uint32_t card = static_cast<uint32_t>(set.card_starts.size() - 1);
    const int first_grade = set.steps[first].grade;
    int long_term = 0;
    int lapses = 0;
    for (size_t j = first + 1; j < set.steps.size(); ++j) {
        const SequenceStep& step = set.steps[j];
        if (step.elapsed_days > 0 && j - first < kMaxReviewsPerItem) {
            TrainingItem item;
            item.card = card;
            item.step = static_cast<uint32_t>(j);
            item.recalled = recalled_of_step[j - first] != 0;
            item.first_long_term = long_term == 0;
            item.first_grade = static_cast<int8_t>(first_grade);
            item.bin = BinKey(step.elapsed_days, long_term + 1, lapses);
            keyed.emplace_back(keys[j - first], static_cast<uint32_t>(set.items.size()));
            set.items.push_back(item);
        }
        if (step.elapsed_days > 0) {
            ++long_term;
            lapses += step.grade == 1 ? 1 : 0;
        }
    }
    set.card_starts.push_back(static_cast<uint32_t>(set.steps.size()));
}

// Puts the items in the order of their keys and points each labelled step at its item.
void SortItems(TrainingSet& set, std::vector<std::pair<int64_t, uint32_t>>& keyed) {
    std::stable_sort(keyed.begin(), keyed.end(),
                     [](const auto& a, const auto& b) { return a.first < b.first; });
    std::vector<TrainingItem> sorted;
    sorted.reserve(keyed.size());
    for (const auto& [key, index] : keyed) {
        sorted.push_back(set.items[index]);
        set.steps[sorted.back().step].item = static_cast<int32_t>(sorted.size() - 1);
    }
    set.items = std::move(sorted);
}

}  // namespace

Result<TrainingSet> BuildTrainingSet(std::span<const ReviewEvent> events,
                                     const study::DayRule& day_rule) {
    std::vector<uint32_t> order(events.size());
    std::iota(order.begin(), order.end(), 0u);
    std::stable_sort(order.begin(), order.end(), [&](uint32_t a, uint32_t b) {
        if (events[a].card_id != events[b].card_id) {
            return events[a].card_id < events[b].card_id;
        }
        return events[a].time_ms < events[b].time_ms;
    });
    TrainingSet set;
    set.card_starts.push_back(0);
    std::vector<std::pair<int64_t, uint32_t>> keyed;
    std::vector<int> recalled;
    std::vector<int64_t> keys;
    for (size_t begin = 0; begin < order.size();) {
        size_t end = begin;
        while (end < order.size() && events[order[end]].card_id == events[order[begin]].card_id) {
            if (auto valid = CheckGrade(events[order[end]].grade); !valid) {
                return std::unexpected(valid.error());
            }
            ++end;
        }
        size_t start = end;  // the last answer given while new
        for (size_t i = begin; i < end; ++i) {
            if (events[order[i]].card_was_new) {
                start = i;
            }
        }
        if (start < end) {
            const size_t first = set.steps.size();
            recalled.clear();
            keys.clear();
            int64_t previous_day = 0;
            for (size_t i = start; i < end; ++i) {
                const ReviewEvent& event = events[order[i]];
                const int64_t day = study::DayNumber(event.time_ms, day_rule);
                SequenceStep step;
                step.elapsed_days = i == start ? 0 : static_cast<int32_t>(day - previous_day);
                step.grade = static_cast<int8_t>(event.grade);
                set.steps.push_back(step);
                recalled.push_back(event.grade > 1 ? 1 : 0);
                keys.push_back(event.time_ms);
                previous_day = day;
            }
            set.review_count += static_cast<int64_t>(end - start);
            AddItems(set, first, recalled, keyed, keys);
        }
        begin = end;
    }
    SortItems(set, keyed);
    return set;
}

Status AppendDayLevelCard(TrainingSet& set, std::span<const int> elapsed_days,
                          std::span<const int> grades, std::span<const int> next_elapsed_days,
                          std::span<const int> recalled) {
    const size_t n = elapsed_days.size();
    if (n == 0 || grades.size() != n || next_elapsed_days.size() != n || recalled.size() != n) {
        return Fail(ErrorCode::kInvalidArgument,
                    "a card's histories, intervals and labels must have the same, nonzero length");
    }
    if (set.card_starts.empty()) {
        set.card_starts.push_back(0);
    }
    const size_t first = set.steps.size();
    std::vector<int> labels(n + 1, 0);
    for (size_t k = 0; k < n; ++k) {
        if (auto valid = CheckGrade(grades[k]); !valid) {
            return valid;
        }
        set.steps.push_back({k == 0 ? 0 : elapsed_days[k], static_cast<int8_t>(grades[k]), -1});
        labels[k + 1] = recalled[k];
    }
    // The answer after the last is known only by its label; its grade is never an input.
    set.steps.push_back(
        {next_elapsed_days[n - 1], static_cast<int8_t>(recalled[n - 1] ? 3 : 1), -1});
    // Item k predicts answer k + 1 from answers 0..k, whatever the next row's first value says.
    for (size_t k = 0; k + 1 < n; ++k) {
        set.steps[first + k + 1].elapsed_days = next_elapsed_days[k];
    }
    set.review_count += static_cast<int64_t>(n);
    std::vector<std::pair<int64_t, uint32_t>> keyed;
    std::vector<int64_t> keys(n + 1);
    const int64_t base = static_cast<int64_t>(set.items.size());
    std::iota(keys.begin(), keys.end(), base);
    const size_t before = set.items.size();
    AddItems(set, first, labels, keyed, keys);
    for (size_t i = before; i < set.items.size(); ++i) {
        set.steps[set.items[i].step].item = static_cast<int32_t>(i);
    }
    return {};
}

std::vector<uint32_t> FirstItems(const TrainingSet& set, size_t count) {
    std::vector<uint32_t> items(std::min(count, set.items.size()));
    std::iota(items.begin(), items.end(), 0u);
    return items;
}

namespace {

// (first grade, days) of a first-long-term item.
std::pair<int, int> GroupOf(const TrainingSet& set, const TrainingItem& item) {
    return {item.first_grade, set.steps[item.step].elapsed_days};
}

// The (first grade, days) groups dropped by the outlier filter over `items`, and the size of
// every group.
struct OutlierGroups {
    std::map<std::pair<int, int>, int> sizes;
    std::map<std::pair<int, int>, bool> dropped;
};

OutlierGroups FindOutlierGroups(const TrainingSet& set, std::span<const uint32_t> items) {
    OutlierGroups result;
    std::map<int, int> per_grade;
    for (uint32_t i : items) {
        const TrainingItem& item = set.items[i];
        if (item.first_long_term) {
            ++result.sizes[GroupOf(set, item)];
            ++per_grade[item.first_grade];
        }
    }
    for (const auto& [grade, total] : per_grade) {
        std::vector<std::pair<int, int>> by_size;  // (count, days)
        for (const auto& [key, count] : result.sizes) {
            if (key.first == grade) {
                by_size.emplace_back(count, key.second);
            }
        }
        std::sort(by_size.begin(), by_size.end());
        const int threshold = std::max(20, total / 20);
        int removed = 0;
        for (const auto& [count, days] : by_size) {
            bool drop = false;
            if (removed + count >= threshold) {
                drop = count < 6 || days > (grade == 4 ? 365 : 100);
            } else {
                removed += count;
                drop = true;
            }
            result.dropped[{grade, days}] = drop;
        }
    }
    return result;
}

// Days of the card's first answer on a later day than its first, or 0 when there is none.
int FirstLongTermDays(const TrainingSet& set, uint32_t card) {
    for (uint32_t j = set.card_starts[card] + 1; j < set.card_starts[card + 1]; ++j) {
        if (set.steps[j].elapsed_days > 0) {
            return set.steps[j].elapsed_days;
        }
    }
    return 0;
}

}  // namespace

std::vector<bool> OutlierFilter(const TrainingSet& set, std::span<const uint32_t> items) {
    const OutlierGroups groups = FindOutlierGroups(set, items);
    std::vector<bool> kept(set.items.size(), false);
    for (uint32_t i : items) {
        const TrainingItem& item = set.items[i];
        const auto found =
            groups.dropped.find({item.first_grade, FirstLongTermDays(set, item.card)});
        kept[i] = found == groups.dropped.end() || !found->second;
    }
    return kept;
}

std::vector<uint32_t> ScoringOrder(const TrainingSet& set) {
    const std::vector<uint32_t> all = FirstItems(set, set.items.size());
    const OutlierGroups groups = FindOutlierGroups(set, all);
    const std::vector<bool> kept = OutlierFilter(set, all);
    // (grade, size, days) -> items of that group in time order
    std::map<std::tuple<int, int, int>, std::vector<uint32_t>> first_long_term;
    std::vector<uint32_t> order;
    std::vector<uint32_t> rest;
    for (uint32_t i : all) {
        if (!kept[i]) {
            continue;
        }
        const TrainingItem& item = set.items[i];
        if (item.first_long_term) {
            const auto group = GroupOf(set, item);
            first_long_term[{group.first, groups.sizes.at(group), group.second}].push_back(i);
        } else {
            rest.push_back(i);
        }
    }
    order.reserve(all.size());
    for (const auto& [key, members] : first_long_term) {
        order.insert(order.end(), members.begin(), members.end());
    }
    order.insert(order.end(), rest.begin(), rest.end());
    return order;
}

}  // namespace summit::optimizer
