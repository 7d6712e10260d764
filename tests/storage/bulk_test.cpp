// The browser's bulk actions: each changes exactly its rows in one transaction, and UndoBulk
// puts every changed or deleted row back.
#include "storage/testing.h"
#include "test_support.h"

namespace summit::storage::test {
namespace {

class BulkTest : public CollectionTest {
  protected:
    void SetUp() override { Must(collection_.ImportBank(SolarBank())); }

    std::vector<StudyCard> Cards() { return Must(collection_.LoadCards(CardQuery::All())); }

    CardId CardOf(const std::string& question_id, int ordinal = 0) {
        for (const StudyCard& card : Cards()) {
            if (card.question.id == question_id && card.ordinal == ordinal) {
                return card.id;
            }
        }
        ADD_FAILURE() << "no card " << question_id;
        return {};
    }

    StudyCard Card(const std::string& question_id, int ordinal = 0) {
        return Must(collection_.GetCard(CardOf(question_id, ordinal)));
    }

    BulkResult Apply(BulkAction action, std::vector<CardId> cards) {
        return Must(collection_.ApplyBulk(action, cards));
    }

    void Review(CardId card) { ReviewOnce(collection_, card); }

    // The answers the review summaries count, per quarter hour and per card.
    std::pair<int64_t, int64_t> SummaryAnswers() {
        Db& db = CollectionTestPeer::Connection(collection_);
        return {Must(QueryInt(db, "SELECT coalesce(sum(answers), 0) FROM review_quarters")),
                Must(QueryInt(db, "SELECT coalesce(sum(answers), 0) FROM review_card_totals"))};
    }
};

TEST_F(BulkTest, MoveToDeckMovesWholeQuestionsAndUndoMovesThemBack) {
    const DeckId solar = DeckNamed(collection_, "Solar system");
    content::Bank other;
    other.id = "other";
    other.title = "Other";
    other.questions = {Flashcard("x", "X?", "Y")};
    Must(collection_.ImportBank(other));
    const DeckId target = DeckNamed(collection_, "Other");
    // One card of the reversible flashcard: both of its cards move with the question.
    const BulkResult moved =
        Apply({BulkKind::kMoveToDeck, target, "", 0}, {CardOf("sun", 1), CardOf("count")});
    EXPECT_EQ(moved.questions, 2);
    EXPECT_EQ(moved.cards, 3);
    EXPECT_EQ(Card("sun", 0).deck_id, target);
    EXPECT_EQ(Card("sun", 1).deck_id, target);
    EXPECT_EQ(Card("count").deck_id, target);
    EXPECT_EQ(Card("largest").deck_id, solar);
    EXPECT_EQ(Must(collection_.ListQuestions(target)).size(), 3u);
    EXPECT_TRUE(Must(collection_.CheckCollection(false)).Clean());

    EXPECT_EQ(Must(collection_.UndoBulk()), BulkKind::kMoveToDeck);
    EXPECT_EQ(Card("sun", 1).deck_id, solar);
    EXPECT_EQ(Must(collection_.ListQuestions(target)).size(), 1u);
    EXPECT_TRUE(Must(collection_.CheckCollection(false)).Clean());
}

TEST_F(BulkTest, MoveToAnUnknownDeckChangesNothing) {
    auto moved = collection_.ApplyBulk({BulkKind::kMoveToDeck, DeckId{99}, "", 0},
                                       std::vector<CardId>{CardOf("count")});
    ASSERT_FALSE(moved.has_value());
    EXPECT_EQ(moved.error().code, ErrorCode::kNotFound);
    EXPECT_EQ(collection_.BulkUndoDepth(), 0);
}

TEST_F(BulkTest, TagsAreAddedOnceRemovedAndKeptInTheQuestionJson) {
    Apply({BulkKind::kAddTag, {}, "review-me", 0}, {CardOf("largest"), CardOf("count")});
    Apply({BulkKind::kAddTag, {}, "review-me", 0}, {CardOf("count")});
    EXPECT_EQ(Card("largest").question.tags,
              (std::vector<std::string>{"planets", "size", "review-me"}));
    EXPECT_EQ(Card("count").question.tags, std::vector<std::string>{"review-me"});
    const content::Bank exported =
        Must(collection_.ExportDeck(DeckNamed(collection_, "Solar system")));
    EXPECT_EQ(exported.questions[2].tags, std::vector<std::string>{"review-me"});

    Apply({BulkKind::kRemoveTag, {}, "size", 0}, {CardOf("largest"), CardOf("sun")});
    EXPECT_EQ(Card("largest").question.tags, (std::vector<std::string>{"planets", "review-me"}));
    Apply({BulkKind::kRemoveTag, {}, "review-me", 0}, {CardOf("count")});
    EXPECT_TRUE(Card("count").question.tags.empty());

    Must(collection_.UndoBulk());
    EXPECT_EQ(Card("count").question.tags, std::vector<std::string>{"review-me"});
    Must(collection_.UndoBulk());
    EXPECT_EQ(Card("largest").question.tags,
              (std::vector<std::string>{"planets", "size", "review-me"}));
}

TEST_F(BulkTest, ATagWithSpacesIsRefused) {
    auto added = collection_.ApplyBulk({BulkKind::kAddTag, {}, "two words", 0},
                                       std::vector<CardId>{CardOf("count")});
    ASSERT_FALSE(added.has_value());
    EXPECT_EQ(added.error().code, ErrorCode::kInvalidArgument);
}

TEST_F(BulkTest, SetTopicWritesColumnAndJsonAndRefreshesTheSourceKey) {
    const auto before = Must(collection_.LoadQueueRows({})).rows.size();
    Apply({BulkKind::kSetTopic, {}, "facts:giants", 0}, {CardOf("largest"), CardOf("count")});
    EXPECT_EQ(Card("largest").question.topic, "facts:giants");
    EXPECT_EQ(Card("count").question.topic, "facts:giants");
    EXPECT_EQ(Must(collection_.LoadQueueRows({})).rows.size(), before);
    Apply({BulkKind::kSetTopic, {}, "", 0}, {CardOf("largest")});
    EXPECT_EQ(Card("largest").question.topic, "");
    Must(collection_.UndoBulk());
    Must(collection_.UndoBulk());
    EXPECT_EQ(Card("largest").question.topic, "facts:planets");
    EXPECT_EQ(Card("count").question.topic, "");
}

TEST_F(BulkTest, SuspendBuryAndUnsuspendActOnTheChosenCardsOnly) {
    Apply({BulkKind::kSuspend, {}, "", 0}, {CardOf("sun", 1), CardOf("count")});
    EXPECT_FALSE(Card("sun", 0).suspended);
    EXPECT_TRUE(Card("sun", 1).suspended);
    EXPECT_TRUE(Card("count").suspended);
    Apply({BulkKind::kUnsuspend, {}, "", 0}, {CardOf("count")});
    EXPECT_FALSE(Card("count").suspended);
    Apply({BulkKind::kBury, {}, "", 77'000}, {CardOf("largest")});
    EXPECT_EQ(Card("largest").buried_until_ms, 77'000);
    EXPECT_EQ(collection_.BulkUndoDepth(), 3);
    EXPECT_EQ(Must(collection_.UndoBulk()), BulkKind::kBury);
    EXPECT_EQ(Card("largest").buried_until_ms, 0);
    EXPECT_EQ(Must(collection_.UndoBulk()), BulkKind::kUnsuspend);
    EXPECT_TRUE(Card("count").suspended);
    EXPECT_EQ(Must(collection_.UndoBulk()), BulkKind::kSuspend);
    EXPECT_FALSE(Card("count").suspended);
    EXPECT_FALSE(Card("sun", 1).suspended);
    auto nothing = collection_.UndoBulk();
    ASSERT_FALSE(nothing.has_value());
    EXPECT_EQ(nothing.error().code, ErrorCode::kConflict);
}

TEST_F(BulkTest, ResetSchedulingMakesCardsNewKeepsHistoryAndStaysClean) {
    Review(CardOf("count"));
    Apply({BulkKind::kResetScheduling, {}, "", 0}, {CardOf("count")});
    const StudyCard reset = Card("count");
    EXPECT_EQ(reset.state.phase, CardPhase::kNew);
    EXPECT_EQ(reset.state.scheduled_days, 0);
    EXPECT_EQ(reset.state.stability, 0);
    EXPECT_EQ(reset.state.reps, 1);
    EXPECT_EQ(Must(collection_.ReadReviewLog()).size(), 1u);
    EXPECT_TRUE(Must(collection_.CheckCollection(false)).Clean());
    Must(collection_.UndoBulk());
    EXPECT_EQ(Card("count").state.phase, CardPhase::kReview);
    EXPECT_EQ(Card("count").state.scheduled_days, 4);
}

TEST_F(BulkTest, DeleteRemovesQuestionsAndCardsKeepsTheirReviewsAndUndoRestoresThemAll) {
    Review(CardOf("sun", 0));
    Review(CardOf("largest"));
    const auto before = Must(collection_.Counts());
    const auto summaries = SummaryAnswers();
    ASSERT_EQ(summaries, std::make_pair(int64_t{2}, int64_t{2}));
    const BulkResult deleted = Apply({BulkKind::kDelete, {}, "", 0}, {CardOf("sun", 0)});
    EXPECT_EQ(deleted.questions, 1);
    EXPECT_EQ(deleted.cards, 2);
    const auto after = Must(collection_.Counts());
    EXPECT_EQ(after.questions, before.questions - 1);
    EXPECT_EQ(after.cards, before.cards - 2);
    // The log is append-only: the answer stays as history, and the summaries with it; what
    // reads the log by deck no longer sees it.
    EXPECT_EQ(after.reviews, before.reviews);
    EXPECT_EQ(SummaryAnswers(), summaries);
    EXPECT_EQ(Must(collection_.ReadReviewLog()).size(), 1u);
    EXPECT_TRUE(Must(collection_.CheckCollection(false)).Clean());

    EXPECT_EQ(Must(collection_.UndoBulk()), BulkKind::kDelete);
    const auto restored = Must(collection_.Counts());
    EXPECT_EQ(restored.questions, before.questions);
    EXPECT_EQ(restored.cards, before.cards);
    EXPECT_EQ(restored.reviews, before.reviews);
    EXPECT_EQ(Must(collection_.ReadReviewLog()).size(), 2u);
    EXPECT_EQ(Card("sun", 0).state.phase, CardPhase::kReview);
    EXPECT_EQ(Must(collection_.ExportDeck(DeckNamed(collection_, "Solar system"))), SolarBank());
    EXPECT_EQ(SummaryAnswers(), summaries);
    EXPECT_TRUE(Must(collection_.CheckCollection(false)).Clean());
}

// A deleted card's reviews stay in the log, so its id is never given to a new card: SQLite's
// own choice (the largest id plus one) would hand the deleted card's history to it.
TEST_F(BulkTest, ANewCardNeverTakesTheIdOfADeletedCardWithReviews) {
    CardId newest = CardOf("sun", 0);
    for (const StudyCard& card : Cards()) {
        newest = std::max(newest, card.id);
    }
    Review(newest);
    Apply({BulkKind::kDelete, {}, "", 0}, {newest});
    ASSERT_LT(Cards().back().id, newest) << "the newest card should be gone";

    content::Question added;
    added.id = "added";
    added.prompt = "Which planet is the hottest?";
    added.back = "Venus";
    Must(collection_.AddQuestion(DeckNamed(collection_, "Solar system"), added));
    content::Bank more = SolarBank();
    more.questions.push_back(added);
    more.questions.back().id = "imported";
    Must(collection_.ImportBank(more));
    for (const char* id : {"added", "imported"}) {
        const StudyCard card = Card(id);
        EXPECT_GT(card.id, newest) << id;
        EXPECT_EQ(card.state.reps, 0) << id;
    }
    EXPECT_EQ(Must(collection_.ReadReviewLog()).size(), 0u);
    EXPECT_EQ(Must(collection_.Counts()).reviews, 1);
}

// The last answer is a deleted question's: it stays in the history, and undo says so
// instead of failing on the missing card. Undoing the deletion makes it undoable again.
TEST_F(BulkTest, AnAnswerToADeletedQuestionCannotBeTakenBack) {
    Review(CardOf("largest"));
    Apply({BulkKind::kDelete, {}, "", 0}, {CardOf("largest")});
    auto refused = collection_.UndoLastReview();
    ASSERT_FALSE(refused);
    EXPECT_EQ(refused.error().code, ErrorCode::kConflict);
    EXPECT_NE(refused.error().message.find("deleted"), std::string::npos)
        << refused.error().message;
    EXPECT_EQ(Must(collection_.Counts()).reviews, 1);

    Must(collection_.UndoBulk());
    Must(collection_.UndoLastReview());
    EXPECT_EQ(Must(collection_.Counts()).reviews, 0);
    EXPECT_EQ(Card("largest").state.reps, 0);
}

TEST_F(BulkTest, AFailedActionWritesNothingAndLeavesNoUndoStep) {
    Apply({BulkKind::kSuspend, {}, "", 0}, {CardOf("count")});
    auto failed = collection_.ApplyBulk({BulkKind::kRemoveTag, {}, "", 0},
                                        std::vector<CardId>{CardOf("count")});
    ASSERT_FALSE(failed.has_value());
    EXPECT_EQ(collection_.BulkUndoDepth(), 1);
    EXPECT_EQ(Must(collection_.UndoBulk()), BulkKind::kSuspend);
}

TEST_F(BulkTest, OnlyTheNewestStepsAreKept) {
    for (int i = 0; i < Collection::kMaxBulkUndo + 5; ++i) {
        Apply({i % 2 ? BulkKind::kUnsuspend : BulkKind::kSuspend, {}, "", 0}, {CardOf("count")});
    }
    EXPECT_EQ(collection_.BulkUndoDepth(), Collection::kMaxBulkUndo);
    for (int i = 0; i < Collection::kMaxBulkUndo; ++i) {
        Must(collection_.UndoBulk());
    }
    EXPECT_FALSE(collection_.UndoBulk().has_value());
    // The sixth action (an unsuspend) was the oldest kept: undone, the card is as the fifth
    // (a suspend) left it.
    EXPECT_TRUE(Card("count").suspended);
}

}  // namespace
}  // namespace summit::storage::test
