// FetchStatsInput against an in-memory collection: deck and topic filters, intervals, quizzes.
#include "app/stats/fetch.h"

#include <map>
#include <memory>
#include <string>
#include <utility>

#include <gtest/gtest.h>

#include "app/decks/deck_settings_store.h"
#include "app/stats/charts.h"
#include "app/stats/day_index.h"
#include "stats_test_util.h"
#include "storage/collection.h"
#include "tests/support/memory_collection.h"

namespace summit::stats {
namespace {

using testing::kDayMs;

constexpr int64_t kNow = 20'786 * kDayMs + 12 * 3'600'000;

content::Question Flashcard(std::string id, std::string topic, bool reversible = false) {
    content::Question question;
    question.id = std::move(id);
    question.prompt = "Prompt " + question.id;
    question.back = "Back " + question.id;
    question.topic = std::move(topic);
    question.reversible = reversible;
    return question;
}

class FetchTest : public ::testing::Test {
  protected:
    void SetUp() override {
        auto opened = storage::Collection::OpenInMemory();
        ASSERT_TRUE(opened.has_value()) << opened.error().ToString();
        collection_ = std::make_unique<storage::Collection>(std::move(*opened));
        content::Bank bank;
        bank.id = "hist";
        bank.title = "History";
        bank.deck = "History";
        bank.questions = {Flashcard("q1", "war", true), Flashcard("q2", "war:causes"),
                          Flashcard("q3", "warfare"), Flashcard("q4", "peace")};
        auto imported = collection_->ImportBank(bank);
        ASSERT_TRUE(imported.has_value()) << imported.error().ToString();
        content::Bank other = bank;
        other.id = "geo";
        other.title = "Geography";
        other.deck = "Geography";
        other.questions = {Flashcard("g1", "war")};
        ASSERT_TRUE(collection_->ImportBank(other).has_value());
    }

    // Answers the first card whose GUID is `guid` at `time_ms`, scheduling it `days` ahead.
    void Answer(const std::string& guid, int64_t time_ms, Rating rating, int days = 5) {
        auto cards = collection_->LoadCards(storage::CardQuery::All());
        ASSERT_TRUE(cards.has_value());
        for (const storage::StudyCard& card : *cards) {
            if (card.guid == guid && card.ordinal == 0) {
                CardState next = card.state;
                next.phase = CardPhase::kReview;
                next.stability = days;
                next.scheduled_days = days;
                next.last_review_ms = time_ms;
                next.due_ms = time_ms + days * kDayMs;
                storage::ReviewRecord record;
                record.time_ms = time_ms;
                record.rating = rating;
                record.correct = rating != Rating::kAgain;
                record.duration_ms = 4000;
                ASSERT_TRUE(collection_->RecordReview(card.id, next, record).has_value());
                return;
            }
        }
        FAIL() << "no card " << guid;
    }

