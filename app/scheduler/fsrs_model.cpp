// FSRS-6 formulas. The operation order mirrors ts-fsrs so doubles round identically.
#include "app/scheduler/fsrs_model.h"

#include <algorithm>
#include <cmath>

#include "app/scheduler/js_round.h"

namespace summit::study {
namespace {

constexpr double kSMin = 0.001;
constexpr double kSMax = 36500;

double ClampS(double s) {
    return std::min(std::max(s, kSMin), kSMax);
}

}  // namespace

FsrsModel::FsrsModel(const FsrsWeights& w, double request_retention, bool enable_short_term)
    : w_(w), enable_short_term_(enable_short_term) {
    decay_ = -w_[20];
    factor_ = Round8(std::exp(std::pow(decay_, -1) * std::log(0.9)) - 1);
    interval_modifier_ = Round8((std::pow(request_retention, 1 / decay_) - 1) / factor_);
    exp_w8_ = std::exp(w_[8]);
    easy_d0_ = InitDifficulty(4);
}

double FsrsModel::ForgettingCurve(double elapsed_days, double stability) const {
    return Round8(std::pow(1 + factor_ * elapsed_days / stability, decay_));
}

double FsrsModel::InitStability(int grade) const {
    return std::max(w_[grade - 1], 0.1);
}

double FsrsModel::InitDifficulty(int grade) const {
    return Round8(w_[4] - std::exp((grade - 1) * w_[5]) + 1);
}

double FsrsModel::NextDifficulty(double difficulty, int grade) const {
    const double delta_d = -w_[6] * (grade - 3);
    // Linear damping: steps shrink as D approaches 10.
    const double next_d = difficulty + Round8(delta_d * (10 - difficulty) / 9);
    const double reverted = Round8(w_[7] * easy_d0_ + (1 - w_[7]) * next_d);
    return std::clamp(reverted, 1.0, 10.0);
}

double FsrsModel::RecallStability(double d, double s, double r, int grade) const {
    const double hard_penalty = grade == 2 ? w_[15] : 1;
    const double easy_bonus = grade == 4 ? w_[16] : 1;
    return Round8(
        ClampS(s * (1 + exp_w8_ * (11 - d) * std::pow(s, -w_[9]) *
                            (std::exp((1 - r) * w_[10]) - 1) * hard_penalty * easy_bonus)));
}

double FsrsModel::ForgetStability(double d, double s, double r) const {
    return Round8(ClampS(w_[11] * std::pow(d, -w_[12]) * (std::pow(s + 1, w_[13]) - 1) *
                         std::exp((1 - r) * w_[14])));
}

double FsrsModel::ShortTermStability(double s, int grade) const {
    double sinc = std::pow(s, -w_[19]) * std::exp(w_[17] * (grade - 3 + w_[18]));
    if (grade >= 2) {
        sinc = std::max(sinc, 1.0);  // a same-day pass never lowers stability
    }
    return Round8(ClampS(s * sinc));
}

MemoryState FsrsModel::Step(const MemoryState& previous, int64_t elapsed_days, int grade,
                            double r) const {
    if (previous.difficulty == 0 && previous.stability == 0) {
        return {InitStability(grade), std::clamp(InitDifficulty(grade), 1.0, 10.0)};
    }
    // ts-fsrs rejects states outside the ranges; clamping them (as fsrs-rs does) is the same
    // for every valid state and keeps a damaged row schedulable.
    const double s = ClampS(previous.stability);
    const double d = std::clamp(previous.difficulty, 1.0, 10.0);
    double new_s = 0;
    if (elapsed_days == 0 && enable_short_term_) {
        new_s = ShortTermStability(s, grade);
    } else if (grade == 1) {
        const double after_fail = ForgetStability(d, s, r);
        const double w17 = enable_short_term_ ? w_[17] : 0;
        const double w18 = enable_short_term_ ? w_[18] : 0;
        const double cap = Round8(s / std::exp(w17 * w18));
        new_s = std::min(std::max(cap, kSMin), after_fail);
    } else {
        new_s = RecallStability(d, s, r, grade);
    }
    return {new_s, NextDifficulty(d, grade)};
}

int FsrsModel::Interval(double stability, int maximum_interval) const {
    const double days = JsRound(stability * interval_modifier_);
    return static_cast<int>(std::min(std::max(1.0, days), static_cast<double>(maximum_interval)));
}

}  // namespace summit::study
