// Study sessions: undo several steps, bury and suspend (and undoing them), progress and the
// summary, over the example bank with a fake clock.
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "app/decks/deck_settings_store.h"
#include "app/study/session.h"
#include "tests/support/memory_collection.h"

namespace summit::study {
namespace {

constexpr int64_t kSecond = 1000;
constexpr int64_t kNow = 1'750'000'000'000;
constexpr const char* kDeck = "Solar system";

class SessionUndoTest : public summit::testing::MemoryCollectionTest {
  protected:
    void SetUp() override {
        ASSERT_NO_FATAL_FAILURE(MemoryCollectionTest::SetUp());
        ASSERT_NO_FATAL_FAILURE(ImportExampleBank());
        DeckSettings settings;
        settings.learning_steps = "10m 30m";
        settings.learn_ahead_minutes = 5;
        ASSERT_TRUE(SaveDeckSettings(*collection_, summit::testing::DeckNamed(*collection_, kDeck),
                                     settings)
                        .has_value());
    }

    StudySession Start() {
        auto session = StudySession::Start(
            *collection_, QueueSelection{summit::testing::DeckNamed(*collection_, kDeck), {}},
            [this] { return now_; });
        EXPECT_TRUE(session.has_value()) << session.error().ToString();
        return std::move(*session);
    }

    storage::StudyCard Card(storage::CardId id) {
        auto card = collection_->GetCard(id);
        EXPECT_TRUE(card.has_value());
        return card ? *card : storage::StudyCard{};
    }

    size_t LogSize() {
        auto log = collection_->ReadReviewLog();
        EXPECT_TRUE(log.has_value());
        return log ? log->size() : 0;
    }

    bool InQueue(storage::CardId id) {
        auto queue =
            FetchQueue(*collection_,
                       QueueSelection{summit::testing::DeckNamed(*collection_, kDeck), {}}, now_);
        EXPECT_TRUE(queue.has_value());
        for (const QueueEntry& entry : queue->entries) {
            if (entry.card_id == id) {
                return true;
            }
        }
        return false;
    }

    // "I don't know" for questions, Again for flashcards: every type accepts it.
    void AnswerDontKnow(StudySession& session, Rating rating) {
        now_ += 10 * kSecond;
        Answer none;
        none.dont_know = true;
        ASSERT_TRUE(session.Submit(none).has_value());
        now_ += 5 * kSecond;
        ASSERT_TRUE(session.Rate(rating).has_value());
    }

