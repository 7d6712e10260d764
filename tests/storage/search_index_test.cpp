// An import indexes its new questions for search in one statement after inserting them (schema
// v10's search_text_deferred): the text it indexes is the very text the triggers later delete,
// and the deferral never outlives the import's transaction.
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

}  // namespace
}  // namespace summit::storage::test
