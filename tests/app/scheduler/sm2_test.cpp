// Table tests for the SM-2 scheduler (Anki's variant): learning steps, graduation, review
// intervals on time, late and early, ease changes and floor, lapses and relearning, bounds.
#include "app/scheduler/sm2.h"

#include <functional>
#include <random>

#include <gtest/gtest.h>

namespace summit::study {
namespace {

constexpr int64_t kMinute = 60'000;
constexpr int64_t kDay = 86'400'000;
constexpr int64_t kStart = 1'718'000'000'000;  // 2024-06-10 06:13:20 UTC

Sm2Scheduler MakeSm2(Sm2Params params = {}) {
    Result<Sm2Scheduler> scheduler = Sm2Scheduler::Create(std::move(params));
    EXPECT_TRUE(scheduler.has_value()) << scheduler.error().ToString();
    return std::move(*scheduler);
}

CardState ReviewCard(int scheduled_days, double ease) {
    CardState card;
    card.phase = CardPhase::kReview;
    card.scheduled_days = scheduled_days;
    card.ease = ease;
    card.last_review_ms = kStart;
    card.due_ms = kStart + scheduled_days * kDay;
    card.reps = 5;
    return card;
}

TEST(Sm2Scheduler, LearningSteps) {
    const Sm2Scheduler sm2 = MakeSm2();
    CardState step1;
    step1.phase = CardPhase::kLearning;
    step1.step = 1;
    step1.last_review_ms = kStart - 10 * kMinute;
    const struct {
        const char* name;
        CardState card;
        Rating rating;
        CardPhase phase;
        int step;
        int64_t due_after;
        double ease;
    } cases[] = {
        {"new again", {}, Rating::kAgain, CardPhase::kLearning, 0, kMinute, 0},
        {"new hard", {}, Rating::kHard, CardPhase::kLearning, 0, 330'000, 0},  // mean of 1m, 10m
        {"new good", {}, Rating::kGood, CardPhase::kLearning, 1, 10 * kMinute, 0},
        {"new easy", {}, Rating::kEasy, CardPhase::kReview, 0, 4 * kDay, 2.5},
        {"step 1 again", step1, Rating::kAgain, CardPhase::kLearning, 0, kMinute, 0},
        {"step 1 hard", step1, Rating::kHard, CardPhase::kLearning, 1, 10 * kMinute, 0},
        {"step 1 good", step1, Rating::kGood, CardPhase::kReview, 0, kDay, 2.5},
        {"step 1 easy", step1, Rating::kEasy, CardPhase::kReview, 0, 4 * kDay, 2.5},
    };
    for (const auto& c : cases) {
        const CardState next = sm2.Next(c.card, kStart, c.rating);
        EXPECT_EQ(next.phase, c.phase) << c.name;
        EXPECT_EQ(next.step, c.step) << c.name;
        EXPECT_EQ(next.due_ms - kStart, c.due_after) << c.name;
        EXPECT_DOUBLE_EQ(next.ease, c.ease) << c.name;
        EXPECT_EQ(next.reps, c.card.reps + 1) << c.name;
        EXPECT_EQ(next.last_review_ms, kStart) << c.name;
    }
}

TEST(Sm2Scheduler, SingleStepHardIsOneAndAHalfSteps) {
    Sm2Params params;
    params.learning_steps = {"10m"};
    EXPECT_EQ(MakeSm2(params).Next({}, kStart, Rating::kHard).due_ms - kStart, 15 * kMinute);
    params.learning_steps = {"2d"};  // capped at one day more than the step
    EXPECT_EQ(MakeSm2(params).Next({}, kStart, Rating::kHard).due_ms - kStart, 3 * kDay);
}

TEST(Sm2Scheduler, ReviewIntervalsAndEase) {
    const Sm2Scheduler sm2 = MakeSm2();
    const struct {
        const char* name;
        int scheduled;
        double ease;
        int elapsed;
        int days[3];  // Hard, Good, Easy
    } cases[] = {
        {"on time", 10, 2.5, 10, {12, 25, 33}},
        {"4 days late", 10, 2.5, 14, {12, 30, 46}},
        {"early", 10, 2.5, 4, {6, 10, 12}},
        {"low ease keeps order", 1, 1.3, 1, {2, 3, 4}},
    };
    const double deltas[3] = {kSm2EaseHard, 0.0, kSm2EaseEasy};
    for (const auto& c : cases) {
        const CardState card = ReviewCard(c.scheduled, c.ease);
        const std::array<CardState, 4> preview = sm2.Preview(card, kStart + c.elapsed * kDay);
        for (int g = 0; g < 3; ++g) {
            const CardState& next = preview[g + 1];
            EXPECT_EQ(next.phase, CardPhase::kReview) << c.name;
            EXPECT_EQ(next.scheduled_days, c.days[g]) << c.name << " grade " << g + 2;
            EXPECT_DOUBLE_EQ(next.ease, std::max(kSm2MinEase, c.ease + deltas[g])) << c.name;
        }
    }
}

TEST(Sm2Scheduler, LapseThenRelearning) {
    const Sm2Scheduler sm2 = MakeSm2();
    const CardState lapsed = sm2.Next(ReviewCard(10, 2.5), kStart + 10 * kDay, Rating::kAgain);
    EXPECT_EQ(lapsed.phase, CardPhase::kRelearning);
    EXPECT_EQ(lapsed.lapses, 1);
    EXPECT_DOUBLE_EQ(lapsed.ease, 2.3);
    EXPECT_EQ(lapsed.scheduled_days, 1);  // new interval 0 x 10 days, raised to the minimum
    EXPECT_EQ(lapsed.due_ms, lapsed.last_review_ms + 10 * kMinute);

    const int64_t later = lapsed.due_ms;
    EXPECT_EQ(sm2.Next(lapsed, later, Rating::kAgain).phase, CardPhase::kRelearning);
    const CardState good = sm2.Next(lapsed, later, Rating::kGood);
    EXPECT_EQ(good.phase, CardPhase::kReview);
    EXPECT_EQ(good.scheduled_days, 1);
    EXPECT_DOUBLE_EQ(good.ease, 2.3);
    EXPECT_EQ(sm2.Next(lapsed, later, Rating::kEasy).scheduled_days, 2);
}

TEST(Sm2Scheduler, SettingsChangeIntervals) {
    const struct {
        const char* name;
        std::function<void(Sm2Params&)> edit;
        Rating rating;
        CardPhase phase;
        int days;
    } cases[] = {
        {"max interval", [](Sm2Params& p) { p.maximum_interval = 20; }, Rating::kEasy,
         CardPhase::kReview, 20},
        {"interval modifier", [](Sm2Params& p) { p.interval_modifier = 0.5; }, Rating::kGood,
         CardPhase::kReview, 13},
        {"lapse share", [](Sm2Params& p) { p.lapse_interval = 0.5; }, Rating::kAgain,
         CardPhase::kRelearning, 5},
        {"no relearning steps", [](Sm2Params& p) { p.relearning_steps.clear(); }, Rating::kAgain,
         CardPhase::kReview, 1},
        {"minimum interval", [](Sm2Params& p) { p.minimum_interval = 3; }, Rating::kAgain,
         CardPhase::kRelearning, 3},
    };
    for (const auto& c : cases) {
        Sm2Params params;
        c.edit(params);
        const CardState next =
            MakeSm2(params).Next(ReviewCard(10, 2.5), kStart + 10 * kDay, c.rating);
        EXPECT_EQ(next.phase, c.phase) << c.name;
        EXPECT_EQ(next.scheduled_days, c.days) << c.name;
    }
}

TEST(Sm2Scheduler, RejectsInvalidSettings) {
    const struct {
        const char* name;
        std::function<void(Sm2Params&)> edit;
        const char* message_part;
    } cases[] = {
        {"ease", [](Sm2Params& p) { p.starting_ease = 1.0; }, "starting ease"},
        {"graduating", [](Sm2Params& p) { p.graduating_interval = 0; }, "graduating"},
        {"bounds", [](Sm2Params& p) { p.maximum_interval = 0; }, "interval bounds"},
        {"lapse", [](Sm2Params& p) { p.lapse_interval = 1.5; }, "lapse"},
        {"hard", [](Sm2Params& p) { p.hard_interval = 3; }, "hard interval"},
        {"step", [](Sm2Params& p) { p.learning_steps = {"abc"}; }, "\"abc\""},
    };
    for (const auto& c : cases) {
        Sm2Params params;
        c.edit(params);
        Result<Sm2Scheduler> sm2 = Sm2Scheduler::Create(params);
        ASSERT_FALSE(sm2.has_value()) << c.name;
        EXPECT_EQ(sm2.error().code, ErrorCode::kInvalidArgument) << c.name;
        EXPECT_NE(sm2.error().message.find(c.message_part), std::string::npos)
            << sm2.error().message;
    }
}

TEST(Sm2Scheduler, InvariantsOverRandomWalksThroughTheInterface) {
    Sm2Params params;
    params.enable_fuzz = true;
    params.maximum_interval = 365;
    const Sm2Scheduler sm2 = MakeSm2(params);
    const Scheduler& scheduler = sm2;
    EXPECT_STREQ(scheduler.Name(), "sm2");
    std::mt19937_64 rng(7);
    for (int walk = 0; walk < 200; ++walk) {
        CardState card;
        int64_t now = kStart;
        for (int i = 0; i < 40; ++i) {
            const std::array<CardState, 4> preview = scheduler.Preview(card, now);
            if (card.phase == CardPhase::kReview) {
                EXPECT_LE(preview[1].scheduled_days, preview[2].scheduled_days);
                EXPECT_LE(preview[2].scheduled_days, preview[3].scheduled_days);
            }
            card = preview[rng() % 4];
            if (card.phase == CardPhase::kReview) {
                ASSERT_GE(card.scheduled_days, 1);
                ASSERT_LE(card.scheduled_days, 365);
                ASSERT_GE(card.ease, kSm2MinEase);
            }
            now = card.due_ms + static_cast<int64_t>(rng() % 3) * kDay;
        }
    }
}

}  // namespace
}  // namespace summit::study
