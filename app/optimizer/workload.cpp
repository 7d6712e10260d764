// A day-by-day simulation with sampled recalls: each day new cards are introduced and due
// cards reviewed (up to the limits); a review's outcome is drawn from the model's
// retrievability, a lapse is relearned the same day, and the next interval is the one the
// retention asks for.
#include "app/optimizer/workload.h"

#include <algorithm>
#include <cmath>

#include "app/optimizer/model.h"

namespace summit::optimizer {
namespace {

struct SimCard {
    Memory<double> memory;
    int last_day = 0;
    int due_day = 0;
};

// A portable uniform draw in [0, 1).
double Uniform(uint64_t& state) {
    uint64_t z = (state += 0x9e3779b97f4a7c15ULL);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    z ^= z >> 31;
    return double(z >> 11) * 0x1.0p-53;
}

// First answers and passing grades in the proportions of a typical collection.
int FirstGrade(double u) {
    return u < 0.25 ? 1 : u < 0.35 ? 2 : u < 0.9 ? 3 : 4;
}
int PassingGrade(double u) {
    return u < 0.1 ? 2 : u < 0.9 ? 3 : 4;
}

WorkloadPoint Simulate(const WorkloadOptions& o, const ModelTerms<double>& k, double retention) {
    const double interval_per_stability = (std::pow(retention, 1 / k.decay) - 1) / k.factor;
    const auto interval = [&](double stability) {
        const double days = std::round(stability * interval_per_stability);
        return static_cast<int>(std::clamp(days, 1.0, double(o.maximum_interval)));
    };
    std::vector<SimCard> cards;
    cards.reserve(o.studied.size() + o.new_cards);
    for (const StudiedCard& s : o.studied) {
        SimCard c;
        c.memory = {s.stability, s.difficulty};
        c.last_day = -s.days_since_review;
        c.due_day = std::max(0, c.last_day + interval(s.stability));
        cards.push_back(c);
    }
    uint64_t rng = o.seed;
    int next_new = 0;
    double seconds = 0;
    std::vector<std::vector<uint32_t>> due(o.days + 1);
    for (uint32_t i = 0; i < cards.size(); ++i) {
        due[std::min(cards[i].due_day, o.days)].push_back(i);
    }
    std::vector<uint32_t> today;
    for (int day = 0; day < o.days; ++day) {
        today.swap(due[day]);
        due[day].clear();
        // Over the limit: the rest wait a day (ordered as they came due).
        for (size_t n = 0; n < today.size(); ++n) {
            const uint32_t i = today[n];
            if (int(n) >= o.reviews_per_day) {
                due[day + 1].push_back(i);
                continue;
            }
            SimCard& c = cards[i];
            const int elapsed = day - c.last_day;
            const double r = Retrievability(k, elapsed, c.memory.stability);
            const bool recalled = Uniform(rng) < r;
            const int grade = recalled ? PassingGrade(Uniform(rng)) : 1;
            c.memory = NextMemory(k, c.memory, elapsed, grade);
            if (!recalled) {
                c.memory = NextMemory(k, c.memory, 0, 3);  // relearned the same day
            }
            seconds += recalled ? o.seconds_recalled : o.seconds_forgotten;
            c.last_day = day;
            c.due_day = day + interval(c.memory.stability);
            due[std::min(c.due_day, o.days)].push_back(i);
        }
        today.clear();
        for (int n = 0; n < o.new_per_day && next_new < o.new_cards; ++n, ++next_new) {
            SimCard c;
            const int grade = FirstGrade(Uniform(rng));
            c.memory = FirstMemory(k, grade);
            if (grade == 1) {
                c.memory = NextMemory(k, c.memory, 0, 3);
            }
            seconds += o.seconds_new;
            c.last_day = day;
            c.due_day = day + interval(c.memory.stability);
            cards.push_back(c);
            due[std::min(c.due_day, o.days)].push_back(static_cast<uint32_t>(cards.size() - 1));
        }
    }
    WorkloadPoint point;
    point.retention = retention;
    point.minutes_per_day = seconds / 60 / o.days;
    for (const SimCard& c : cards) {
        point.remembered += Retrievability(k, o.days - c.last_day, c.memory.stability);
    }
    point.seconds_per_remembered = point.remembered > 0 ? seconds / point.remembered : 0;
    return point;
}

}  // namespace

std::vector<WorkloadPoint> SimulateWorkload(const WorkloadOptions& options) {
    const ModelTerms<double> k(options.weights);
    // A small deck is simulated several times (other draws) and averaged, so its curve shows
    // the retention's effect rather than the luck of a few hundred draws.
    const size_t cards = options.studied.size() + size_t(std::max(options.new_cards, 0));
    const int runs =
        static_cast<int>(std::clamp<size_t>(20000 / std::max<size_t>(cards, 1), 1, 50));
    std::vector<WorkloadPoint> points;
    for (int percent = 70; percent <= 97; ++percent) {
        WorkloadPoint mean;
        mean.retention = percent / 100.0;
        WorkloadOptions run = options;
        for (int r = 0; r < runs; ++r) {
            run.seed = options.seed + uint64_t(r) * 1'000'003;
            const WorkloadPoint p = Simulate(run, k, mean.retention);
            mean.minutes_per_day += p.minutes_per_day / runs;
            mean.remembered += p.remembered / runs;
        }
        mean.seconds_per_remembered =
            mean.remembered > 0 ? mean.minutes_per_day * 60 * options.days / mean.remembered : 0;
        points.push_back(mean);
    }
    return points;
}

size_t CheapestPoint(const std::vector<WorkloadPoint>& points) {
    size_t best = 0;
    for (size_t i = 1; i < points.size(); ++i) {
        if (points[i].seconds_per_remembered < points[best].seconds_per_remembered) {
            best = i;
        }
    }
    return best;
}

}  // namespace summit::optimizer