    int64_t now_ = kNow;
};

TEST_F(SessionUndoTest, UndoThreeStepsRestoresStatesAndLogAndRepresentsTheCards) {
    StudySession session = Start();
    std::vector<storage::StudyCard> before;
    const Rating ratings[] = {Rating::kGood, Rating::kAgain, Rating::kEasy};
    for (Rating rating : ratings) {
        before.push_back(Card(session.Current().id));
        AnswerDontKnow(session, rating);
    }
    ASSERT_EQ(LogSize(), 3u);
    EXPECT_EQ(session.Progress().done, 3);
    for (int i = 2; i >= 0; --i) {
        ASSERT_TRUE(session.CanUndo());
        ASSERT_TRUE(session.Undo().has_value());
        const storage::StudyCard& original = before[static_cast<size_t>(i)];
        EXPECT_EQ(session.Current().id, original.id);
        EXPECT_EQ(session.Phase(), SessionPhase::kQuestion);
        EXPECT_EQ(Card(original.id).state, original.state);
        EXPECT_EQ(LogSize(), static_cast<size_t>(i));
        EXPECT_EQ(session.Progress().done, i);
    }
    EXPECT_FALSE(session.CanUndo());
    auto more = session.Undo();
    ASSERT_FALSE(more.has_value());
    EXPECT_EQ(more.error().code, ErrorCode::kConflict);
}

TEST_F(SessionUndoTest, UndoRestartsTheCardTimer) {
    StudySession session = Start();
    AnswerDontKnow(session, Rating::kGood);
    now_ += 100 * kSecond;
    ASSERT_TRUE(session.Undo().has_value());
    EXPECT_EQ(session.CardElapsedMs(), 0);
    now_ += 7 * kSecond;
    AnswerDontKnow(session, Rating::kGood);
    auto log = collection_->ReadReviewLog();
    ASSERT_TRUE(log.has_value());
    ASSERT_EQ(log->size(), 1u);
    EXPECT_EQ(log->front().duration_ms, 22 * kSecond);
}

TEST_F(SessionUndoTest, UndoConflictsWhenTheCardWasReviewedElsewhere) {
    StudySession session = Start();
    const storage::CardId id = session.Current().id;
    AnswerDontKnow(session, Rating::kGood);
    ASSERT_TRUE(AnswerCard(*collection_, id, Rating::kGood, now_, ReviewDetails{}).has_value());
    auto undone = session.Undo();
    ASSERT_FALSE(undone.has_value());
    EXPECT_EQ(undone.error().code, ErrorCode::kConflict);
    EXPECT_EQ(LogSize(), 2u);
}

TEST_F(SessionUndoTest, BuryHidesTheCardUntilTheNextDayAndUndoBringsItBack) {
    StudySession session = Start();
    const storage::CardId id = session.Current().id;
    const int remaining = session.Progress().remaining;
    ASSERT_TRUE(session.Bury().has_value());
    EXPECT_NE(session.Current().id, id);
    EXPECT_EQ(session.Progress().remaining, remaining - 1);
    EXPECT_FALSE(InQueue(id));
    EXPECT_EQ(Card(id).buried_until_ms, NextDayStartMs(kNow, DeckSettings{}.Day()));
    EXPECT_EQ(LogSize(), 0u);
    ASSERT_TRUE(session.Undo().has_value());
    EXPECT_EQ(session.Current().id, id);
    EXPECT_EQ(Card(id).buried_until_ms, 0);
    EXPECT_TRUE(InQueue(id));
}

TEST_F(SessionUndoTest, SuspendRemovesTheCardAndUndoResumesIt) {
    StudySession session = Start();
    const storage::CardId id = session.Current().id;
    ASSERT_TRUE(session.Suspend().has_value());
    EXPECT_NE(session.Current().id, id);
    EXPECT_TRUE(Card(id).suspended);
    EXPECT_FALSE(InQueue(id));
    ASSERT_TRUE(session.Undo().has_value());
    EXPECT_EQ(session.Current().id, id);
    EXPECT_FALSE(Card(id).suspended);
}

// Each Undo takes back one step, newest first: never an older answer together with a later
// suspend or bury of another card.
TEST_F(SessionUndoTest, UndoTakesBackOneStepAtATimeAcrossCards) {
    StudySession session = Start();
    const storage::CardId answered = session.Current().id;
    AnswerDontKnow(session, Rating::kGood);
    const storage::CardId suspended = session.Current().id;
    ASSERT_NE(suspended, answered);
    ASSERT_TRUE(session.Suspend().has_value());
    const storage::CardId buried = session.Current().id;
    ASSERT_TRUE(session.Bury().has_value());

    ASSERT_TRUE(session.Undo().has_value());
    EXPECT_EQ(session.Current().id, buried);
    EXPECT_EQ(Card(buried).buried_until_ms, 0);
    EXPECT_TRUE(Card(suspended).suspended);
    EXPECT_EQ(LogSize(), 1u);

    ASSERT_TRUE(session.Undo().has_value());
    EXPECT_EQ(session.Current().id, suspended);
    EXPECT_FALSE(Card(suspended).suspended);
    EXPECT_EQ(LogSize(), 1u);

    ASSERT_TRUE(session.Undo().has_value());
    EXPECT_EQ(session.Current().id, answered);
    EXPECT_EQ(LogSize(), 0u);
    EXPECT_FALSE(session.CanUndo());
}

// A suspend made outside the session (the command line) is not the session's to take back.
TEST_F(SessionUndoTest, UndoOfAnAnswerLeavesAnotherCardSuspendedElsewhere) {
    StudySession session = Start();
    AnswerDontKnow(session, Rating::kGood);
    const storage::CardId other = session.Current().id;
    ASSERT_TRUE(collection_->SetSuspended(other, true).has_value());
    ASSERT_TRUE(session.Undo().has_value());
    EXPECT_EQ(LogSize(), 0u);
    EXPECT_TRUE(Card(other).suspended);
}

TEST_F(SessionUndoTest, BuryingEveryCardFinishesTheSession) {
    StudySession session = Start();
    while (!session.Finished()) {
        ASSERT_TRUE(session.Bury().has_value());
    }
    EXPECT_EQ(session.Progress().remaining, 0);
    EXPECT_EQ(session.Bury().error().code, ErrorCode::kConflict);
    EXPECT_EQ(session.Suspend().error().code, ErrorCode::kConflict);
    EXPECT_EQ(session.Intervals().error().code, ErrorCode::kConflict);
    auto summary = session.Summary();
    ASSERT_TRUE(summary.has_value());
    EXPECT_EQ(summary->buried, 8);
    EXPECT_EQ(summary->answered, 0);
}

TEST_F(SessionUndoTest, SummaryCountsAccuracyTimeAndWhatIsDueNext) {
    StudySession session = Start();
    int answered = 0;
    std::vector<storage::CardId> ids;
    while (answered < 4) {
        ids.push_back(session.Current().id);
        // Flashcards rated Good count as correct; "I don't know" answers do not.
        AnswerDontKnow(session, Rating::kGood);
        ++answered;
    }
    now_ += 60 * kSecond;
    auto summary = session.Summary();
    ASSERT_TRUE(summary.has_value()) << summary.error().ToString();
    EXPECT_EQ(summary->answered, 4);
    EXPECT_EQ(summary->time_spent_ms, 4 * 15 * kSecond);
    EXPECT_EQ(summary->elapsed_ms, 4 * 15 * kSecond + 60 * kSecond);
    EXPECT_EQ(summary->ratings[2], 4);
    int flashcards = 0;
    int64_t earliest = INT64_MAX;
    for (storage::CardId id : ids) {
        const storage::StudyCard card = Card(id);
        flashcards += card.question.type == content::QuestionType::kFlashcard ? 1 : 0;
        earliest = std::min(earliest, card.state.due_ms);
    }
    EXPECT_EQ(summary->correct, flashcards);
    int by_type_total = 0;
    for (const auto& [type, tally] : summary->by_type) {
        by_type_total += tally.answered;
        EXPECT_EQ(tally.correct, type == content::QuestionType::kFlashcard ? tally.answered : 0);
    }
    EXPECT_EQ(by_type_total, 4);
    ASSERT_TRUE(summary->next_due_ms.has_value());
    EXPECT_EQ(*summary->next_due_ms, earliest);
    // The four learning cards are due within minutes, so all are due by the end of tomorrow.
    EXPECT_EQ(summary->due_tomorrow, 4);
    EXPECT_DOUBLE_EQ(summary->Accuracy(), flashcards / 4.0);
}

TEST_F(SessionUndoTest, UnknownDeckIsNotFoundAndAnEmptySelectionIsFinished) {
    auto unknown = summit::testing::WithDeckNamed(*collection_, "Nope", [&](storage::DeckId deck) {
        return StudySession::Start(*collection_, QueueSelection{deck, {}}, [this] { return now_; });
    });
    ASSERT_FALSE(unknown.has_value());
    EXPECT_EQ(unknown.error().code, ErrorCode::kNotFound);
    auto empty = StudySession::Start(*collection_,
                                     QueueSelection{summit::testing::DeckNamed(*collection_, kDeck),
                                                    std::string("no-such-topic")},
                                     [this] { return now_; });
    ASSERT_TRUE(empty.has_value());
    EXPECT_TRUE(empty->Finished());
    EXPECT_EQ(empty->Phase(), SessionPhase::kFinished);
}

}  // namespace
}  // namespace summit::study
