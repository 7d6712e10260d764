// Answering against an in-memory collection: one log row and the card state per answer, undo,
// button intervals, and deck settings stored in the collection.
#include "app/study/answering.h"

#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "app/decks/deck_settings_store.h"
#include "app/scheduler/fsrs.h"
#include "tests/support/memory_collection.h"

namespace summit::study {
namespace {

constexpr int64_t kMinute = 60'000;
constexpr int64_t kDay = 24 * 60 * kMinute;
constexpr int64_t kNow = 1'750'000'000'000;

content::Bank SmallBank() {
    content::Bank bank;
    bank.id = "small";
    bank.title = "Small";
    for (const char* id : {"a", "b", "c"}) {
        content::Question q;
        q.id = id;
        q.type = content::QuestionType::kFlashcard;
        q.prompt = std::string("front ") + id;
        q.back = std::string("back ") + id;
        bank.questions.push_back(q);
    }
    return bank;
}

class AnsweringTest : public summit::testing::MemoryCollectionTest {
  protected:
    void SetUp() override {
        ASSERT_NO_FATAL_FAILURE(MemoryCollectionTest::SetUp());
        auto report = collection_->ImportBank(SmallBank());
        ASSERT_TRUE(report.has_value()) << report.error().ToString();
        storage::CardQuery query;
        query.selection = storage::CardSelection::kAll;
        auto cards = collection_->LoadCards(query);
        ASSERT_TRUE(cards.has_value()) << cards.error().ToString();
        for (const auto& card : *cards) {
            cards_.push_back(card.id);
        }
        ASSERT_EQ(cards_.size(), 3u);
    }

    CardState StateOf(storage::CardId id) {
        auto card = collection_->GetCard(id);
        EXPECT_TRUE(card.has_value());
        return card ? card->state : CardState{};
    }

    size_t LogSize() {
        auto log = collection_->ReadReviewLog();
        EXPECT_TRUE(log.has_value());
        return log ? log->size() : 0;
    }

