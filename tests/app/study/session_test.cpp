// Study sessions over the example bank with a fake clock: every question type answered, the
// review log and card states recorded, overrides, undo, bury, suspend and the summary.
#include "app/study/session.h"

#include <map>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "app/decks/deck_settings_store.h"
#include "tests/support/memory_collection.h"

namespace summit::study {
namespace {

constexpr int64_t kSecond = 1000;
constexpr int64_t kMinute = 60 * kSecond;
constexpr int64_t kNow = 1'750'000'000'000;
constexpr const char* kDeck = "Solar system";

// Seconds from showing a card to submitting, and to rating: past the 20 s "fast" limit, so a
// correct answer suggests Good rather than Easy.
constexpr int64_t kSubmitAfter = 21 * kSecond;
constexpr int64_t kRateAfter = 25 * kSecond;

class SessionTest : public summit::testing::MemoryCollectionTest {
  protected:
    void SetUp() override {
        ASSERT_NO_FATAL_FAILURE(MemoryCollectionTest::SetUp());
        ASSERT_NO_FATAL_FAILURE(ImportExampleBank());
        // Steps longer than the test and the learn-ahead window: no card comes back.
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
            FakeClock());
        EXPECT_TRUE(session.has_value()) << session.error().ToString();
        return std::move(*session);
    }

    Clock FakeClock() {
        return [this] { return now_; };
    }

    CardState StateOf(storage::CardId id) {
        auto card = collection_->GetCard(id);
        EXPECT_TRUE(card.has_value());
        return card ? card->state : CardState{};
    }

    std::vector<storage::ReviewRow> Log() {
        auto log = collection_->ReadReviewLog();
        EXPECT_TRUE(log.has_value());
        return log ? *log : std::vector<storage::ReviewRow>{};
    }

    // Answers the current card by the plan below and rates it; returns the rating used.
    Rating AnswerByPlan(StudySession& session);

