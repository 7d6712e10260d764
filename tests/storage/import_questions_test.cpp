// Importing a bank whose questions arrive one at a time (Collection::ImportQuestions, as a
// streaming reader feeds it): the same rows and report as ImportBank, progress against the
// expected total, and a source that fails midway leaving nothing behind.
#include "storage/testing.h"
#include "test_support.h"

namespace summit::storage::test {
namespace {

using ImportQuestionsTest = CollectionTest;

// The questions of `bank`, handed on one by one; fails after `fail_after` of them.
Collection::QuestionSource SourceOf(const content::Bank& bank, std::size_t fail_after = SIZE_MAX) {
    return [&bank, fail_after](const Collection::QuestionVisitor& visit) -> Status {
        std::size_t handed = 0;
        for (const content::Question& question : bank.questions) {
            if (handed++ == fail_after) {
                return Fail(ErrorCode::kValidation, "the file broke off");
            }
            if (auto visited = visit(question); !visited) {
                return visited;
            }
        }
        return {};
    };
}

TEST_F(ImportQuestionsTest, StreamedQuestionsAreStoredAsTheWholeBankIs) {
    const content::Bank bank = LargeBank("big", 2500);
    content::Bank header = bank;
    header.questions.clear();
    std::vector<std::pair<std::size_t, std::size_t>> progress;
    const ImportReport report = Must(collection_.ImportQuestions(
        header, SourceOf(bank), 2000, std::nullopt,
        [&](std::size_t done, std::size_t total) { progress.emplace_back(done, total); }));
    EXPECT_EQ(report.added, 2500);
    EXPECT_EQ(report.cards_added, 2500);
    const std::vector<std::pair<std::size_t, std::size_t>> expected = {
        {1000, 2000}, {2000, 2000}, {2500, 2500}};
    EXPECT_EQ(progress, expected);  // the expected total until more arrive, then the count

    // The same bank as a whole is the same questions, all unchanged.
    const ImportReport again = Must(collection_.ImportBank(bank));
    EXPECT_EQ(again.unchanged, 2500);
    EXPECT_EQ(again.added + again.updated, 0);
    auto exported = Must(collection_.ExportDeck(again.deck_id));
    EXPECT_TRUE(exported.questions == bank.questions);
}

TEST_F(ImportQuestionsTest, ASourceThatFailsMidwayLeavesNothingAndTheCacheAsItWas) {
    Db& db = CollectionTestPeer::Connection(collection_);
    const int64_t cache = Must(QueryInt(db, "PRAGMA cache_size"));
    const content::Bank bank = LargeBank("big", 2500);
    auto imported = collection_.ImportQuestions(bank, SourceOf(bank, 1700), bank.questions.size());
    ASSERT_FALSE(imported);
    EXPECT_EQ(imported.error().message, "the file broke off");
    EXPECT_TRUE(Must(collection_.ListDecks(0, 0)).empty());
    EXPECT_TRUE(Must(collection_.ListQuestions()).empty());
    EXPECT_TRUE(Must(collection_.LoadCards(CardQuery::All())).empty());
    EXPECT_EQ(Must(QueryInt(db, "SELECT count(*) FROM search_text_deferred")), 0);
    EXPECT_EQ(Must(QueryInt(db, "PRAGMA cache_size")), cache);
}

TEST_F(ImportQuestionsTest, ARepeatedIdFromTheSourceRollsBack) {
    content::Bank bank = SolarBank();
    bank.questions.push_back(bank.questions[1]);
    auto imported = collection_.ImportQuestions(bank, SourceOf(bank), 0);
    ASSERT_FALSE(imported);
    EXPECT_EQ(imported.error().code, ErrorCode::kInvalidArgument);
    EXPECT_NE(imported.error().message.find("appears twice"), std::string::npos);
    EXPECT_TRUE(Must(collection_.ListQuestions()).empty());
}

}  // namespace
}  // namespace summit::storage::test
