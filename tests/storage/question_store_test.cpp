// Adding and editing single questions: one transaction each; an edit keeps the question's
// cards and review history, and resets their scheduling only when asked.
#include "test_support.h"

namespace summit::storage::test {
namespace {

class QuestionStoreTest : public CollectionTest {
  protected:
    void SetUp() override { Must(collection_.ImportBank(SolarBank())); }

    StudyCard CardOf(const std::string& question_id, int ordinal = 0) {
        for (const StudyCard& card : Must(collection_.LoadCards(CardQuery::All()))) {
            if (card.question.id == question_id && card.ordinal == ordinal) {
                return card;
            }
        }
        throw std::runtime_error("no card " + question_id);
    }

    void Review(CardId card) { ReviewOnce(collection_, card); }
};

TEST_F(QuestionStoreTest, UpdateChangesTheContentAndKeepsHistoryAndScheduling) {
    const StudyCard before = CardOf("count");
    Review(before.id);
    content::Question edited = before.question;
    edited.prompt = "How many planets orbit our Sun?";
    edited.tags = {"edited"};
    Must(collection_.UpdateQuestion(before.question_id, edited, false));

    const StudyCard after = Must(collection_.GetCard(before.id));
    EXPECT_EQ(after.question, edited);
    EXPECT_EQ(after.guid, before.guid);
    EXPECT_EQ(after.state.phase, CardPhase::kReview);
    EXPECT_EQ(after.state.scheduled_days, 4);
    EXPECT_EQ(Must(collection_.ReadReviewLog()).size(), 1u);
}

TEST_F(QuestionStoreTest, UpdateWithResetMakesTheCardsNewButKeepsTheLog) {
    const StudyCard before = CardOf("count");
    Review(before.id);
    content::Question edited = before.question;
    edited.accepted = {"eight"};
    Must(collection_.UpdateQuestion(before.question_id, edited, true));

    const StudyCard after = Must(collection_.GetCard(before.id));
    EXPECT_EQ(after.state.phase, CardPhase::kNew);
    EXPECT_EQ(after.state.scheduled_days, 0);
    EXPECT_EQ(after.state.reps, 1);
    EXPECT_EQ(Must(collection_.ReadReviewLog()).size(), 1u);
}

TEST_F(QuestionStoreTest, UpdateOfAFailingQuestionWritesNothing) {
    const StudyCard before = CardOf("count");
    content::Question edited = before.question;
    edited.prompt = "changed";
    const auto missing = collection_.UpdateQuestion(QuestionId{9999}, edited, true);
    ASSERT_FALSE(missing);
    EXPECT_EQ(missing.error().code, ErrorCode::kNotFound);
    EXPECT_EQ(Must(collection_.GetCard(before.id)).question, before.question);
}

TEST_F(QuestionStoreTest, ReversibleFlashcardGainsAndRetiresItsSecondCard) {
    Must(collection_.ImportBank([] {
        content::Bank bank;
        bank.id = "one";
        bank.title = "One way";
        bank.questions = {Flashcard("x", "X?", "Y")};
        return bank;
    }()));
    const StudyCard front = CardOf("x");
    content::Question edited = front.question;
    edited.reversible = true;
    Must(collection_.UpdateQuestion(front.question_id, edited, false));
    const StudyCard back = CardOf("x", 1);
    EXPECT_FALSE(back.suspended);

    edited.reversible = false;
    Must(collection_.UpdateQuestion(front.question_id, edited, false));
    EXPECT_TRUE(Must(collection_.GetCard(back.id)).suspended);
}

TEST_F(QuestionStoreTest, AddPutsANewQuestionWithItsCardsInTheDeck) {
    const DeckId solar = DeckNamed(collection_, "Solar system");
    const content::Question added = Flashcard("mine", "Closest star?", "The Sun", true);
    const QuestionId id = Must(collection_.AddQuestion(solar, added));
    const StudyCard card = CardOf("mine");
    EXPECT_EQ(card.question_id, id);
    EXPECT_EQ(card.deck_id, solar);
    EXPECT_EQ(card.guid, "added/mine");
    EXPECT_EQ(card.question, added);
    EXPECT_EQ(CardOf("mine", 1).question_id, id);

    const auto again = collection_.AddQuestion(solar, added);
    ASSERT_FALSE(again);
    EXPECT_EQ(again.error().code, ErrorCode::kConflict);
    const auto nowhere = collection_.AddQuestion(DeckId{9999}, Flashcard("other", "A", "B"));
    ASSERT_FALSE(nowhere);
    EXPECT_EQ(nowhere.error().code, ErrorCode::kNotFound);
}

}  // namespace
}  // namespace summit::storage::test
