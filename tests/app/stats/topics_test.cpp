// Mastery per topic and the hardest questions.
#include <algorithm>
#include <map>

#include <gtest/gtest.h>

#include "app/stats/charts.h"
#include "app/stats/report.h"
#include "stats_test_util.h"

namespace summit::stats {
namespace {

using testing::Card;
using testing::Review;

CardRow TopicCard(int64_t card_id, int64_t question_id, std::string topic, bool studied) {
    CardRow card = Card(card_id, studied ? CardPhase::kReview : CardPhase::kNew, topic);
    card.question_id = question_id;
    card.last_review_ms = studied ? 1000 : 0;
    card.stability = studied ? 30 : 0;  // a long-lasting memory: mastered once R is high enough
    return card;
}

TEST(TopicMasteryTest, QuestionMasteredOnlyWhenEveryCardIsAboveTarget) {
    StatsInput input;
    input.desired_retention = 0.9;
    const std::map<int64_t, double> r = {{1, 0.95}, {2, 0.85}, {3, 0.92}, {5, 0.9}};
    input.retrievability = [r](const CardRow& card, int64_t) { return r.at(card.card_id); };
    input.cards = {
        TopicCard(1, 10, "a", true), TopicCard(2, 10, "a", true),   // reversible, one below
        TopicCard(3, 11, "a", true), TopicCard(4, 12, "a", false),  // 12 is new
        TopicCard(5, 20, "b", true),                                // exactly at target
        TopicCard(6, 30, "", false),
    };
    const std::vector<TopicMastery> topics = ComputeTopicMastery(input);
    ASSERT_EQ(topics.size(), 3u);
    EXPECT_EQ(topics[0].topic, "");
    EXPECT_EQ(topics[0].questions, 1);
    EXPECT_EQ(topics[0].mastered, 0);
    EXPECT_FALSE(topics[0].mean_retrievability.has_value());

    EXPECT_EQ(topics[1].topic, "a");
    EXPECT_EQ(topics[1].questions, 3);
    EXPECT_EQ(topics[1].cards, 4);
    EXPECT_EQ(topics[1].studied_cards, 3);
    EXPECT_EQ(topics[1].mastered, 1);
    ASSERT_TRUE(topics[1].mean_retrievability.has_value());
    EXPECT_NEAR(*topics[1].mean_retrievability, (0.95 + 0.85 + 0.92) / 3, 1e-12);

    EXPECT_EQ(topics[2].topic, "b");
    EXPECT_EQ(topics[2].mastered, 1);
    EXPECT_NEAR(*topics[2].mean_retrievability, 0.9, 1e-12);
}

TEST(TopicMasteryTest, MasteryTakesALastingMemoryNotOneSession) {
    StatsInput input;
    input.desired_retention = 0.9;
    input.retrievability = [](const CardRow&, int64_t) { return 1.0; };  // just answered
    CardRow learning = TopicCard(1, 1, "t", true);
    learning.phase = CardPhase::kLearning;  // on a minutes-long learning step
    CardRow relearning = TopicCard(2, 2, "t", true);
    relearning.phase = CardPhase::kRelearning;
    CardRow young = TopicCard(3, 3, "t", true);
    young.stability = 20.9;  // just short of three weeks
    CardRow suspended = TopicCard(4, 4, "t", true);
    suspended.suspended = true;
    CardRow mature = TopicCard(5, 5, "t", true);
    mature.stability = 21;
    CardRow sm2 = TopicCard(6, 6, "t", true);  // SM-2: no stability, a 21-day interval
    sm2.stability = 0;
    sm2.scheduled_days = 21;
    CardRow sm2_young = TopicCard(7, 7, "t", true);
    sm2_young.stability = 0;
    sm2_young.scheduled_days = 4;
    input.cards = {learning, relearning, young, suspended, mature, sm2, sm2_young};
    const std::vector<TopicMastery> topics = ComputeTopicMastery(input);
    ASSERT_EQ(topics.size(), 1u);
    EXPECT_EQ(topics[0].questions, 7);
    EXPECT_EQ(topics[0].mastered, 2) << "only the mature FSRS card and the SM-2 card";

    // A mature card that has been forgotten since is no longer mastered.
    input.cards = {mature};
    input.retrievability = [](const CardRow&, int64_t) { return 0.89; };
    EXPECT_EQ(ComputeTopicMastery(input)[0].mastered, 0);
}

TEST(HardestTest, MostLapsesThenLowestAccuracy) {
    StatsInput input;
    auto card = [](int64_t card_id, int64_t question_id, int lapses) {
        CardRow row = TopicCard(card_id, question_id, "t", true);
        row.lapses = lapses;
        return row;
    };
    input.cards = {card(1, 1, 1), card(2, 1, 2), card(3, 2, 3),
                   card(4, 3, 0), card(5, 4, 5), card(6, 5, 0)};
    auto answers = [&](int64_t card_id, int64_t question_id, int right, int wrong) {
        for (int i = 0; i < right + wrong; ++i) {
            ReviewRow row = Review(card_id, 1000 + i, i < right ? Rating::kGood : Rating::kAgain);
            row.question_id = question_id;
            input.reviews.push_back(row);
        }
    };
    answers(1, 1, 1, 1);
    answers(2, 1, 1, 1);  // question 1: 3 lapses, 2 of 4 right
    answers(3, 2, 1, 3);  // question 2: 3 lapses, 1 of 4 right
    answers(4, 3, 0, 2);  // question 3: no lapses, 0 of 2 right
    answers(6, 5, 3, 0);  // question 5: no lapses, all right
    // Question 4 has lapses but no answers in the log, so it is left out.
    input.questions = {{2, "bank/q2", "Why did the treaty fail?"}};

    const std::vector<HardQuestion> hardest = ComputeHardest(input, 3);
    ASSERT_EQ(hardest.size(), 3u);
    EXPECT_EQ(hardest[0].question_id, 2);
    EXPECT_EQ(hardest[0].prompt, "Why did the treaty fail?");
    EXPECT_EQ(hardest[0].lapses, 3);
    EXPECT_EQ(hardest[0].reviews, 4);
    EXPECT_EQ(hardest[0].correct, 1);
    EXPECT_EQ(hardest[1].question_id, 1);
    EXPECT_EQ(hardest[1].lapses, 3);
    EXPECT_NEAR(*hardest[1].Accuracy(), 0.5, 1e-12);
    EXPECT_EQ(hardest[2].question_id, 3);
    EXPECT_EQ(hardest[2].topic, "t");
    EXPECT_TRUE(ComputeHardest(input, 0).empty());
    EXPECT_EQ(ComputeHardest(input, 100).size(), 4u);
}

TEST(HardestTest, TheReportListsOnlyQuestionsWithMisses) {
    StatsInput input;
    input.cards = {TopicCard(1, 1, "t", true), TopicCard(2, 2, "t", true),
                   TopicCard(3, 3, "t", true)};
    input.cards[2].lapses = 1;  // question 3 lapsed once, its logged answers all right
    for (int i = 0; i < 3; ++i) {
        input.reviews.push_back(Review(1, 1000 + i, Rating::kGood));  // always right
    }
    input.reviews.push_back(Review(2, 2000, Rating::kGood));
    input.reviews.push_back(Review(2, 2001, Rating::kAgain));  // missed once
    input.reviews.push_back(Review(3, 3000, Rating::kGood));

    const StatsReport report = ComputeReport(input);
    ASSERT_EQ(report.hardest.size(), 2u);
    EXPECT_EQ(report.hardest[0].question_id, 3);
    EXPECT_EQ(report.hardest[1].question_id, 2);
    EXPECT_EQ(ExplainHardest({}), "No question has been missed yet.");
}

// The summary's per-card totals reach their questions whether the cards and totals come by
// card id (matched in one walk) or in any other order (matched through a hash table).
TEST(HardestTest, SummaryTotalsReachTheirQuestionsInAnyRowOrder) {
    StatsInput input;
    input.summary.emplace();
    input.cards = {TopicCard(1, 10, "t", true), TopicCard(2, 10, "t", true),
                   TopicCard(4, 20, "t", true), TopicCard(7, 30, "t", true)};
    input.cards[2].lapses = 2;
    // Card 5 is of another deck: its totals have no card here and count nowhere.
    input.summary->card_totals = {{storage::CardId{1}, 3, 2},
                                  {storage::CardId{2}, 1, 0},
                                  {storage::CardId{4}, 4, 1},
                                  {storage::CardId{5}, 9, 0},
                                  {storage::CardId{7}, 2, 2}};
    auto check = [](const std::vector<HardQuestion>& hardest) {
        ASSERT_EQ(hardest.size(), 3u);
        EXPECT_EQ(hardest[0].question_id, 20);
        EXPECT_EQ(hardest[0].reviews, 4);
        EXPECT_EQ(hardest[0].correct, 1);
        EXPECT_EQ(hardest[1].question_id, 10);
        EXPECT_EQ(hardest[1].reviews, 4);
        EXPECT_EQ(hardest[1].correct, 2);
        EXPECT_EQ(hardest[2].question_id, 30);
        EXPECT_EQ(hardest[2].reviews, 2);
        EXPECT_EQ(hardest[2].correct, 2);
    };
    check(ComputeHardest(input, 10));
    std::reverse(input.cards.begin(), input.cards.end());
    check(ComputeHardest(input, 10));
    std::reverse(input.summary->card_totals.begin(), input.summary->card_totals.end());
    check(ComputeHardest(input, 10));
}

}  // namespace
}  // namespace summit::stats