    std::unique_ptr<storage::Collection> collection_;
};

TEST_F(FetchTest, FiltersByDeckAndTopicAndReadsIntervals) {
    testing::TzGuard tz("Asia/Kolkata");
    Answer("hist/q1", kNow - 3 * kDayMs, Rating::kGood);
    Answer("hist/q1", kNow - 1000, Rating::kAgain);
    Answer("hist/q3", kNow - 1000, Rating::kGood);  // "warfare" is not under "war"
    Answer("geo/g1", kNow - 1000, Rating::kGood);   // another deck

    auto input = FetchStatsInput(
        *collection_, {summit::testing::DeckNamed(*collection_, "History"), "war"}, kNow);
    ASSERT_TRUE(input.has_value()) << input.error().ToString();
    EXPECT_EQ(input->cards.size(), 3u);  // q1 in both directions and q2
    for (const CardRow& card : input->cards) {
        EXPECT_TRUE(card.topic == "war" || card.topic == "war:causes") << card.topic;
    }
    ASSERT_EQ(input->reviews.size(), 2u);
    EXPECT_EQ(input->reviews[0].interval_before_days, 0);
    EXPECT_EQ(input->reviews[1].interval_before_days, 5);  // scheduled 5 days, asked after 3
    EXPECT_EQ(input->reviews[1].rating, Rating::kAgain);
    EXPECT_FALSE(input->reviews[1].correct);
    EXPECT_EQ(input->reviews[1].phase_before, CardPhase::kReview);
    ASSERT_EQ(input->questions.size(), 2u);
    EXPECT_EQ(input->questions[0].prompt, "Prompt q1");
    EXPECT_EQ(input->day_rule.kind, study::DayRule::kLocal);
    EXPECT_EQ(input->day_rule.rollover_hour, 4);
    EXPECT_DOUBLE_EQ(input->desired_retention, 0.9);

    auto everything = FetchStatsInput(*collection_, {}, kNow);
    ASSERT_TRUE(everything.has_value());
    EXPECT_EQ(everything->cards.size(), 6u);
    EXPECT_EQ(everything->reviews.size(), 4u);
}

TEST_F(FetchTest, FittedWeightsBringTheirForgettingCurve) {
    Answer("hist/q1", kNow - 20 * kDayMs, Rating::kGood);
    const auto history = summit::testing::DeckNamed(*collection_, "History");
    auto defaults = FetchStatsInput(*collection_, {history, std::nullopt}, kNow);
    ASSERT_TRUE(defaults.has_value());
    EXPECT_DOUBLE_EQ(defaults->fsrs_decay, study::kDefaultFsrsWeights[20]);
    study::DeckSettings settings;
    settings.fsrs_weights.assign(study::kDefaultFsrsWeights.begin(),
                                 study::kDefaultFsrsWeights.end());
    settings.fsrs_weights[20] = 0.5;
    ASSERT_TRUE(study::SaveDeckSettings(*collection_, history, settings).has_value());
    auto fitted = FetchStatsInput(*collection_, {history, std::nullopt}, kNow);
    ASSERT_TRUE(fitted.has_value());
    EXPECT_DOUBLE_EQ(fitted->fsrs_decay, 0.5);
    // A steeper curve: the card 20 days after a 5-day stability is less likely known.
    EXPECT_LT(ComputeKnowledge(*fitted).estimated_known,
              ComputeKnowledge(*defaults).estimated_known);
}

TEST_F(FetchTest, TopicTitlesComeFromTheDecksBanks) {
    content::Bank named;
    named.id = "named";
    named.title = "Named";
    named.deck = "Named";
    named.topics = {{"arguments:motives", "Motives and aims", ""}, {"untitled", "", ""}};
    named.questions = {Flashcard("n1", "arguments:motives"), Flashcard("n2", "untitled")};
    ASSERT_TRUE(collection_->ImportBank(named).has_value());
    auto input = FetchStatsInput(
        *collection_, {summit::testing::DeckNamed(*collection_, "Named"), std::nullopt}, kNow);
    ASSERT_TRUE(input.has_value()) << input.error().ToString();
    ASSERT_EQ(input->topic_titles.size(), 1u);  // a topic without a title keeps its id
    EXPECT_EQ(input->topic_titles.at("arguments:motives"), "Motives and aims");

    const std::vector<TopicMastery> topics = ComputeTopicMastery(*input);
    ASSERT_EQ(topics.size(), 2u);
    EXPECT_EQ(topics[0].title, "Motives and aims");
    EXPECT_EQ(topics[1].title, "");
}

// A card on a 10-day interval reviewed 30 days later is young: the split follows the interval
// it was scheduled for, not the time that passed.
TEST_F(FetchTest, LateReviewIsYoungByItsScheduledInterval) {
    testing::TzGuard tz("UTC");
    Answer("hist/q2", kNow - 30 * kDayMs, Rating::kGood, 10);
    Answer("hist/q2", kNow - 1000, Rating::kGood, 25);
    Answer("hist/q4", kNow - 25 * kDayMs, Rating::kGood, 22);
    Answer("hist/q4", kNow - 2000, Rating::kAgain, 1);  // 25 days after a 22-day interval

    auto input = FetchStatsInput(
        *collection_, {summit::testing::DeckNamed(*collection_, "History"), std::nullopt}, kNow);
    ASSERT_TRUE(input.has_value()) << input.error().ToString();
    ASSERT_EQ(input->reviews.size(), 4u);
    // In answer time order: q2, q4, q4 two seconds ago, q2 one second ago.
    EXPECT_EQ(input->reviews[1].interval_before_days, 0);
    EXPECT_EQ(input->reviews[2].interval_before_days, 22);
    EXPECT_EQ(input->reviews[3].interval_before_days, 10);
    EXPECT_EQ(input->reviews[2].question_id, input->reviews[1].question_id);
    EXPECT_EQ(input->reviews[3].question_id, input->reviews[0].question_id);
    EXPECT_NE(input->reviews[3].question_id, input->reviews[1].question_id);

    const RetentionTable table =
        ComputeRetention(*input, ReportDayIndex(input->day_rule, input->now_ms));
    EXPECT_EQ(table.young[kPeriodToday].passed, 1);
    EXPECT_EQ(table.young[kPeriodToday].failed, 0);
    EXPECT_EQ(table.mature[kPeriodToday].passed, 0);
    EXPECT_EQ(table.mature[kPeriodToday].failed, 1);
}

TEST_F(FetchTest, FinishedQuizzesOnly) {
    storage::QuizAttempt finished;
    finished.started_ms = kNow - 60'000;
    finished.finished_ms = kNow;
    finished.score = 8;
    finished.max_score = 10;
    storage::QuizAttempt unfinished = finished;
    unfinished.finished_ms = 0;
    ASSERT_TRUE(collection_->InsertQuizAttempt(finished).has_value());
    ASSERT_TRUE(collection_->InsertQuizAttempt(unfinished).has_value());
    auto input = FetchStatsInput(*collection_, {}, kNow);
    ASSERT_TRUE(input.has_value());
    ASSERT_EQ(input->quizzes.size(), 1u);
    EXPECT_DOUBLE_EQ(input->quizzes[0].score, 8);
}

TEST_F(FetchTest, UnknownDeckIsNotFound) {
    auto input = summit::testing::WithDeckNamed(*collection_, "Nope", [&](storage::DeckId deck) {
        return FetchStatsInput(*collection_, {deck, std::nullopt}, kNow);
    });
    ASSERT_FALSE(input.has_value());
    EXPECT_EQ(input.error().code, ErrorCode::kNotFound);
}

TEST_F(FetchTest, ClozePromptsShowBlanksNotTheirAnswers) {
    content::Bank bank;
    bank.id = "gaps";
    bank.title = "Gaps";
    bank.deck = "Gaps";
    content::Question cloze;
    cloze.id = "c1";
    cloze.type = content::QuestionType::kCloze;
    cloze.prompt = "What {{China|PRC}} gets from {{trade}}";
    content::Question braces = Flashcard("f1", "");
    braces.prompt = "Why write {{x}} in a template?";  // not a cloze: shown as written
    bank.questions = {cloze, braces};
    ASSERT_TRUE(collection_->ImportBank(bank).has_value());
    auto input = FetchStatsInput(*collection_, {}, kNow);
    ASSERT_TRUE(input.has_value()) << input.error().ToString();
    std::map<std::string, std::string> prompts;
    for (const QuestionRow& row : input->questions) {
        prompts[row.guid] = row.prompt;
    }
    EXPECT_EQ(prompts["gaps/c1"], "What ____ gets from ____");
    EXPECT_EQ(prompts["gaps/f1"], "Why write {{x}} in a template?");
}

TEST(TopicMatchesTest, TagAndSubTopicsOnly) {
    EXPECT_TRUE(TopicMatches("war", "war"));
    EXPECT_TRUE(TopicMatches("war:causes", "war"));
    EXPECT_FALSE(TopicMatches("warfare", "war"));
    EXPECT_FALSE(TopicMatches("wa", "war"));
    EXPECT_FALSE(TopicMatches("", "war"));
}

}  // namespace
}  // namespace summit::stats
