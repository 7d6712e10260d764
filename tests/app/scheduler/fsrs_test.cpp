// Table tests for the FSRS-6 scheduler: the conformance anchors of FSRS.md (§3-§14),
// parameter validation and migration, and invariants over random review walks.
#include "app/scheduler/fsrs.h"

#include <cmath>
#include <random>

#include <gtest/gtest.h>

#include "app/scheduler/fuzz.h"
#include "app/scheduler/steps.h"

namespace summit::study {
namespace {

constexpr int64_t kMinute = 60'000;
constexpr int64_t kDay = 86'400'000;
constexpr int64_t kStart = 1'718'000'000'000;  // 2024-06-10 06:13:20 UTC

FsrsScheduler MakeScheduler(FsrsParams params = {}) {
    Result<FsrsScheduler> scheduler = FsrsScheduler::Create(std::move(params));
    EXPECT_TRUE(scheduler.has_value()) << scheduler.error().ToString();
    return std::move(*scheduler);
}

TEST(FsrsModel, ForgettingCurveAndIntervalModifierMatchReference) {
    const FsrsScheduler fsrs = MakeScheduler();
    const FsrsModel& m = fsrs.model();
    EXPECT_DOUBLE_EQ(m.factor(), 0.98034649);
    EXPECT_DOUBLE_EQ(m.ForgettingCurve(1, 0.212), 0.76619573);
    EXPECT_DOUBLE_EQ(m.ForgettingCurve(1, 1.2931), 0.91666972);
    EXPECT_DOUBLE_EQ(m.ForgettingCurve(1, 2.3065), 0.9468475);
    EXPECT_DOUBLE_EQ(m.ForgettingCurve(1, 8.2956), 0.98292344);
    EXPECT_DOUBLE_EQ(m.ForgettingCurve(20, 10), 0.84588465);
    EXPECT_DOUBLE_EQ(m.ForgettingCurve(100, 10), 0.69282664);

    const struct {
        double retention;
        double modifier;
    } cases[] = {{0.70, 9.28791122}, {0.80, 3.3159598},  {0.85, 1.90642614},
                 {0.90, 1.0},        {0.95, 0.40255869}, {0.97, 0.22276844}};
    for (const auto& c : cases) {
        FsrsParams params;
        params.request_retention = c.retention;
        EXPECT_DOUBLE_EQ(MakeScheduler(params).model().interval_modifier(), c.modifier)
            << c.retention;
    }
}

TEST(FsrsModel, InitialAndNextDifficultyMatchReference) {
    const FsrsScheduler scheduler = MakeScheduler();
    const FsrsModel& m = scheduler.model();
    EXPECT_DOUBLE_EQ(m.InitDifficulty(1), 6.4133);
    EXPECT_DOUBLE_EQ(m.InitDifficulty(2), 5.11217071);
    EXPECT_DOUBLE_EQ(m.InitDifficulty(3), 2.11810397);
    EXPECT_DOUBLE_EQ(m.InitDifficulty(4), -4.7716307);
    EXPECT_DOUBLE_EQ(m.Step({}, 0, 4, 1).difficulty, 1.0);  // clamped
    const double expected[] = {8.34176237, 6.66599536, 4.99022837, 3.31446137};
    for (int g = 1; g <= 4; ++g) {
        EXPECT_DOUBLE_EQ(m.NextDifficulty(5, g), expected[g - 1]) << g;
    }
}

TEST(FsrsModel, SameDayAndLaterReviewsAfterFirstGood) {
    const FsrsScheduler scheduler = MakeScheduler();
    const FsrsModel& m = scheduler.model();
    const MemoryState first = m.Step({}, 0, 3, 1);
    EXPECT_DOUBLE_EQ(first.stability, 2.3065);
    EXPECT_DOUBLE_EQ(first.difficulty, 2.11810397);

    const struct {
        int64_t days;
        int grade;
        double s;
        double d;
    } cases[] = {{0, 3, 2.3065, 2.11121424},
                 {0, 2, 2.3065, 4.75285849},
                 {0, 1, 0.77508398, 7.39450274},
                 {3, 3, 13.82690327, 2.11121424},
                 {3, 1, 0.63685069, 7.39450274}};
    for (const auto& c : cases) {
        const double r = m.ForgettingCurve(static_cast<double>(c.days), first.stability);
        const MemoryState next = m.Step(first, c.days, c.grade, r);
        EXPECT_NEAR(next.stability, c.s, 1e-8) << c.days << " days, grade " << c.grade;
        EXPECT_NEAR(next.difficulty, c.d, 1e-8) << c.days << " days, grade " << c.grade;
    }
    EXPECT_DOUBLE_EQ(m.ForgettingCurve(3, first.stability), 0.88094796);
}

// FSRS-6 test of ts-fsrs: Again then Good x5, separated by 0, 0, 1, 3, 8 and 21 days.
TEST(FsrsScheduler, ReferenceHistoryGivesPublishedMemoryState) {
    for (const bool short_term : {true, false}) {
        FsrsParams params;
        params.enable_short_term = short_term;
        const FsrsScheduler fsrs = MakeScheduler(params);
        const Rating ratings[] = {Rating::kAgain, Rating::kGood, Rating::kGood,
                                  Rating::kGood,  Rating::kGood, Rating::kGood};
        const int days[] = {0, 0, 1, 3, 8, 21};
        CardState card;
        int64_t now = 1'704'067'200'000;  // 2024-01-01 00:00 UTC
        for (int i = 0; i < 6; ++i) {
            now += days[i] * kDay;
            card = fsrs.Next(card, now, ratings[i]);
        }
        if (short_term) {
            EXPECT_NEAR(card.stability, 53.62691, 1e-4);
            EXPECT_NEAR(card.difficulty, 6.3574867, 1e-4);
        } else {
            EXPECT_NEAR(card.stability, 53.335106, 1e-4);
        }
    }
}

TEST(FsrsScheduler, AnsweringAtDueGivesPublishedIntervals) {
    const FsrsScheduler fsrs = MakeScheduler();
    const Rating ratings[] = {Rating::kGood, Rating::kGood, Rating::kGood,  Rating::kGood,
                              Rating::kGood, Rating::kGood, Rating::kAgain, Rating::kAgain,
                              Rating::kGood, Rating::kGood, Rating::kGood,  Rating::kGood,
                              Rating::kGood};
    const int expected[] = {0, 2, 11, 46, 163, 498, 0, 0, 2, 4, 7, 12, 21};
    CardState card;
    int64_t now = kStart;
    for (int i = 0; i < 13; ++i) {
        card = fsrs.Next(card, now, ratings[i]);
        EXPECT_EQ(card.scheduled_days, expected[i]) << "review " << i;
        now = card.due_ms;
    }
    EXPECT_EQ(card.lapses, 1);
    EXPECT_EQ(card.reps, 13);
}

TEST(FsrsScheduler, NewCardPreviewPerMode) {
    const struct {
        const char* name;
        bool short_term;
        std::vector<std::string> steps;
        int64_t due_after[4];
    } cases[] = {
        {"default steps", true, {"1m", "10m"}, {kMinute, 6 * kMinute, 10 * kMinute, 8 * kDay}},
        {"no steps", true, {}, {kDay, kDay, 2 * kDay, 8 * kDay}},
        {"long-term", false, {"1m", "10m"}, {kDay, 2 * kDay, 3 * kDay, 8 * kDay}},
    };
    for (const auto& c : cases) {
        FsrsParams params;
        params.enable_short_term = c.short_term;
        params.learning_steps = c.steps;
        const std::array<CardState, 4> preview = MakeScheduler(params).Preview({}, kStart);
        for (int g = 0; g < 4; ++g) {
            EXPECT_EQ(preview[g].due_ms - kStart, c.due_after[g]) << c.name << " grade " << g + 1;
            EXPECT_EQ(preview[g].reps, 1);
            EXPECT_EQ(preview[g].last_review_ms, kStart);
        }
    }
}

TEST(FsrsScheduler, GoodOnDefaultStepsAdvancesThenGraduates) {
    const FsrsScheduler fsrs = MakeScheduler();
    CardState card = fsrs.Next({}, kStart, Rating::kGood);
    EXPECT_EQ(card.phase, CardPhase::kLearning);
    EXPECT_EQ(card.step, 1);
    card = fsrs.Next(card, card.due_ms, Rating::kGood);
    EXPECT_EQ(card.phase, CardPhase::kReview);
    EXPECT_EQ(card.step, 0);
    EXPECT_GE(card.scheduled_days, 1);
}

TEST(FsrsScheduler, ReviewAcrossUtcMidnightIsNotSameDay) {
    const FsrsScheduler fsrs = MakeScheduler();
    const int64_t late = 1'718'063'940'000;  // 2024-06-10 23:59 UTC
    const CardState first = fsrs.Next({}, late, Rating::kGood);
    const CardState same_day = fsrs.Next(first, late + 30'000, Rating::kGood);
    const CardState next_day = fsrs.Next(first, late + 2 * kMinute, Rating::kGood);
    EXPECT_DOUBLE_EQ(same_day.stability, first.stability);  // short-term: floored at x1
    EXPECT_GT(next_day.stability, first.stability);         // a day elapsed: recall formula
    EXPECT_DOUBLE_EQ(fsrs.Retrievability(first, late + 30'000), 1.0);
    EXPECT_LT(fsrs.Retrievability(first, late + 2 * kMinute), 1.0);
    EXPECT_EQ(fsrs.Retrievability({}, late), 0.0);
}

TEST(FsrsScheduler, RejectsInvalidParameters) {
    const struct {
        const char* name;
        void (*edit)(FsrsParams&);
        const char* message_part;
    } cases[] = {
        {"retention low", [](FsrsParams& p) { p.request_retention = 0.5; }, "retention"},
        {"retention high", [](FsrsParams& p) { p.request_retention = 1.0; }, "retention"},
        {"retention NaN", [](FsrsParams& p) { p.request_retention = NAN; }, "retention"},
        {"max interval", [](FsrsParams& p) { p.maximum_interval = 0; }, "maximum interval"},
        {"w length", [](FsrsParams& p) { p.w.resize(18); }, "17, 19 or 21"},
        {"w NaN", [](FsrsParams& p) { p.w[3] = INFINITY; }, "w3"},
        {"bad step unit",
         [](FsrsParams& p) {
             p.learning_steps = {"1m", "5x"};
         },
         "\"5x\""},
        {"bad step number", [](FsrsParams& p) { p.relearning_steps = {"1.5h"}; }, "\"1.5h\""},
        {"zero step", [](FsrsParams& p) { p.learning_steps = {"0m"}; }, "zero"},
        {"rollover", [](FsrsParams& p) { p.day_rule.rollover_hour = 24; }, "rollover"},
    };
    for (const auto& c : cases) {
        FsrsParams params;
        c.edit(params);
        Result<FsrsScheduler> scheduler = FsrsScheduler::Create(params);
        ASSERT_FALSE(scheduler.has_value()) << c.name;
        EXPECT_EQ(scheduler.error().code, ErrorCode::kInvalidArgument) << c.name;
        EXPECT_NE(scheduler.error().message.find(c.message_part), std::string::npos)
            << c.name << ": " << scheduler.error().message;
    }
}

TEST(FsrsParams, StepStringsParseToMinutes) {
    const struct {
        const char* text;
        int minutes;
    } cases[] = {{"1m", 1}, {"10m", 10}, {"1h", 60}, {"2d", 2880}, {"90m", 90}};
    for (const auto& c : cases) {
        Result<int> minutes = ParseStepMinutes(c.text);
        ASSERT_TRUE(minutes.has_value()) << c.text;
        EXPECT_EQ(*minutes, c.minutes) << c.text;
    }
    for (const char* bad : {"", "m", "10", "10s", "-1m", "1 m", "99999999999d"}) {
        Result<int> minutes = ParseStepMinutes(bad);
        ASSERT_FALSE(minutes.has_value()) << bad;
        EXPECT_EQ(minutes.error().code, ErrorCode::kInvalidArgument) << bad;
    }
    Result<std::vector<int>> list = ParseStepList("1m, 10m 1h");
    ASSERT_TRUE(list.has_value());
    EXPECT_EQ(*list, (std::vector<int>{1, 10, 60}));
}

// A damaged cards row may hold a negative step: it counts as the first step, never indexing
// before the list (the card_row fuzz target found Good reading steps[-1]).
TEST(FsrsParams, NegativeStepCountsAsTheFirst) {
    const std::vector<int> steps = {1, 10, 60};
    for (const int step : {-1, -2, -1000000}) {
        EXPECT_EQ(StepFor(steps, step, false, 3).minutes, 10) << step;
        EXPECT_EQ(StepFor(steps, step, false, 3).next_step, 1) << step;
        EXPECT_EQ(StepFor(steps, step, false, 2).next_step, 0) << step;
        EXPECT_EQ(StepFor(steps, step, true, 1).minutes, 1) << step;
    }
}

TEST(FsrsParams, MigratesOlderVectorsAsReference) {
    const std::vector<double> fsrs5 = {0.40255, 1.18385, 3.173,  15.69105, 7.1949, 0.5345, 1.4604,
                                       0.0046,  1.54575, 0.1192, 1.01925,  1.9395, 0.11,   0.29605,
                                       2.2698,  0.2315,  2.9898, 0.51655,  0.6621};
    Result<FsrsWeights> on = MigrateFsrsWeights(fsrs5, 1, true);
    ASSERT_TRUE(on.has_value());
    EXPECT_DOUBLE_EQ((*on)[19], 0.01);  // 5.4.2 clips again after migrating
    EXPECT_DOUBLE_EQ((*on)[20], 0.5);
    Result<FsrsWeights> off = MigrateFsrsWeights(fsrs5, 1, false);
    ASSERT_TRUE(off.has_value());
    EXPECT_DOUBLE_EQ((*off)[19], 0.0);

    const std::vector<double> fsrs45 = {0.4872, 1.4003, 3.7145, 13.8206, 5.1618, 1.2298,
                                        0.8975, 0.031,  1.6474, 0.1367,  1.0461, 2.1072,
                                        0.0793, 0.3246, 1.587,  0.2272,  2.8755};
    Result<FsrsWeights> old = MigrateFsrsWeights(fsrs45, 1, true);
    ASSERT_TRUE(old.has_value());
    EXPECT_DOUBLE_EQ((*old)[4], 7.6214);
    EXPECT_DOUBLE_EQ((*old)[5], 0.51510155);  // ln(3 * 1.2298 + 1) / 3 to 8 decimals
    EXPECT_DOUBLE_EQ((*old)[6], 1.3975);
    EXPECT_DOUBLE_EQ((*old)[17], 0.0);
    EXPECT_DOUBLE_EQ((*old)[18], 0.0);

    // Two relearning steps lower the ceiling of w17 and w18.
    std::vector<double> high(kDefaultFsrsWeights.begin(), kDefaultFsrsWeights.end());
    high[17] = 1.9;
    high[18] = 1.7;
    Result<FsrsWeights> ceiled = MigrateFsrsWeights(high, 2, true);
    ASSERT_TRUE(ceiled.has_value());
    EXPECT_LT((*ceiled)[17], 0.61);
    EXPECT_GT((*ceiled)[17], 0.59);
    EXPECT_DOUBLE_EQ((*ceiled)[17], (*ceiled)[18]);
}

TEST(Fuzz, RangeAndDeterminism) {
    const FuzzRange range = FuzzRangeFor(10, 0, 36500);
    EXPECT_EQ(range.min_days, 8);
    EXPECT_EQ(range.max_days, 12);
    EXPECT_EQ(FuzzRangeFor(10, 9, 36500).min_days, 10);  // never before elapsed + 1
    EXPECT_EQ(FuzzRangeFor(40, 0, 30).max_days, 30);
    EXPECT_EQ(ApplyFuzz(2, 0, 36500, 0.99), 2);  // short intervals are kept
    EXPECT_EQ(Alea("seed").Next(), Alea("seed").Next());
    EXPECT_NE(Alea("seed").Next(), Alea("seee").Next());
    EXPECT_EQ(FuzzSeed(1700000000000, 3, 2.11810397 * 2.3065), "1700000000000_3_4.885406806805");
    EXPECT_EQ(JsNumberToString(0), "0");
    EXPECT_EQ(JsNumberToString(12), "12");
    EXPECT_EQ(JsNumberToString(1e-7), "1e-7");
    EXPECT_EQ(JsNumberToString(1e21), "1e+21");
}

// Invariants over random walks: D in [1, 10], S > 0, Hard < Good < Easy for a card in review,
// and review intervals of at least 1 day. The ordering is applied after the maximum (as in
// ts-fsrs, whose vectors pin it), so Hard stays within the maximum while Good may exceed it by
// one day and Easy by two (one more each in long-term-only mode, where Again joins the chain).
TEST(FsrsScheduler, InvariantsHoldOverRandomWalks) {
    for (const bool short_term : {true, false}) {
        for (const bool fuzz : {false, true}) {
            FsrsParams params;
            params.enable_short_term = short_term;
            params.enable_fuzz = fuzz;
            params.maximum_interval = 400;
            const FsrsScheduler fsrs = MakeScheduler(params);
            std::mt19937_64 rng(42);
            for (int walk = 0; walk < 200; ++walk) {
                CardState card;
                int64_t now = kStart;
                for (int i = 0; i < 30; ++i) {
                    const std::array<CardState, 4> preview = fsrs.Preview(card, now);
                    if (card.phase == CardPhase::kReview) {
                        EXPECT_LT(preview[1].scheduled_days, preview[2].scheduled_days);
                        EXPECT_LT(preview[2].scheduled_days, preview[3].scheduled_days);
                    }
                    const int g = static_cast<int>(rng() % 4);
                    card = preview[g];
                    ASSERT_GE(card.difficulty, 1.0);
                    ASSERT_LE(card.difficulty, 10.0);
                    ASSERT_GT(card.stability, 0.0);
                    if (card.phase == CardPhase::kReview) {
                        ASSERT_GE(card.scheduled_days, 1);
                        const int slack = (short_term ? 0 : 1) + (g >= 2 ? g - 1 : 0);
                        ASSERT_LE(card.scheduled_days, 400 + slack) << "grade " << g + 1;
                    }
                    ASSERT_EQ(card.reps, i + 1);
                    now = card.due_ms + static_cast<int64_t>(rng() % 3) * kDay;
                }
            }
        }
    }
}

}  // namespace
}  // namespace summit::study
