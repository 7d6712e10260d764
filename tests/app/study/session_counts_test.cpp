// The session's counts and the deck list's are one number: a card on a learning step due later
// today counts in both, and the summary says whether the session ended, paused or was left.
// Also the session's clock: answer time capped per deck, and stopped while paused.
#include <gtest/gtest.h>

#include "app/decks/deck_settings_store.h"
#include "app/study/deck_counts.h"
#include "app/study/session.h"
#include "tests/support/memory_collection.h"

namespace summit::study {
namespace {

constexpr int64_t kNow = 1'750'000'000'000;
constexpr const char* kDeck = "Solar system";

Answer DontKnow() {
    Answer answer;
    answer.dont_know = true;
    return answer;
}

class SessionCountsTest : public summit::testing::MemoryCollectionTest {
  protected:
    void SetUp() override {
        ASSERT_NO_FATAL_FAILURE(MemoryCollectionTest::SetUp());
        ASSERT_NO_FATAL_FAILURE(ImportExampleBank());
        deck_ = summit::testing::DeckNamed(*collection_, kDeck);
        // A 10-minute step beyond the 5-minute learn-ahead window: the card leaves the queue
        // but is still due today.
        DeckSettings settings;
        settings.learning_steps = "10m 30m";
        settings.learn_ahead_minutes = 5;
        ASSERT_TRUE(SaveDeckSettings(*collection_, deck_, settings).has_value());
    }
    StudySession Start() {
        auto session =
            StudySession::Start(*collection_, QueueSelection{deck_, {}}, [this] { return now_; });
        EXPECT_TRUE(session.has_value()) << session.error().ToString();
        return std::move(*session);
    }
    storage::DeckSummary DeckRow() {
        auto decks = ListDecksForToday(*collection_, now_);
        EXPECT_TRUE(decks.has_value());
        for (const auto& deck : *decks) {
            if (deck.id == deck_) {
                return deck;
            }
        }
        ADD_FAILURE() << "no deck row";
        return {};
    }

    storage::DeckId deck_;
    int64_t now_ = kNow;
};

TEST_F(SessionCountsTest, HeaderCountsAreTheDeckListsCounts) {
    StudySession session = Start();
    storage::DeckSummary row = DeckRow();
    EXPECT_EQ(session.Progress().today,
              (TodayCounts{row.new_count, row.learning_count, row.due_count}));
    const int before = session.Progress().today.Total();

    ASSERT_TRUE(session.Submit(DontKnow()).has_value());  // a flashcard is revealed
    ASSERT_TRUE(session.Rate(Rating::kGood).has_value());
    // The answered card waits on a 10-minute step: out of the queue, still due today.
    EXPECT_EQ(session.Progress().learning + session.Progress().ahead, 0);
    row = DeckRow();
    EXPECT_EQ(row.learning_count, 1);
    EXPECT_EQ(session.Progress().today,
              (TodayCounts{row.new_count, row.learning_count, row.due_count}));
    EXPECT_EQ(session.Progress().today.learning, 1);
    EXPECT_EQ(session.Progress().today.Total(), before);  // one new became one learning

    auto summary = session.Summary();
    ASSERT_TRUE(summary.has_value());
    EXPECT_TRUE(summary->stopped_early);
    EXPECT_EQ(summary->left_today, before);
}

TEST_F(SessionCountsTest, EmptyQueueWithLearningLaterIsAPauseNotTheEnd) {
    StudySession session = Start();
    while (!session.Finished()) {
        ASSERT_TRUE(session.Submit(DontKnow()).has_value());
        ASSERT_TRUE(session.Rate(Rating::kGood).has_value());
    }
    auto summary = session.Summary();
    ASSERT_TRUE(summary.has_value());
    EXPECT_FALSE(summary->stopped_early);
    EXPECT_EQ(summary->left_today, DeckRow().learning_count);
    EXPECT_GT(summary->left_today, 0);
}

// A card left open for two hours records the deck's cap, not two hours.
TEST_F(SessionCountsTest, RecordedAnswerTimeIsCappedByTheDeckSetting) {
    DeckSettings settings;
    settings.learning_steps = "10m 30m";
    settings.max_answer_seconds = 45;
    ASSERT_TRUE(SaveDeckSettings(*collection_, deck_, settings).has_value());
    StudySession session = Start();
    now_ += 2 * 3600 * 1000;
    ASSERT_TRUE(session.Submit(DontKnow()).has_value());
    ASSERT_TRUE(session.Rate(Rating::kAgain).has_value());
    auto log = collection_->ReadReviewLog();
    ASSERT_TRUE(log.has_value());
    ASSERT_EQ(log->size(), 1u);
    EXPECT_EQ(log->front().duration_ms, 45'000);
    auto summary = session.Summary();
    ASSERT_TRUE(summary.has_value());
    EXPECT_EQ(summary->time_spent_ms, 45'000);
}

// Time while paused (window unfocused or idle) is neither shown nor recorded.
TEST_F(SessionCountsTest, PausedTimeIsNotCounted) {
    StudySession session = Start();
    now_ += 5'000;
    session.SetPaused(true);
    session.SetPaused(true);  // repeated: no second pause start
    now_ += 30 * 60 * 1000;
    EXPECT_EQ(session.ElapsedMs(), 5'000);
    EXPECT_EQ(session.CardElapsedMs(), 5'000);
    session.SetPaused(false);
    now_ += 3'000;
    EXPECT_EQ(session.ElapsedMs(), 8'000);
    ASSERT_TRUE(session.Submit(DontKnow()).has_value());
    ASSERT_TRUE(session.Rate(Rating::kAgain).has_value());
    auto log = collection_->ReadReviewLog();
    ASSERT_TRUE(log.has_value());
    ASSERT_EQ(log->size(), 1u);
    EXPECT_EQ(log->front().duration_ms, 8'000);
    EXPECT_EQ(log->front().time_ms, now_);  // the log keeps the real clock
}

TEST(MaxAnswerSecondsTest, ValidatedAndStored) {
    DeckSettings settings;
    EXPECT_EQ(settings.max_answer_seconds, 60);
    settings.max_answer_seconds = 5;
    auto status = settings.Validate();
    ASSERT_FALSE(status.has_value());
    EXPECT_EQ(status.error().code, ErrorCode::kInvalidArgument);
    EXPECT_NE(status.error().message.find("maximum answer seconds"), std::string::npos);
    settings.max_answer_seconds = 3601;
    EXPECT_FALSE(settings.Validate().has_value());
    settings.max_answer_seconds = 90;
    auto read = DeckSettingsFromJson(DeckSettingsToJson(settings));
    ASSERT_TRUE(read.has_value());
    EXPECT_EQ(read->max_answer_seconds, 90);
}

TEST(CountTodayTest, UnknownDeckIsNotFound) {
    auto collection = storage::Collection::Open(":memory:");
    ASSERT_TRUE(collection.has_value());
    auto counts = CountToday(*collection, storage::DeckId{42}, kNow);
    ASSERT_FALSE(counts.has_value());
    EXPECT_EQ(counts.error().code, ErrorCode::kNotFound);
}

}  // namespace
}  // namespace summit::study
