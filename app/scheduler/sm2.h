// The SM-2 scheduler in Anki's variant (learning steps, fixed ease changes, hard/easy
// multipliers, lapse interval), for decks that choose the classic algorithm over FSRS.
#pragma once

#include <array>
#include <cstdint>
#include <string>
#include <vector>

#include "app/scheduler/day_rule.h"
#include "app/scheduler/scheduler.h"
#include "content/model/card.h"
#include "content/model/error.h"

namespace summit::study {

struct Sm2Params {
    std::vector<std::string> learning_steps = {"1m", "10m"};  // "<n>m|h|d"; may be empty
    std::vector<std::string> relearning_steps = {"10m"};      // after a lapse; may be empty
    int graduating_interval = 1;     // days after the last learning step (Good), >= 1; default 1
    int easy_interval = 4;           // days when Easy skips the learning steps, >= 1; default 4
    double starting_ease = 2.5;      // ease factor of a graduated card, 1.3..5.0; default 2.5
    double easy_bonus = 1.3;         // extra multiplier for Easy on a review, 1.0..5.0; default 1.3
    double hard_interval = 1.2;      // multiplier for Hard on a review, 0.5..1.3; default 1.2
    double interval_modifier = 1.0;  // multiplies every review interval, 0.5..2.0; default 1.0
    double lapse_interval = 0.0;     // new interval after a lapse as a share of the old, 0..1;
                                     // default 0 (the minimum interval)
    int minimum_interval = 1;        // days, >= 1; default 1
    int maximum_interval = 36500;    // days, >= minimum_interval; default 36500
    bool enable_fuzz = false;        // spread review intervals >= 3 days; default false
    DayRule day_rule = {};           // how elapsed days are counted; default UTC dates
};

// Ease changes per answer on a review card (Anki's constants), and the floor.
inline constexpr double kSm2EaseAgain = -0.20;
inline constexpr double kSm2EaseHard = -0.15;
inline constexpr double kSm2EaseEasy = 0.15;
inline constexpr double kSm2MinEase = 1.3;

// Card fields used: phase, ease (0 means "not yet graduated"), step, scheduled_days (for a
// relearning card: the interval it returns to after its steps), last_review_ms, reps, lapses.
// Stability and difficulty are left untouched. Immutable after Create; thread-safe.
class Sm2Scheduler final : public Scheduler {
  public:
    // Errors (kInvalidArgument): a value outside the range in Sm2Params, or a bad step.
    [[nodiscard]] static Result<Sm2Scheduler> Create(Sm2Params params);

    CardState Next(const CardState& card, int64_t now_ms, Rating rating) const override;
    std::array<CardState, 4> Preview(const CardState& card, int64_t now_ms) const override;
    const char* Name() const override { return "sm2"; }

    const Sm2Params& params() const { return params_; }

  private:
    Sm2Scheduler(Sm2Params params, std::vector<int> learning, std::vector<int> relearning);

    CardState Learn(const CardState& card, int64_t now_ms, int grade) const;
    CardState Review(const CardState& card, int64_t now_ms, int grade) const;
    int Constrain(double days, int minimum, double fuzz_u, int64_t elapsed) const;

    Sm2Params params_;
    std::vector<int> learning_minutes_;
    std::vector<int> relearning_minutes_;
};

}  // namespace summit::study
