// The editor's model: drafts of each type are checked by the bank rules as they change and
// saved through the collection, and an edit keeps the question's history.
#include "app/edit/question_draft.h"

#include <gtest/gtest.h>

#include "tests/support/memory_collection.h"

namespace summit::edit {
namespace {

using content::QuestionType;

class QuestionDraftTest : public testing::MemoryCollectionTest {
  protected:
    void SetUp() override {
        ASSERT_NO_FATAL_FAILURE(MemoryCollectionTest::SetUp());
        ASSERT_TRUE(collection_->ImportBank(testing::FlashcardBank("deck", 1)));
        deck_ = testing::DeckNamed(*collection_, "deck");
    }

    std::vector<storage::StudyCard> Cards() {
        auto cards = collection_->LoadCards(storage::CardQuery::All());
        EXPECT_TRUE(cards);
        return cards.value_or(std::vector<storage::StudyCard>{});
    }

    std::optional<storage::StudyCard> CardOf(const std::string& question_id) {
        for (storage::StudyCard& card : Cards()) {
            if (card.question.id == question_id && card.ordinal == 0) {
                return card;
            }
        }
        return std::nullopt;
    }

    bool HasProblemAt(const QuestionDraft& draft, const std::string& field) {
        for (const content::QuestionProblem& problem : draft.Problems()) {
            if (problem.field.starts_with(field)) {
                return true;
            }
        }
        return false;
    }

    // Saves a new draft and returns the stored question.
    content::Question SaveNew(QuestionDraft& draft) {
        EXPECT_TRUE(draft.Problems().empty()) << draft.Problems().front().message;
        auto saved = draft.Save(*collection_, false);
        EXPECT_TRUE(saved) << saved.error().ToString();
        auto card = CardOf(draft.question().id);
        EXPECT_TRUE(card);
        return card ? card->question : content::Question{};
    }

    // The first question's card after one review, so an edit has a schedule and history to keep.
    storage::StudyCard ReviewedCard() {
        const storage::StudyCard card = *CardOf("q0");
        CardState state;
        state.phase = CardPhase::kReview;
        state.scheduled_days = 3;
        state.reps = 1;
        EXPECT_TRUE(collection_->RecordReview(card.id, state, storage::ReviewRecord{}));
        return card;
    }