    int64_t now_ = kNow;
};

// The plan: per card (question id + ordinal), what is answered and the rating that results.
struct PlanRow {
    Answer answer;
    std::optional<Rating> expected_suggestion;  // nullopt: a flashcard
    Rating rating;                              // what is pressed
    bool correct;                               // as the log must record it
};

std::map<std::string, PlanRow> Plan() {
    std::map<std::string, PlanRow> plan;
    plan["sun-star#0"] = {Answer{}, std::nullopt, Rating::kGood, true};
    plan["sun-star#1"] = {Answer{}, std::nullopt, Rating::kAgain, false};
    Answer mc;
    mc.chosen = {0};
    plan["largest#0"] = {mc, Rating::kGood, Rating::kGood, true};
    Answer tf;
    tf.said_true = false;
    plan["mars-red#0"] = {tf, Rating::kAgain, Rating::kAgain, false};
    Answer typed;
    typed.text = "eight";
    plan["planets-count#0"] = {typed, Rating::kGood, Rating::kGood, true};
    Answer cloze;
    cloze.gaps = {"third", "Moon"};  // one of two gaps: 0.5, which is Hard
    plan["earth-third#0"] = {cloze, Rating::kHard, Rating::kHard, false};
    Answer matching;
    matching.matches = {0, 2, 1};  // one of three pairs: below 0.5, which is Again
    plan["moons#0"] = {matching, Rating::kAgain, Rating::kAgain, false};
    Answer ordering;
    ordering.order = {0, 1, 2, 3};
    plan["order#0"] = {ordering, Rating::kGood, Rating::kGood, true};
    return plan;
}

std::string KeyOf(const storage::StudyCard& card) {
    return card.question.id + "#" + std::to_string(card.ordinal);
}

Rating SessionTest::AnswerByPlan(StudySession& session) {
    const PlanRow row = Plan().at(KeyOf(session.Current()));
    now_ += kSubmitAfter;
    EXPECT_TRUE(session.Submit(row.answer).has_value());
    EXPECT_EQ(session.SuggestedRating(), row.expected_suggestion) << KeyOf(session.Current());
    now_ += kRateAfter - kSubmitAfter;
    EXPECT_TRUE(session.Rate(row.rating).has_value());
    return row.rating;
}

TEST_F(SessionTest, AnswersEveryTypeAndRecordsLogRatingsAndStates) {
    StudySession session = Start();
    ASSERT_FALSE(session.Finished());
    EXPECT_EQ(session.Progress().remaining, 8);
    EXPECT_EQ(session.Progress().fresh, 8);
    const auto plan = Plan();
    std::vector<storage::CardId> order;
    for (int i = 0; i < 8; ++i) {
        ASSERT_FALSE(session.Finished());
        const storage::StudyCard card = session.Current();
        EXPECT_EQ(session.Phase(), SessionPhase::kQuestion);
        EXPECT_EQ(session.CurrentReason(), QueueReason::kNew);
        const PlanRow& row = plan.at(KeyOf(card));
        now_ += kSubmitAfter;
        ASSERT_TRUE(session.Submit(row.answer).has_value());
        const bool flashcard = card.question.type == content::QuestionType::kFlashcard;
        EXPECT_EQ(session.Phase(), flashcard ? SessionPhase::kRevealed : SessionPhase::kAnswered);
        EXPECT_EQ(session.SuggestedRating(), row.expected_suggestion) << KeyOf(card);
        EXPECT_EQ(session.HighlightedRating(), row.expected_suggestion.value_or(Rating::kGood));
        now_ += kRateAfter - kSubmitAfter;
        auto intervals = session.Intervals();
        ASSERT_TRUE(intervals.has_value());
        const CardState expected = (*intervals)[static_cast<size_t>(row.rating) - 1].state;
        ASSERT_TRUE(session.Rate(row.rating).has_value());
        EXPECT_EQ(StateOf(card.id), expected) << KeyOf(card);
        EXPECT_EQ(StateOf(card.id).phase, CardPhase::kLearning) << KeyOf(card);
        order.push_back(card.id);
        EXPECT_EQ(session.Progress().done, i + 1);
    }
    // Every card is answered once; the learning cards are not due within the learn-ahead
    // window (5 minutes; steps of 10 and 30), so the session is over.
    EXPECT_TRUE(session.Finished());
    const auto log = Log();
    ASSERT_EQ(log.size(), 8u);
    for (size_t i = 0; i < log.size(); ++i) {
        auto card = collection_->GetCard(log[i].card_id);
        ASSERT_TRUE(card.has_value());
        const PlanRow& row = plan.at(KeyOf(*card));
        EXPECT_EQ(log[i].card_id, order[i]);
        EXPECT_EQ(log[i].rating, row.rating) << KeyOf(*card);
        EXPECT_EQ(log[i].correct, row.correct) << KeyOf(*card);
        EXPECT_EQ(log[i].duration_ms, kRateAfter) << KeyOf(*card);
        EXPECT_EQ(log[i].time_ms, kNow + kRateAfter * static_cast<int64_t>(i + 1));
        EXPECT_EQ(log[i].phase_before, CardPhase::kNew);
    }
}

TEST_F(SessionTest, ReversedFlashcardSwapsPromptAndBack) {
    StudySession session = Start();
    for (int i = 0; i < 8 && !session.Finished(); ++i) {
        const storage::StudyCard& card = session.Current();
        if (card.question.id == "sun-star") {
            const bool reversed = card.ordinal == 1;
            EXPECT_EQ(session.DisplayedQuestion().prompt,
                      reversed ? "A star" : "What kind of object is the Sun?");
            ASSERT_TRUE(session.Reveal().has_value());
            ASSERT_TRUE(session.Grade().has_value());
            EXPECT_EQ(session.Grade()->correct_answer,
                      reversed ? "What kind of object is the Sun?" : "A star");
            ASSERT_TRUE(session.Rate(Rating::kGood).has_value());
            continue;
        }
        AnswerByPlan(session);
    }
}

TEST_F(SessionTest, WrongPhaseCallsAreConflicts) {
    StudySession session = Start();
    auto rated = session.Rate(Rating::kGood);
    ASSERT_FALSE(rated.has_value());
    EXPECT_EQ(rated.error().code, ErrorCode::kConflict);
    EXPECT_EQ(session.MarkCorrect().error().code, ErrorCode::kConflict);
    if (session.DisplayedQuestion().type != content::QuestionType::kFlashcard) {
        EXPECT_EQ(session.Reveal().error().code, ErrorCode::kConflict);
    }
    EXPECT_TRUE(Log().empty());
}

TEST_F(SessionTest, OverrideOfTheSuggestionIsRecorded) {
    StudySession session = Start();
    // Find the multiple-choice card, answering the others by plan.
    while (session.Current().question.id != "largest") {
        AnswerByPlan(session);
    }
    const storage::CardId id = session.Current().id;
    now_ += kSubmitAfter;
    Answer right;
    right.chosen = {0};
    ASSERT_TRUE(session.Submit(right).has_value());
    EXPECT_EQ(session.SuggestedRating(), Rating::kGood);
    ASSERT_TRUE(session.Rate(Rating::kHard).has_value());
    const auto log = Log();
    ASSERT_FALSE(log.empty());
    EXPECT_EQ(log.back().card_id, id);
    EXPECT_EQ(log.back().rating, Rating::kHard);
    EXPECT_TRUE(log.back().correct);
}

TEST_F(SessionTest, MarkCorrectTurnsAMissIntoACorrectGood) {
    StudySession session = Start();
    while (session.Current().question.id != "planets-count") {
        AnswerByPlan(session);
    }
    now_ += kSubmitAfter;
    Answer wrong;
    wrong.text = "nine";
    ASSERT_TRUE(session.Submit(wrong).has_value());
    EXPECT_EQ(session.Grade()->verdict, Verdict::kWrong);
    EXPECT_EQ(session.SuggestedRating(), Rating::kAgain);
    ASSERT_TRUE(session.MarkCorrect().has_value());
    EXPECT_EQ(session.Grade()->verdict, Verdict::kCorrect);
    EXPECT_EQ(session.HighlightedRating(), Rating::kGood);
    ASSERT_TRUE(session.Rate(session.HighlightedRating()).has_value());
    EXPECT_EQ(Log().back().rating, Rating::kGood);
    EXPECT_TRUE(Log().back().correct);
}

TEST_F(SessionTest, EmptyTypedAnswerIsIDontKnow) {
    StudySession session = Start();
    while (session.Current().question.id != "planets-count") {
        AnswerByPlan(session);
    }
    ASSERT_TRUE(session.Submit(Answer{}).has_value());
    EXPECT_TRUE(session.Grade()->dont_know);
    EXPECT_EQ(session.SuggestedRating(), Rating::kAgain);
}

}  // namespace
}  // namespace summit::study

