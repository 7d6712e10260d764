// The deck list's counts and the card selections the queue reads.
#include "test_support.h"

namespace summit::storage::test {
namespace {

constexpr int64_t kNow = 1'000'000;
constexpr int64_t kNextDay = 2'000'000;

class QueueTest : public CollectionTest {
  protected:
    void SetUp() override {
        Must(collection_.ImportBank(SolarBank()));          // 4 cards
        Must(collection_.ImportBank(LargeBank("big", 6)));  // 6 cards
        solar_ =
            Must(collection_.LoadCards(CardQuery::All(DeckNamed(collection_, "Solar system"))));
        big_ = Must(collection_.LoadCards(CardQuery::All(DeckNamed(collection_, "Large big"))));
    }

    // Gives a card a phase and due time through a review, as the scheduler would.
    void Schedule(const StudyCard& card, CardPhase phase, int64_t due_ms) {
        CardState state = card.state;
        state.phase = phase;
        state.due_ms = due_ms;
        Must(collection_.RecordReview(card.id, state, {kNow - 10, Rating::kGood, "", true, 1}));
    }

    std::vector<StudyCard> solar_;
    std::vector<StudyCard> big_;
};

TEST_F(QueueTest, DeckCountsSplitNewLearningAndDueAndSkipSuspendedAndBuried) {
    Schedule(solar_[0], CardPhase::kReview, kNow - 1);         // due
    Schedule(solar_[1], CardPhase::kReview, kNextDay - 1);     // due later today
    Schedule(solar_[2], CardPhase::kReview, kNextDay);         // tomorrow: not due
    Schedule(solar_[3], CardPhase::kLearning, kNow + 60'000);  // learning
    Schedule(big_[0], CardPhase::kRelearning, kNow);           // learning
    Schedule(big_[1], CardPhase::kReview, kNow - 5);           // due but suspended
    Must(collection_.SetSuspended(big_[1].id, true));
    Must(collection_.BuryUntil(big_[2].id, kNextDay));  // new but buried
    Must(collection_.BuryUntil(big_[3].id, kNow - 1));  // burial already over

    const auto decks = Must(collection_.ListDecks(kNow, kNextDay));
    ASSERT_EQ(decks.size(), 2u);
    EXPECT_EQ(decks[0].name, "Large big");
    EXPECT_EQ(decks[0].question_count, 6);
    EXPECT_EQ(decks[0].card_count, 6);
    EXPECT_EQ(decks[0].new_count, 3);  // big_[3], [4], [5]
    EXPECT_EQ(decks[0].learning_count, 1);
    EXPECT_EQ(decks[0].due_count, 0);
    EXPECT_EQ(decks[1].name, "Solar system");
    EXPECT_EQ(decks[1].question_count, 3);
    EXPECT_EQ(decks[1].card_count, 4);
    EXPECT_EQ(decks[1].new_count, 0);
    EXPECT_EQ(decks[1].learning_count, 1);
    EXPECT_EQ(decks[1].due_count, 2);
    EXPECT_EQ(decks[1].scheduler, SchedulerKind::kFsrs);
}

TEST_F(QueueTest, StudyCountsAreTheFullCountsWithoutTheCardTotal) {
    Schedule(solar_[0], CardPhase::kReview, kNow - 1);
    Schedule(big_[0], CardPhase::kRelearning, kNow);
    Must(collection_.BuryUntil(big_[2].id, kNextDay));

    const auto all = Must(collection_.ListDecks(kNow, kNextDay));
    const auto study = Must(collection_.ListDecks(kNow, kNextDay, DeckCounts::kStudy));
    ASSERT_EQ(study.size(), all.size());
    for (size_t i = 0; i < all.size(); ++i) {
        EXPECT_EQ(study[i].id, all[i].id);
        EXPECT_EQ(study[i].name, all[i].name);
        EXPECT_EQ(study[i].question_count, all[i].question_count);
        EXPECT_EQ(study[i].new_count, all[i].new_count);
        EXPECT_EQ(study[i].learning_count, all[i].learning_count);
        EXPECT_EQ(study[i].due_count, all[i].due_count);
        EXPECT_GT(all[i].card_count, 0);
        EXPECT_EQ(study[i].card_count, 0);
    }
}

TEST_F(QueueTest, DeckNamesAreListedInTheDeckListsOrder) {
    Must(collection_.ImportBank(SolarBank(), "alpha"));  // first: case is ignored
    const auto decks = Must(collection_.ListDecks(kNow, kNextDay));
    const auto names = Must(collection_.ListDeckNames());
    ASSERT_EQ(names.size(), 3u);
    ASSERT_EQ(decks.size(), 3u);
    EXPECT_EQ(names[0], "alpha");
    for (size_t i = 0; i < names.size(); ++i) {
        EXPECT_EQ(names[i], decks[i].name);
    }
}

TEST_F(QueueTest, EmptyDecksAreListedWithZeroCounts) {
    Must(collection_.ImportBank(SolarBank(), "Empty"));  // every GUID already lives elsewhere
    const auto decks = Must(collection_.ListDecks(kNow, kNextDay));
    ASSERT_EQ(decks.size(), 3u);
    EXPECT_EQ(decks[0].name, "Empty");
    EXPECT_EQ(decks[0].question_count, 0);
    EXPECT_EQ(decks[0].card_count, 0);
    EXPECT_EQ(decks[0].new_count, 0);
}

TEST_F(QueueTest, DueSelectionIsSoonestFirstAndHonoursDeckLimitAndBurying) {
    Schedule(solar_[0], CardPhase::kReview, kNow - 100);
    Schedule(solar_[1], CardPhase::kLearning, kNow - 300);
    Schedule(solar_[2], CardPhase::kReview, kNextDay + 1);
    Schedule(big_[0], CardPhase::kReview, kNow - 200);
    Schedule(big_[1], CardPhase::kReview, kNow - 400);
    Must(collection_.BuryUntil(big_[1].id, kNow + 1));

    const auto due = Must(collection_.LoadCards(CardQuery::Due({}, kNextDay, kNow)));
    ASSERT_EQ(due.size(), 3u);
    EXPECT_EQ(due[0].id, solar_[1].id);
    EXPECT_EQ(due[1].id, big_[0].id);
    EXPECT_EQ(due[2].id, solar_[0].id);

    CardQuery first_solar = CardQuery::Due(DeckNamed(collection_, "Solar system"), kNextDay, kNow);
    first_solar.limit = 1;
    const auto solar_due = Must(collection_.LoadCards(first_solar));
    ASSERT_EQ(solar_due.size(), 1u);
    EXPECT_EQ(solar_due[0].id, solar_[1].id);
    EXPECT_EQ(solar_due[0].question, SolarBank().questions[0]);

    CardQuery with_hidden_query = CardQuery::Due({}, kNextDay, kNow);
    with_hidden_query.include_suspended = true;
    const auto with_hidden = Must(collection_.LoadCards(with_hidden_query));
    EXPECT_EQ(with_hidden.size(), 4u);
}

TEST_F(QueueTest, NewSelectionIsInInsertionOrderWithoutSuspendedCards) {
    Must(collection_.SetSuspended(solar_[1].id, true));
    Schedule(solar_[2], CardPhase::kLearning, kNow);
    const auto fresh =
        Must(collection_.LoadCards(CardQuery::New(DeckNamed(collection_, "Solar system"), kNow)));
    ASSERT_EQ(fresh.size(), 2u);
    EXPECT_EQ(fresh[0].id, solar_[0].id);
    EXPECT_EQ(fresh[1].id, solar_[3].id);
    Must(collection_.SetSuspended(solar_[1].id, false));
    EXPECT_EQ(
        Must(collection_.LoadCards(CardQuery::New(DeckNamed(collection_, "Solar system"), kNow)))
            .size(),
        3u);
}

TEST_F(QueueTest, LightCardsCarryTheQuestionsListFieldsOnly) {
    CardQuery query = CardQuery::All(DeckNamed(collection_, "Solar system"));
    query.full_questions = false;
    const auto cards = Must(collection_.LoadCards(query));
    ASSERT_EQ(cards.size(), 4u);
    const content::Question& question = cards[2].question;
    EXPECT_EQ(question.id, "largest");
    EXPECT_EQ(question.type, content::QuestionType::kMultipleChoice);
    EXPECT_EQ(question.prompt, "Which is the largest planet?");
    EXPECT_EQ(question.topic, "facts:planets");
    EXPECT_TRUE(question.choices.empty());
    EXPECT_EQ(question.source, (content::SourceRef{"", 3}));
    EXPECT_FALSE(cards[0].question.source.has_value());  // names no paragraph
    EXPECT_EQ(cards[2].state, solar_[2].state);
}

// The queue keys related cards on the source point, so a light read must give the same source
// as the decoded question: article and paragraph, or none without a paragraph.
TEST_F(QueueTest, LightCardsCarryTheSameSourcePointAsFullOnes) {
    content::Bank bank;
    bank.id = "src";
    bank.title = "Sources";
    bank.questions = {Flashcard("a", "Quoted \"article\" front", "back"),
                      Flashcard("b", "front b", "back"), Flashcard("c", "front c", "back"),
                      Flashcard("d", "front d", "back")};
    bank.questions[0].source = content::SourceRef{"", 4};
    bank.questions[1].source = content::SourceRef{"essays/intro.md", 2};
    bank.questions[2].source = content::SourceRef{"essays/intro.md", -1};  // article only
    Must(collection_.ImportBank(bank));
    CardQuery query = CardQuery::All(DeckNamed(collection_, "Sources"));
    const auto full = Must(collection_.LoadCards(query));
    query.full_questions = false;
    const auto light = Must(collection_.LoadCards(query));
    ASSERT_EQ(light.size(), 4u);
    ASSERT_EQ(full.size(), 4u);
    EXPECT_EQ(light[0].question.source, (content::SourceRef{"", 4}));
    EXPECT_EQ(light[1].question.source, (content::SourceRef{"essays/intro.md", 2}));
    EXPECT_FALSE(light[2].question.source.has_value());
    EXPECT_FALSE(light[3].question.source.has_value());
    for (size_t i = 0; i < 2; ++i) {
        EXPECT_EQ(light[i].question.source, full[i].question.source) << i;
        EXPECT_EQ(light[i].guid, full[i].guid);
        EXPECT_EQ(light[i].question.topic, full[i].question.topic);
    }
}

TEST_F(QueueTest, UnknownDecksAndCardsAreNotFound) {
    auto deck = summit::testing::WithDeckNamed(
        collection_, "Nope", [&](DeckId id) { return collection_.LoadCards(CardQuery::All(id)); });
    ASSERT_FALSE(deck);
    EXPECT_EQ(deck.error().code, ErrorCode::kNotFound);
    auto card = collection_.GetCard(CardId{4242});
    ASSERT_FALSE(card);
    EXPECT_EQ(card.error().code, ErrorCode::kNotFound);
    auto suspend = collection_.SetSuspended(CardId{4242}, true);
    ASSERT_FALSE(suspend);
    EXPECT_EQ(suspend.error().code, ErrorCode::kNotFound);
    auto bury = collection_.BuryUntil(CardId{4242}, 1);
    ASSERT_FALSE(bury);
    EXPECT_EQ(bury.error().code, ErrorCode::kNotFound);
}

}  // namespace
}  // namespace summit::storage::test