    storage::DeckId deck_;
};

TEST_F(QuestionDraftTest, NewFlashcardIsInvalidUntilItHasAPromptThenSaves) {
    QuestionDraft draft = QuestionDraft::New(deck_, QuestionType::kFlashcard, NewQuestionId(42));
    EXPECT_EQ(draft.question().id, "q42");
    EXPECT_TRUE(HasProblemAt(draft, "prompt"));
    const auto refused = draft.Save(*collection_, false);
    ASSERT_FALSE(refused);
    EXPECT_EQ(refused.error().code, ErrorCode::kValidation);
    EXPECT_FALSE(CardOf("q42"));

    draft.question().prompt = "Capital of France?";
    draft.question().back = "Paris";
    draft.question().tags = {"geo"};
    draft.question().explanation = "Since 987.";
    const content::Question stored = SaveNew(draft);
    EXPECT_EQ(stored, draft.question());
    EXPECT_EQ(CardOf("q42")->deck_id, deck_);
    EXPECT_FALSE(draft.IsNew());
    EXPECT_FALSE(draft.Changed());
}

TEST_F(QuestionDraftTest, MultipleChoiceNeedsACorrectChoice) {
    QuestionDraft draft = QuestionDraft::New(deck_, QuestionType::kMultipleChoice, "mc");
    draft.question().prompt = "Largest planet?";
    for (const char* text : {"Mars", "Jupiter"}) {
        draft.question().choices.emplace_back().text = text;
    }
    EXPECT_TRUE(HasProblemAt(draft, "choices"));
    draft.question().choices[1].correct = true;
    EXPECT_EQ(SaveNew(draft).choices[1].text, "Jupiter");
}

TEST_F(QuestionDraftTest, TypedNeedsAnAcceptedAnswerAndKeepsItsVariants) {
    QuestionDraft draft = QuestionDraft::New(deck_, QuestionType::kTyped, "typed");
    draft.question().prompt = "Chemical symbol of gold?";
    EXPECT_FALSE(draft.Problems().empty());
    draft.question().accepted = {"Au", "au"};
    EXPECT_EQ(SaveNew(draft).accepted, (std::vector<std::string>{"Au", "au"}));
}

TEST_F(QuestionDraftTest, ClozeNeedsAGap) {
    QuestionDraft draft = QuestionDraft::New(deck_, QuestionType::kCloze, "cloze");
    draft.question().prompt = "Water boils at 100 degrees.";
    EXPECT_FALSE(draft.Problems().empty());
    draft.question().prompt = "Water boils at {{100}} degrees.";
    EXPECT_EQ(SaveNew(draft).prompt, "Water boils at {{100}} degrees.");
}

TEST_F(QuestionDraftTest, NumericalNeedsAValueAndANonNegativeTolerance) {
    QuestionDraft draft = QuestionDraft::New(deck_, QuestionType::kNumerical, "num");
    draft.question().prompt = "g in m/s^2?";
    EXPECT_FALSE(draft.Problems().empty());
    content::NumericAnswer number;
    number.value = 9.81;
    number.tolerance = -1;
    draft.question().numbers = {number};
    EXPECT_FALSE(draft.Problems().empty());
    draft.question().numbers[0].tolerance = 0.05;
    draft.question().unit = "m/s^2";
    EXPECT_EQ(SaveNew(draft).numbers.size(), 1u);
}

TEST_F(QuestionDraftTest, EditingTextKeepsHistoryAndSchedulingWithoutAsking) {
    storage::StudyCard card;
    ASSERT_NO_FATAL_FAILURE(card = ReviewedCard());

    auto draft = QuestionDraft::Open(*collection_, card.id);
    ASSERT_TRUE(draft);
    EXPECT_FALSE(draft->Changed());
    draft->question().explanation = "Because.";
    draft->question().topic = "basics";
    EXPECT_TRUE(draft->Changed());
    EXPECT_FALSE(draft->ChangesAnswers());
    ASSERT_TRUE(draft->Save(*collection_, false));

    const storage::StudyCard after = *CardOf("q0");
    EXPECT_EQ(after.id, card.id);
    EXPECT_EQ(after.question.explanation, "Because.");
    EXPECT_EQ(after.state.phase, CardPhase::kReview);
    EXPECT_EQ(collection_->ReadReviewLog().value_or(std::vector<storage::ReviewRow>{}).size(), 1u);
}

TEST_F(QuestionDraftTest, ChangingTheAnswerOrTypeAsksAndCanResetScheduling) {
    storage::StudyCard card;
    ASSERT_NO_FATAL_FAILURE(card = ReviewedCard());

    auto draft = QuestionDraft::Open(*collection_, card.id);
    ASSERT_TRUE(draft);
    draft->question().back = "another answer";
    EXPECT_TRUE(draft->ChangesAnswers());
    draft->question().back = card.question.back;
    draft->question().type = QuestionType::kTyped;
    draft->question().accepted = {"an answer"};
    EXPECT_TRUE(draft->ChangesAnswers());
    // A typed question has no back: the bank rules refuse a leftover flashcard field.
    ASSERT_FALSE(draft->Problems().empty());
    EXPECT_EQ(draft->Problems().front().field, "back");
    draft->question().back.clear();
    auto saved = draft->Save(*collection_, true);
    ASSERT_TRUE(saved) << saved.error().ToString();
    EXPECT_FALSE(draft->ChangesAnswers());

    const storage::StudyCard after = *CardOf("q0");
    EXPECT_EQ(after.question.type, QuestionType::kTyped);
    EXPECT_EQ(after.state.phase, CardPhase::kNew);
    EXPECT_EQ(collection_->ReadReviewLog().value_or(std::vector<storage::ReviewRow>{}).size(), 1u);
}

}  // namespace
}  // namespace summit::edit
