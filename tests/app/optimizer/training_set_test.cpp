// Training items as fsrs-rs builds them, the two file readers, and the pretraining smoothing.
#include "app/optimizer/training_set.h"

#include <gtest/gtest.h>

#include "app/optimizer/pretrain.h"
#include "app/optimizer/revlog_files.h"

namespace summit::optimizer {
namespace {

constexpr int64_t kDay = 86'400'000;
constexpr int64_t kT0 = 1'700'000'000'000 - 1'700'000'000'000 % kDay + 3'600'000;  // 01:00 UTC

TEST(TrainingSet, OneItemPerAnswerOnALaterDaySameDayAnswersAsHistory) {
    const std::vector<ReviewEvent> events = {
        {7, kT0, 1, true},
        {7, kT0 + 600'000, 3, false},   // same day: history only
        {7, kT0 + 2 * kDay, 3, false},  // item 1
        {7, kT0 + 2 * kDay + 60'000, 2, false},
        {7, kT0 + 5 * kDay, 1, false},  // item 2, a lapse
        {9, kT0 + kDay, 3, true},
        {9, kT0 + 3 * kDay, 4, false},  // item, between the two of card 7 in time
    };
    auto set = BuildTrainingSet(events, study::DayRule{study::DayRule::kUtc, 0});
    ASSERT_TRUE(set);
    ASSERT_EQ(set->card_count(), 2u);
    ASSERT_EQ(set->items.size(), 3u);
    EXPECT_EQ(set->review_count, 7);
    // In time order: card 7 day 2, card 9 day 3, card 7 day 5.
    EXPECT_EQ(set->items[0].card, 0u);
    EXPECT_EQ(set->items[1].card, 1u);
    EXPECT_EQ(set->items[2].card, 0u);
    EXPECT_TRUE(set->items[0].recalled);
    EXPECT_FALSE(set->items[2].recalled);
    EXPECT_TRUE(set->items[0].first_long_term);
    EXPECT_FALSE(set->items[2].first_long_term);
    EXPECT_EQ(set->items[0].first_grade, 1);
    const auto& steps = set->steps;
    EXPECT_EQ(steps[set->items[0].step].elapsed_days, 2);
    EXPECT_EQ(steps[set->items[2].step].elapsed_days, 3);
    EXPECT_EQ(steps[1].elapsed_days, 0);
    EXPECT_EQ(steps[1].item, -1);
    EXPECT_EQ(steps[set->items[2].step].item, 2);
}

TEST(TrainingSet, StartsAtTheLastNewAnswerAndSkipsCardsNeverNew) {
    const std::vector<ReviewEvent> events = {
        {1, kT0, 3, true},
        {1, kT0 + 3 * kDay, 3, false},
        {1, kT0 + 9 * kDay, 3, true},  // reset to new: history starts again here
        {1, kT0 + 11 * kDay, 1, false},
        {2, kT0, 3, false},
        {2, kT0 + 4 * kDay, 3, false},  // incomplete history
    };
    auto set = BuildTrainingSet(events, study::DayRule{study::DayRule::kUtc, 0});
    ASSERT_TRUE(set);
    ASSERT_EQ(set->card_count(), 1u);
    ASSERT_EQ(set->items.size(), 1u);
    EXPECT_EQ(set->steps[set->items[0].step].elapsed_days, 2);
    EXPECT_EQ(set->review_count, 2);
}

TEST(TrainingSet, RejectsGradesOutsideOneToFour) {
    const std::vector<ReviewEvent> events = {{1, kT0, 5, true}};
    EXPECT_FALSE(BuildTrainingSet(events, study::DayRule{}));
}

TEST(RevlogFiles, ReadsAnswerCsvWithOffsetsAndMarksFirstAnswers) {
    const std::string text =
        "card_id,review_rating,review_time,review_duration\n"
        "5,3,2024-03-29T22:30:00.250000+02:00,100\n"
        "4,1,2024-03-29T20:32:32Z,100\r\n"
        "5,1,2024-03-30T20:30:00.000+00:00,100\n";
    auto events = ReadAnswerCsv(text);
    ASSERT_TRUE(events) << events.error().message;
    ASSERT_EQ(events->size(), 3u);
    const int64_t march29 = study::DaysFromCivil(2024, 3, 29) * kDay;
    EXPECT_EQ((*events)[0].time_ms, march29 + 20 * 3'600'000 + 30 * 60'000 + 250);
    EXPECT_EQ((*events)[1].time_ms, march29 + 20 * 3'600'000 + 32 * 60'000 + 32'000);
    EXPECT_TRUE((*events)[0].card_was_new);
    EXPECT_TRUE((*events)[1].card_was_new);
    EXPECT_FALSE((*events)[2].card_was_new);
    EXPECT_EQ((*events)[2].grade, 1);
}

TEST(RevlogFiles, NamesTheBadLine) {
    auto events = ReadAnswerCsv(
        "card_id,review_rating,review_time,review_duration\n1,3,2024-03-29T20:00:00Z,1\n"
        "1,3,yesterday,1\n");
    ASSERT_FALSE(events);
    EXPECT_EQ(events.error().line, 3);
    auto rating = ReadAnswerCsv(
        "card_id,review_rating,review_time,review_duration\n1,0,2024-03-29T20:00:00Z,1\n");
    ASSERT_FALSE(rating);
    EXPECT_EQ(rating.error().line, 2);
    EXPECT_FALSE(DetectRevlogFormat("id,rating\n1,2\n"));
}

TEST(RevlogFiles, ReadsDayLevelRowsAsPrefixItems) {
    auto set = ReadDayLevelTsv(
        "t_history\tr_history\tdelta_ts\tys\n0,3,5\t4,3,1\t3,5,2\t1,0,1\n0\t3\t4\t0\n");
    ASSERT_TRUE(set) << set.error().message;
    ASSERT_EQ(set->card_count(), 2u);
    ASSERT_EQ(set->items.size(), 4u);
    // Card 0: items at answers 1, 2 and the label-only answer 3.
    EXPECT_EQ(set->steps[set->items[0].step].elapsed_days, 3);
    EXPECT_EQ(set->steps[set->items[1].step].elapsed_days, 5);
    EXPECT_FALSE(set->items[1].recalled);
    EXPECT_EQ(set->steps[set->items[2].step].elapsed_days, 2);
    EXPECT_TRUE(set->items[2].recalled);
    EXPECT_EQ(set->items[3].card, 1u);
    EXPECT_FALSE(set->items[3].recalled);
    auto uneven = ReadDayLevelTsv("t_history\tr_history\tdelta_ts\tys\n0,3\t4\t3\t1\n");
    ASSERT_FALSE(uneven);
    EXPECT_EQ(uneven.error().line, 2);
}

TEST(Pretrain, SmoothingMakesInitialStabilityGrowWithTheGrade) {
    // Again seen as more stable than Good, on fewer items: Again takes Good's value.
    auto s = SmoothInitialStability({3.0, -1, 2.0, -1}, {10, 0, 50, 0});
    EXPECT_DOUBLE_EQ(s[0], 2.0);
    EXPECT_DOUBLE_EQ(s[2], 2.0);
    for (int g = 0; g < 3; ++g) {
        EXPECT_LE(s[g], s[g + 1] * (1 + 1e-12)) << g;
    }
    // One grade seen: the defaults scaled by it.
    auto one = SmoothInitialStability({-1, -1, 2.3065 * 2, -1}, {0, 0, 40, 0});
    EXPECT_NEAR(one[3], 8.2956 * 2, 1e-9);
    EXPECT_NEAR(one[0], 0.212 * 2, 1e-9);
    // Nothing seen: the defaults.
    auto none = SmoothInitialStability({-1, -1, -1, -1}, {0, 0, 0, 0});
    EXPECT_DOUBLE_EQ(none[1], 1.2931);
}

}  // namespace
}  // namespace summit::optimizer

namespace summit::optimizer {
namespace {

// Cards of one first grade whose first long-term answer came after `days`, each followed by
// two more answers: three items per card, the first a first-long-term item.
void AddCards(TrainingSet& set, int count, int days) {
    const std::vector<int> elapsed = {0, days, 3};
    const std::vector<int> grades = {3, 3, 3};
    const std::vector<int> next = {days, 3, 5};
    const std::vector<int> recalled = {1, 1, 0};
    for (int i = 0; i < count; ++i) {
        ASSERT_TRUE(AppendDayLevelCard(set, elapsed, grades, next, recalled));
    }
}

TEST(ScoringOrder, FilterSurvivorsFirstLongTermItemsFirstSmallestGroupFirst) {
    TrainingSet set;
    AddCards(set, 30, 1);   // cards 0..29: kept, the larger group
    AddCards(set, 10, 2);   // cards 30..39: the rarest group, dropped by the filter
    AddCards(set, 25, 50);  // cards 40..64: kept, the smaller group
    ASSERT_EQ(set.items.size(), 65u * 3);
    std::vector<uint32_t> expected;
    for (uint32_t card = 40; card < 65; ++card) {
        expected.push_back(card * 3);
    }
    for (uint32_t card = 0; card < 30; ++card) {
        expected.push_back(card * 3);
    }
    for (uint32_t i = 0; i < set.items.size(); ++i) {
        const uint32_t card = i / 3;
        if (i % 3 != 0 && (card < 30 || card >= 40)) {
            expected.push_back(i);
        }
    }
    EXPECT_EQ(ScoringOrder(set), expected);

    const std::vector<bool> kept = OutlierFilter(set, FirstItems(set, set.items.size()));
    EXPECT_TRUE(kept[0]);
    EXPECT_FALSE(kept[30 * 3]);
    EXPECT_FALSE(kept[30 * 3 + 2]);  // a later item of a dropped card goes with it
    EXPECT_TRUE(kept[40 * 3 + 1]);
}

}  // namespace
}  // namespace summit::optimizer
