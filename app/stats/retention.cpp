// True retention: pass rate of review-phase cards, first answer per card and day.
#include <algorithm>
#include <vector>

#include "app/stats/charts.h"
#include "app/stats/summary_charts.h"

namespace summit::stats {
namespace {

struct Candidate {
    int64_t card_id;
    int64_t time_ms;
    int32_t age_days;  // 0 = today
    bool failed;
    bool young;
};

}  // namespace

std::optional<double> RetentionCell::Rate() const {
    const int total = passed + failed;
    if (total == 0) {
        return std::nullopt;
    }
    return static_cast<double>(passed) / total;
}

RetentionTable ComputeRetention(const StatsInput& input, const DayIndex& days) {
    if (input.summary) {
        return SummaryRetention(input, *input.summary, days);
    }
    const int64_t today = days.Day(input.now_ms);
    const int year = kRetentionPeriodDays[kPeriodYear];
    const int64_t begin = days.StartMs(today - year + 1);
    const int64_t end = days.StartMs(today + 1);

    std::vector<Candidate> candidates;
    for (const ReviewRow& review : input.reviews) {
        if (review.phase_before != CardPhase::kReview || review.time_ms < begin ||
            review.time_ms >= end) {
            continue;
        }
        candidates.push_back(
            {review.card_id, review.time_ms, static_cast<int32_t>(today - days.Day(review.time_ms)),
             review.rating == Rating::kAgain, review.interval_before_days < kYoungMatureDays});
    }
    // Group answers by card and day, earliest first, so the first of each group is the one
    // that counts; later answers the same day measure short-term memory, not retention.
    std::sort(candidates.begin(), candidates.end(), [](const Candidate& a, const Candidate& b) {
        if (a.card_id != b.card_id) {
            return a.card_id < b.card_id;
        }
        if (a.age_days != b.age_days) {
            return a.age_days > b.age_days;
        }
        return a.time_ms < b.time_ms;
    });

    RetentionTable table;
    for (size_t i = 0; i < candidates.size(); ++i) {
        const Candidate& c = candidates[i];
        if (i > 0 && candidates[i - 1].card_id == c.card_id &&
            candidates[i - 1].age_days == c.age_days) {
            continue;
        }
        for (int p = 0; p < kPeriodCount; ++p) {
            if (c.age_days >= kRetentionPeriodDays[static_cast<size_t>(p)]) {
                continue;
            }
            RetentionCell& group = c.young ? table.young[static_cast<size_t>(p)]
                                           : table.mature[static_cast<size_t>(p)];
            RetentionCell& all = table.all[static_cast<size_t>(p)];
            (c.failed ? group.failed : group.passed) += 1;
            (c.failed ? all.failed : all.passed) += 1;
        }
    }
    return table;
}

}  // namespace summit::stats
