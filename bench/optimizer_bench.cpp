// The FSRS optimizer on the two real review logs of ../shared/fixtures/fsrs-data: fit time
// (pretrain + Adam, one fit) and the fit's log loss, beside fsrs-rs 6.5.0's numbers from the
// fixtures' README and the optimizer issue. bench/optimizer_vs_fsrs_rs.sh prints them as a table.
// Skipped (an error row) when the fixtures are absent.
#include <optional>
#include <utility>

#include <benchmark/benchmark.h>

#include "app/optimizer/optimize.h"
#include "tests/app/optimizer/fsrs_fixtures.h"

namespace summit::optimizer {
namespace {

struct Case {
    TrainingSet set;
    FitOptions options;
};

std::optional<Case> AnswerLog() {
    auto set = fixtures::AnswerLog();
    return set ? std::optional(Case{std::move(*set), FitOptions{}}) : std::nullopt;
}

std::optional<Case> DayLevelLog() {
    auto set = fixtures::DayLevelLog();
    if (!set) {
        return std::nullopt;
    }
    Case c{std::move(*set), FitOptions{}};
    c.options.enable_short_term = false;
    return c;
}

// fsrs-rs' figures: log loss with the defaults, fitted, by the time split, fit seconds.
struct Reference {
    double defaults;
    double fitted;
    double split;  // 0 when not given
    double seconds;
};

void RunFit(benchmark::State& state, const std::optional<Case>& c, Reference reference) {
    if (!c) {
        state.SkipWithError("the fsrs-data fixtures are not there");
        return;
    }
    FitResult last;
    for (auto _ : state) {
        last = *Fit(c->set, c->options);
        benchmark::DoNotOptimize(last);
    }
    OptimizeOptions options;
    options.fit = c->options;
    options.time_split = reference.split > 0;
    const OptimizeReport report = *Optimize(c->set, options);
    state.counters["items"] = double(report.items);
    state.counters["ll_default"] = report.before.log_loss;
    state.counters["ll_fitted"] = report.after.log_loss;
    state.counters["ll_gain"] = report.before.log_loss - report.after.log_loss;
    state.counters["plain_ll_fitted"] = report.after.plain_log_loss;
    state.counters["rmse_fitted"] = report.after.rmse_bins;
    if (report.has_split) {
        state.counters["ll_split"] = report.split_after.log_loss;
        state.counters["rs_ll_split"] = reference.split;
    }
    state.counters["rs_ll_default"] = reference.defaults;
    state.counters["rs_ll_fitted"] = reference.fitted;
    state.counters["rs_ll_gain"] = reference.defaults - reference.fitted;
    state.counters["rs_fit_s"] = reference.seconds;
}

void BM_FitAnswerLog(benchmark::State& state) {
    static const std::optional<Case> c = AnswerLog();
    RunFit(state, c, {0.4462, 0.4390, 0.4391, 0.10});
}
BENCHMARK(BM_FitAnswerLog)->Unit(benchmark::kMillisecond)->MinTime(2.0);

void BM_FitDayLevelLog(benchmark::State& state) {
    static const std::optional<Case> c = DayLevelLog();
    RunFit(state, c, {0.3265, 0.3155, 0, 1.1});
}
BENCHMARK(BM_FitDayLevelLog)->Unit(benchmark::kMillisecond)->MinTime(3.0);

}  // namespace
}  // namespace summit::optimizer
