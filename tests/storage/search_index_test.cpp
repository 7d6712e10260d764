// An import indexes its new questions for search in one statement after inserting them, and a
// bulk delete and its undo change the index in one statement each (schema v10's
// search_text_deferred): the text they index is the very text the triggers later delete, and
// the deferral never outlives the transaction.
#include "storage/testing.h"
#include "test_support.h"

namespace summit::storage::test {
namespace {

class SearchIndexTest : public CollectionTest {
  protected:
    // Rows of the raw full-text index that match `words`, deleted questions included: a row
    // indexed with other text than the delete trigger derives would stay behind.
    int64_t IndexMatches(const std::string& words) {
        auto stmt = Must(Statement::Prepare(CollectionTestPeer::Connection(collection_),
                                            "SELECT count(*) FROM search_text WHERE search_text "
                                            "MATCH ?"));
        stmt.Bind(1, words);
        EXPECT_TRUE(Must(stmt.Step()));
        return stmt.Int(0);
    }

    int64_t Deferrals() {
        return Must(QueryInt(CollectionTestPeer::Connection(collection_),
                             "SELECT count(*) FROM search_text_deferred"));
    }

    std::vector<CardId> AllCards() {
        std::vector<CardId> ids;
        for (const StudyCard& card : Must(collection_.LoadCards(CardQuery::All()))) {
            ids.push_back(card.id);
        }
        return ids;
    }
};

TEST_F(SearchIndexTest, ImportedQuestionsAreIndexedOnceAndLeaveTheIndexWhenDeleted) {
    content::Bank bank = LargeBank("big", 2500);  // more than one chunk of the import
    bank.questions[7].explanation = "Kepler measured it.";
    Must(collection_.ImportBank(bank));
    EXPECT_EQ(Deferrals(), 0);
    EXPECT_EQ(IndexMatches("question"), 2500);
    EXPECT_EQ(IndexMatches("kepler"), 1);
    EXPECT_EQ(IndexMatches("2499*"), 1);

    // An update goes through the triggers, from the text the import indexed.
    bank.questions[7].explanation = "Galileo measured it.";
    EXPECT_EQ(Must(collection_.ImportBank(bank)).updated, 1);
    EXPECT_EQ(IndexMatches("kepler"), 0);
    EXPECT_EQ(IndexMatches("galileo"), 1);

    Must(collection_.ApplyBulk({BulkKind::kDelete, {}, "", 0}, AllCards()));
    EXPECT_EQ(IndexMatches("question"), 0);
    EXPECT_EQ(IndexMatches("galileo"), 0);
}

TEST_F(SearchIndexTest, ARolledBackImportLeavesNoDeferralAndNoIndexRows) {
    Status failed = collection_.Transact([&]() -> Status {
        Must(collection_.ImportBank(LargeBank("gone", 3)));
        EXPECT_EQ(IndexMatches("question"), 3);
        return Fail(ErrorCode::kConflict, "the caller gives up");
    });
    ASSERT_FALSE(failed);
    EXPECT_EQ(Deferrals(), 0);
    EXPECT_EQ(IndexMatches("question"), 0);

    // Questions imported afterwards, and one the triggers write on their own, are indexed.
    Must(collection_.ImportBank(SolarBank()));
    EXPECT_EQ(IndexMatches("jupiter"), 1);
    Must(Exec(CollectionTestPeer::Connection(collection_),
              "INSERT INTO questions (guid, deck_id, type, prompt, data, created_ms, modified_ms) "
              "SELECT 'solar/extra', deck_id, 'typed', 'Extra', "
              "'{\"id\":\"extra\",\"type\":\"typed\",\"prompt\":\"Which moon is Europa like?\","
              "\"accepted\":[\"none\"]}', 0, 0 FROM questions LIMIT 1"));
    EXPECT_EQ(IndexMatches("europa"), 1);
}

// A bulk delete takes its questions out of the index in one statement, and its undo indexes
// them again in one: from the same text, so a later change through the triggers deletes them
// cleanly, and the deferral never outlives either transaction.
TEST_F(SearchIndexTest, ABulkDeleteLeavesTheIndexAndItsUndoIndexesTheQuestionsAgain) {
    content::Bank bank = LargeBank("big", 30);
    bank.questions[4].explanation = "Kepler measured it.";
    Must(collection_.ImportBank(bank));
    const std::vector<CardId> cards = AllCards();
    const std::vector<CardId> doomed(cards.begin(), cards.begin() + 10);

    Must(collection_.ApplyBulk({BulkKind::kDelete, {}, "", 0}, doomed));
    EXPECT_EQ(Deferrals(), 0);
    EXPECT_EQ(IndexMatches("question"), 20);
    EXPECT_EQ(IndexMatches("kepler"), 0);
    EXPECT_EQ(IndexMatches("4*"), 0);

    Must(collection_.UndoBulk());
    EXPECT_EQ(Deferrals(), 0);
    EXPECT_EQ(IndexMatches("question"), 30);
    EXPECT_EQ(IndexMatches("kepler"), 1);

    bank.questions[4].explanation = "Galileo measured it.";
    EXPECT_EQ(Must(collection_.ImportBank(bank)).updated, 1);
    EXPECT_EQ(IndexMatches("kepler"), 0);
    EXPECT_EQ(IndexMatches("galileo"), 1);
    EXPECT_EQ(IndexMatches("question"), 30);
}

}  // namespace
}  // namespace summit::storage::test
