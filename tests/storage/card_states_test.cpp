// The narrow reads statistics and Home use at scale: ReadCardStates (each card's state and
// topic, no question text) and CountAnswers (the log's answers per deck tree from the per-card
// totals); both must agree with the full reads they stand in for.
#include <string>
#include <vector>

#include "storage/testing.h"
#include "test_support.h"

namespace summit::storage::test {
namespace {

constexpr int64_t kDayMs = 86'400'000;
constexpr int64_t kNow = 20'786 * kDayMs;

ReviewRecord Answered(int64_t time_ms, Rating rating) {
    ReviewRecord record;
    record.time_ms = time_ms;
    record.rating = rating;
    record.correct = rating != Rating::kAgain;
    return record;
}

CardState ReviewState(int64_t time_ms, int days) {
    CardState state;
    state.phase = CardPhase::kReview;
    state.stability = 3.25 * days;
    state.difficulty = 6.5;
    state.scheduled_days = days;
    state.last_review_ms = time_ms;
    state.due_ms = time_ms + days * kDayMs;
    state.reps = days;
    state.lapses = days % 3;
    return state;
}

class CardStatesTest : public CollectionTest {
  protected:
    void SetUp() override {
        Must(collection_.ImportBank(SolarBank(), "Space::Solar"));
        Must(collection_.ImportBank(LargeBank("big", 5), "Big"));
        for (const StudyCard& card : Must(collection_.LoadCards(CardQuery::All()))) {
            cards_.push_back(card);
        }
    }

    std::vector<StudyCard> cards_;
};

TEST_F(CardStatesTest, EachCardComesWithTheStateAndTopicTheFullReadGives) {
    for (size_t i = 0; i < cards_.size(); i += 2) {
        const int64_t time = kNow - static_cast<int64_t>(i) * kDayMs;
        Must(collection_.RecordReview(cards_[i].id, ReviewState(time, static_cast<int>(i) + 1),
                                      Answered(time, Rating::kGood)));
    }
    Must(collection_.SetSuspended(cards_[1].id, true));
    const std::vector<StudyCard> full = Must(collection_.LoadCards(CardQuery::All()));
    const std::vector<CardStateRow> narrow = Must(collection_.ReadCardStates());
    ASSERT_EQ(narrow.size(), full.size());
    ASSERT_EQ(narrow.size(), 9u);  // 4 solar cards, 5 typed ones
    for (size_t i = 0; i < full.size(); ++i) {
        SCOPED_TRACE(i);
        EXPECT_EQ(narrow[i].id.value, full[i].id.value);
        EXPECT_EQ(narrow[i].question_id.value, full[i].question_id.value);
        EXPECT_EQ(narrow[i].topic, full[i].question.topic);
        EXPECT_EQ(narrow[i].suspended, full[i].suspended);
        EXPECT_EQ(narrow[i].state, full[i].state);
    }
    int with_topic = 0;
    for (const CardStateRow& card : narrow) {
        with_topic += card.topic == "facts:planets" ? 1 : 0;
    }
    EXPECT_EQ(with_topic, 1);  // the multiple choice question
    EXPECT_TRUE(narrow[1].suspended);
    EXPECT_EQ(narrow[2].state.scheduled_days, 3);
}

TEST_F(CardStatesTest, ADeckTreeReadsOnlyItsCardsAndAnUnknownDeckIsNotFound) {
    const DeckId space = DeckNamed(collection_, "Space");
    const std::vector<CardStateRow> tree = Must(collection_.ReadCardStates(space));
    const std::vector<StudyCard> full = Must(collection_.LoadCards(CardQuery::All(space)));
    ASSERT_EQ(tree.size(), 4u);
    for (size_t i = 0; i < tree.size(); ++i) {
        EXPECT_EQ(tree[i].id.value, full[i].id.value);
    }
    auto unknown = collection_.ReadCardStates(DeckId{9999});
    ASSERT_FALSE(unknown);
    EXPECT_EQ(unknown.error().code, ErrorCode::kNotFound);
}

// The topics come from the questions_topic index (schema v13) and the cards from their own
// table: the read touches no question row, whose texts fill most of a large collection.
TEST_F(CardStatesTest, TheReadTouchesNoQuestionRow) {
    const DeckId space = DeckNamed(collection_, "Space");
    const auto statements = StatementsNaming(collection_, "questions", [&] {
        Must(collection_.ReadCardStates());
        Must(collection_.ReadCardStates(space));
    });
    ASSERT_GE(statements.size(), 2u);
    bool topic_index_used = false;
    for (const std::string& sql : statements) {
        for (const std::string& detail : QueryPlan(collection_, sql)) {
            if (detail.find("questions") == std::string::npos) {
                continue;
            }
            EXPECT_NE(detail.find("COVERING INDEX"), std::string::npos) << detail << "\n" << sql;
            topic_index_used |= detail.find("COVERING INDEX questions_topic") != std::string::npos;
        }
    }
    EXPECT_TRUE(topic_index_used);
}

TEST_F(CardStatesTest, TheStreamedReadAnnouncesItsCountAndGivesTheSameRows) {
    const std::vector<CardStateRow> kept = Must(collection_.ReadCardStates());
    size_t announced = 0;
    std::vector<int64_t> visited;
    Must(collection_.ForEachCardState(
        std::nullopt, [&](size_t count) { announced = count; },
        [&](CardStateRow& card) { visited.push_back(card.id.value); }));
    EXPECT_EQ(announced, kept.size());
    ASSERT_EQ(visited.size(), kept.size());
    for (size_t i = 0; i < kept.size(); ++i) {
        EXPECT_EQ(visited[i], kept[i].id.value);
    }
}

TEST_F(CardStatesTest, AnswersPerDeckTreeEqualTheLogsCountThroughReviewsAndUndo) {
    const DeckId space = DeckNamed(collection_, "Space");
    const DeckId big = DeckNamed(collection_, "Big");
    const auto log_count = [&](std::optional<DeckId> deck) {
        int total = 0;
        for (int count : Must(collection_.CountReviewsSince(deck, 0)).by_phase_before) {
            total += count;
        }
        return static_cast<int64_t>(total);
    };
    EXPECT_EQ(Must(collection_.CountAnswers()), 0);
    for (int round = 0; round < 3; ++round) {
        for (size_t i = 0; i < cards_.size(); ++i) {
            if (i % 3 == static_cast<size_t>(round)) {
                continue;
            }
            const int64_t time = kNow + round * kDayMs + static_cast<int64_t>(i) * 60'000;
            Must(collection_.RecordReview(cards_[i].id, ReviewState(time, round + 1),
                                          Answered(time, Rating::kHard)));
        }
    }
    Must(collection_.UndoLastReview());
    Must(collection_.UndoLastReview());
    for (const std::optional<DeckId> deck :
         {std::optional<DeckId>(), std::optional(space), std::optional(big)}) {
        EXPECT_EQ(Must(collection_.CountAnswers(deck)), log_count(deck));
    }
    EXPECT_EQ(Must(collection_.CountAnswers()), 18 - 2);
    EXPECT_GT(Must(collection_.CountAnswers(space)), 0);
    auto unknown = collection_.CountAnswers(DeckId{9999});
    ASSERT_FALSE(unknown);
    EXPECT_EQ(unknown.error().code, ErrorCode::kNotFound);
}

}  // namespace
}  // namespace summit::storage::test