namespace summit::study {
namespace {

// After the editor changed the question on screen: the same card, its answer kept when only
// texts changed, asked again when told the answers changed.
TEST_F(SessionTest, ReloadCurrentShowsTheEditedQuestionOnTheSameCard) {
    StudySession session = Start();
    const storage::CardId card = session.Current().id;
    Answer none;
    none.dont_know = true;
    ASSERT_TRUE(session.Submit(none).has_value());
    const SessionPhase answered = session.Phase();
    ASSERT_NE(answered, SessionPhase::kQuestion);

    content::Question edited = session.Current().question;
    edited.explanation = "edited";
    ASSERT_TRUE(collection_->UpdateQuestion(session.Current().question_id, edited, false));
    ASSERT_TRUE(session.ReloadCurrent(false).has_value());
    EXPECT_EQ(session.Current().id, card);
    EXPECT_EQ(session.Phase(), answered);
    EXPECT_EQ(session.DisplayedQuestion().explanation, "edited");
    EXPECT_TRUE(session.Grade().has_value());

    ASSERT_TRUE(session.ReloadCurrent(true).has_value());
    EXPECT_EQ(session.Current().id, card);
    EXPECT_EQ(session.Phase(), SessionPhase::kQuestion);
}

}  // namespace
}  // namespace summit::study