    std::string deck_ = "Small";
    std::vector<storage::CardId> cards_;
};

TEST_F(AnsweringTest, WritesOneLogRowAndTheSchedulersState) {
    const ReviewDetails details{"back a", true, 4200};
    auto outcome = AnswerCard(*collection_, cards_[0], Rating::kGood, kNow, details);
    ASSERT_TRUE(outcome.has_value()) << outcome.error().ToString();
    EXPECT_EQ(LogSize(), 1u);

    auto fsrs = FsrsScheduler::Create(ToFsrsParams(DeckSettings{}));
    ASSERT_TRUE(fsrs.has_value());
    const CardState expected = fsrs->Next(CardState{}, kNow, Rating::kGood);
    EXPECT_EQ(outcome->before, CardState{});
    EXPECT_EQ(outcome->after, expected);
    EXPECT_EQ(StateOf(cards_[0]), expected);
    EXPECT_EQ(StateOf(cards_[1]), CardState{});

    auto log = collection_->ReadReviewLog();
    ASSERT_TRUE(log.has_value());
    const storage::ReviewRow& row = log->front();
    EXPECT_EQ(row.id, outcome->review);
    EXPECT_EQ(row.card_id, cards_[0]);
    EXPECT_EQ(row.time_ms, kNow);
    EXPECT_EQ(row.rating, Rating::kGood);
    EXPECT_TRUE(row.correct);
    EXPECT_EQ(row.duration_ms, 4200);
    EXPECT_EQ(row.phase_before, CardPhase::kNew);
    EXPECT_EQ(row.phase_after, expected.phase);
}

TEST_F(AnsweringTest, UnknownCardWritesNothing) {
    auto outcome = AnswerCard(*collection_, storage::CardId{999}, Rating::kGood, kNow, {});
    ASSERT_FALSE(outcome.has_value());
    EXPECT_EQ(outcome.error().code, ErrorCode::kNotFound);
    EXPECT_EQ(LogSize(), 0u);
}

TEST_F(AnsweringTest, RejectsBadInputBeforeWriting) {
    auto negative = AnswerCard(*collection_, cards_[0], Rating::kGood, kNow, {"", true, -1});
    ASSERT_FALSE(negative.has_value());
    EXPECT_EQ(negative.error().code, ErrorCode::kInvalidArgument);
    EXPECT_EQ(negative.error().message, "answer duration -1 ms is negative");
    auto rating = AnswerCard(*collection_, cards_[0], static_cast<Rating>(7), kNow, {});
    ASSERT_FALSE(rating.has_value());
    EXPECT_EQ(rating.error().code, ErrorCode::kInvalidArgument);
    EXPECT_EQ(rating.error().message, "rating 7 is not 1..4");
    EXPECT_EQ(LogSize(), 0u);
    EXPECT_EQ(StateOf(cards_[0]), CardState{});
}

TEST_F(AnsweringTest, UndoThreeStepsRestoresExactly) {
    // Build some history first, so the undone states are not just "new".
    ASSERT_TRUE(AnswerCard(*collection_, cards_[0], Rating::kGood, kNow, {}).has_value());
    ASSERT_TRUE(AnswerCard(*collection_, cards_[1], Rating::kEasy, kNow, {}).has_value());
    const std::vector<CardState> before = {StateOf(cards_[0]), StateOf(cards_[1]),
                                           StateOf(cards_[2])};
    ASSERT_TRUE(
        AnswerCard(*collection_, cards_[0], Rating::kAgain, kNow + 11 * kMinute, {}).has_value());
    ASSERT_TRUE(AnswerCard(*collection_, cards_[2], Rating::kHard, kNow + kDay, {}).has_value());
    ASSERT_TRUE(
        AnswerCard(*collection_, cards_[1], Rating::kGood, kNow + 5 * kDay, {}).has_value());
    ASSERT_EQ(LogSize(), 5u);

    auto undone = UndoReviews(*collection_, 3);
    ASSERT_TRUE(undone.has_value()) << undone.error().ToString();
    ASSERT_EQ(undone->size(), 3u);
    EXPECT_EQ((*undone)[0].card_id, cards_[1]);  // newest first
    EXPECT_EQ((*undone)[1].card_id, cards_[2]);
    EXPECT_EQ((*undone)[2].card_id, cards_[0]);
    EXPECT_EQ((*undone)[2].restored, before[0]);
    EXPECT_EQ(StateOf(cards_[0]), before[0]);
    EXPECT_EQ(StateOf(cards_[1]), before[1]);
    EXPECT_EQ(StateOf(cards_[2]), before[2]);
    EXPECT_EQ(LogSize(), 2u);
}

TEST_F(AnsweringTest, UndoMoreThanTheLogHoldsUndoesNothing) {
    ASSERT_TRUE(AnswerCard(*collection_, cards_[0], Rating::kGood, kNow, {}).has_value());
    const CardState answered = StateOf(cards_[0]);
    auto undone = UndoReviews(*collection_, 2);
    ASSERT_FALSE(undone.has_value());
    EXPECT_EQ(undone.error().code, ErrorCode::kConflict);
    EXPECT_EQ(undone.error().message, "only 1 of 2 reviews can be undone");
    EXPECT_EQ(LogSize(), 1u);
    EXPECT_EQ(StateOf(cards_[0]), answered);

    auto zero = UndoReviews(*collection_, 0);
    ASSERT_FALSE(zero.has_value());
    EXPECT_EQ(zero.error().code, ErrorCode::kInvalidArgument);
}

TEST_F(AnsweringTest, NextIntervalsFollowTheDeckSettings) {
    auto intervals = NextIntervals(*collection_, cards_[0], kNow);
    ASSERT_TRUE(intervals.has_value()) << intervals.error().ToString();
    EXPECT_EQ((*intervals)[0].rating, Rating::kAgain);
    EXPECT_EQ((*intervals)[0].text, "1m");
    EXPECT_EQ((*intervals)[2].text, "10m");
    EXPECT_EQ((*intervals)[3].rating, Rating::kEasy);
    EXPECT_GE((*intervals)[3].interval_ms, kDay);
    EXPECT_EQ(LogSize(), 0u);

    DeckSettings settings;
    settings.learning_steps = "5m 1h";
    ASSERT_TRUE(
        SaveDeckSettings(*collection_, summit::testing::DeckNamed(*collection_, deck_), settings)
            .has_value());
    auto changed = NextIntervals(*collection_, cards_[0], kNow);
    ASSERT_TRUE(changed.has_value());
    EXPECT_EQ((*changed)[0].text, "5m");
    EXPECT_EQ((*changed)[2].text, "1h");
}

TEST_F(AnsweringTest, SettingsFallBackToTheDefaultEntry) {
    auto builtin = LoadDeckSettings(*collection_, summit::testing::DeckNamed(*collection_, deck_));
    ASSERT_TRUE(builtin.has_value());
    EXPECT_EQ(*builtin, DeckSettings{});

    DeckSettings shared;
    shared.new_per_day = 3;
    ASSERT_TRUE(SaveDeckSettings(*collection_, std::nullopt, shared).has_value());
    EXPECT_EQ(*LoadDeckSettings(*collection_, summit::testing::DeckNamed(*collection_, deck_)),
              shared);

    DeckSettings own;
    own.new_per_day = 9;
    ASSERT_TRUE(SaveDeckSettings(*collection_, summit::testing::DeckNamed(*collection_, deck_), own)
                    .has_value());
    EXPECT_EQ(*LoadDeckSettings(*collection_, summit::testing::DeckNamed(*collection_, deck_)),
              own);
    EXPECT_EQ(*LoadDeckSettings(*collection_, std::nullopt), shared);

    DeckSettings invalid;
    invalid.rollover_hour = 30;
    auto refused =
        SaveDeckSettings(*collection_, summit::testing::DeckNamed(*collection_, deck_), invalid);
    ASSERT_FALSE(refused.has_value());
    EXPECT_EQ(refused.error().code, ErrorCode::kInvalidArgument);
    EXPECT_EQ(*LoadDeckSettings(*collection_, summit::testing::DeckNamed(*collection_, deck_)),
              own);
}

TEST_F(AnsweringTest, DamagedStoredSettingsAreReported) {
    ASSERT_TRUE(collection_->SetDeckOptions(summit::testing::DeckNamed(*collection_, deck_),
                                            R"({"new_per_day": -4})"));
    auto loaded = LoadDeckSettings(*collection_, summit::testing::DeckNamed(*collection_, deck_));
    ASSERT_FALSE(loaded.has_value());
    EXPECT_EQ(loaded.error().code, ErrorCode::kInvalidArgument);
    EXPECT_EQ(loaded.error().message,
              "the settings of deck 'Small': new cards per day is -4; it must be between 0 "
              "and 9999");
    auto answered = AnswerCard(*collection_, cards_[0], Rating::kGood, kNow, {});
    ASSERT_FALSE(answered.has_value());
    EXPECT_EQ(answered.error().code, ErrorCode::kInvalidArgument);
    EXPECT_EQ(LogSize(), 0u);
}

TEST_F(AnsweringTest, Sm2DeckAnswersWithSm2AndTheColumnFollows) {
    DeckSettings settings;
    settings.scheduler = SchedulerKind::kSm2;
    ASSERT_TRUE(
        SaveDeckSettings(*collection_, summit::testing::DeckNamed(*collection_, deck_), settings)
            .has_value());
    auto decks = collection_->ListDecks(kNow, kNow + kDay);
    ASSERT_TRUE(decks.has_value());
    ASSERT_EQ(decks->size(), 1u);
    EXPECT_EQ(decks->front().scheduler, storage::SchedulerKind::kSm2);

    auto outcome = AnswerCard(*collection_, cards_[0], Rating::kEasy, kNow, {});
    ASSERT_TRUE(outcome.has_value()) << outcome.error().ToString();
    // SM-2 graduates an Easy new card with the starting ease and no FSRS memory state.
    EXPECT_DOUBLE_EQ(outcome->after.ease, 2.5);
    EXPECT_EQ(outcome->after.stability, 0);
    EXPECT_EQ(outcome->after.phase, CardPhase::kReview);
}

TEST_F(AnsweringTest, UnknownDeckSettings) {
    auto loaded = summit::testing::WithDeckNamed(*collection_, "Nope", [&](storage::DeckId deck) {
        return LoadDeckSettings(*collection_, deck);
    });
    ASSERT_FALSE(loaded.has_value());
    EXPECT_EQ(loaded.error().code, ErrorCode::kNotFound);
    auto saved = summit::testing::WithDeckNamed(*collection_, "Nope", [&](storage::DeckId deck) {
        return SaveDeckSettings(*collection_, deck, DeckSettings{});
    });
    ASSERT_FALSE(saved.has_value());
    EXPECT_EQ(saved.error().code, ErrorCode::kNotFound);
}

struct IntervalCase {
    int64_t ms;
    const char* text;
};

class IntervalTextTest : public ::testing::TestWithParam<IntervalCase> {};

TEST_P(IntervalTextTest, Formats) {
    EXPECT_EQ(IntervalText(GetParam().ms), GetParam().text);
}

INSTANTIATE_TEST_SUITE_P(
    Labels, IntervalTextTest,
    ::testing::Values(IntervalCase{0, "<1m"}, IntervalCase{59'999, "<1m"},
                      IntervalCase{kMinute, "1m"}, IntervalCase{59 * kMinute, "59m"},
                      IntervalCase{60 * kMinute, "1h"}, IntervalCase{kDay - 1, "23h"},
                      IntervalCase{kDay, "1d"}, IntervalCase{29 * kDay, "29d"},
                      IntervalCase{30 * kDay, "1mo"}, IntervalCase{75 * kDay, "2.5mo"},
                      IntervalCase{364 * kDay, "12mo"}, IntervalCase{365 * kDay, "1y"},
                      IntervalCase{474 * kDay + kDay / 2, "1.3y"},
                      IntervalCase{36500 * kDay, "100y"}));

}  // namespace
}  // namespace summit::study
