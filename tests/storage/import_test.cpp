// Importing banks: creation, idempotent re-imports, edits that keep history, questions that
// leave a bank, export round trips, and failures that must roll back completely.
#include <sqlite3.h>

#include "storage/testing.h"
#include "test_support.h"

namespace summit::storage::test {
namespace {

using ImportTest = CollectionTest;

ReviewRecord Good(int64_t time_ms) {
    return {time_ms, Rating::kGood, "", true, 1500};
}

TEST_F(ImportTest, FirstImportCreatesTheDeckQuestionsAndCards) {
    const ImportReport report = Must(collection_.ImportBank(SolarBank()));
    EXPECT_TRUE(report.deck_created);
    EXPECT_EQ(report.deck, "Solar system");
    EXPECT_EQ(report.added, 3);
    EXPECT_EQ(report.updated, 0);
    EXPECT_EQ(report.unchanged, 0);
    EXPECT_EQ(report.kept, 0);
    EXPECT_EQ(report.cards_added, 4);  // the reversible flashcard has two

    const auto questions = Must(collection_.ListQuestions(DeckNamed(collection_, "Solar system")));
    ASSERT_EQ(questions.size(), 3u);
    EXPECT_EQ(questions[0].guid, "solar/sun");
    EXPECT_EQ(questions[1].guid, "solar/largest");
    EXPECT_EQ(questions[1].type, content::QuestionType::kMultipleChoice);
    EXPECT_EQ(questions[1].topic, "facts:planets");
    EXPECT_EQ(questions[2].prompt, "How many planets orbit the Sun?");

    const auto cards = Must(collection_.LoadCards(CardQuery::All()));
    ASSERT_EQ(cards.size(), 4u);
    EXPECT_EQ(cards[0].ordinal, 0);
    EXPECT_EQ(cards[1].ordinal, 1);
    EXPECT_EQ(cards[1].question_id, cards[0].question_id);
    EXPECT_EQ(cards[2].question, SolarBank().questions[1]);
}

TEST_F(ImportTest, ReimportingTheSameBankChangesNothing) {
    Must(collection_.ImportBank(SolarBank()));
    const auto before = Must(collection_.ListQuestions());
    sqlite3* db = CollectionTestPeer::Handle(collection_);
    const int changes_before = sqlite3_total_changes(db);

    const ImportReport again = Must(collection_.ImportBank(SolarBank()));
    EXPECT_FALSE(again.deck_created);
    EXPECT_EQ(again.added, 0);
    EXPECT_EQ(again.updated, 0);
    EXPECT_EQ(again.unchanged, 3);
    EXPECT_EQ(again.cards_added, 0);
    EXPECT_TRUE(again.lines.empty());
    EXPECT_EQ(sqlite3_total_changes(db), changes_before);  // not one row written
    const auto after = Must(collection_.ListQuestions());
    ASSERT_EQ(after.size(), before.size());
    for (size_t i = 0; i < after.size(); ++i) {
        EXPECT_EQ(after[i].modified_ms, before[i].modified_ms);
    }
}

TEST_F(ImportTest, EditedBankUpdatesQuestionsAndKeepsCardsAndHistory) {
    Must(collection_.ImportBank(SolarBank()));
    const StudyCard card = Must(collection_.LoadCards(CardQuery::All()))[2];
    CardState reviewed = card.state;
    reviewed.phase = CardPhase::kReview;
    reviewed.stability = 3.5;
    reviewed.reps = 1;
    reviewed.due_ms = 5000;
    Must(collection_.RecordReview(card.id, reviewed, Good(1000)));

    content::Bank edited = SolarBank();
    edited.questions[1].prompt = "Which planet is the largest?";
    edited.questions.erase(edited.questions.begin() + 2);  // "count" leaves the bank
    edited.questions.push_back(Flashcard("mars", "Red planet?", "Mars"));
    const ImportReport report = Must(collection_.ImportBank(edited));
    EXPECT_EQ(report.added, 1);
    EXPECT_EQ(report.updated, 1);
    EXPECT_EQ(report.unchanged, 1);
    EXPECT_EQ(report.kept, 1);
    ASSERT_EQ(report.lines.size(), 3u);
    EXPECT_EQ(report.lines[0].guid, "solar/largest");
    EXPECT_EQ(report.lines[0].action, ImportAction::kUpdated);
    EXPECT_EQ(report.lines[1].guid, "solar/mars");
    EXPECT_EQ(report.lines[1].action, ImportAction::kAdded);
    EXPECT_EQ(report.lines[2].guid, "solar/count");
    EXPECT_EQ(report.lines[2].action, ImportAction::kKept);

    const StudyCard after = Must(collection_.GetCard(card.id));
    EXPECT_EQ(after.state, reviewed);
    EXPECT_EQ(after.question.prompt, "Which planet is the largest?");
    EXPECT_EQ(Must(collection_.ReadReviewLog()).size(), 1u);
    EXPECT_EQ(Must(collection_.ListQuestions()).size(), 4u);  // "count" is kept
}

TEST_F(ImportTest, AQuestionThatBecomesReversibleGetsItsSecondCard) {
    content::Bank bank = SolarBank();
    bank.questions[0].reversible = false;
    EXPECT_EQ(Must(collection_.ImportBank(bank)).cards_added, 3);
    bank.questions[0].reversible = true;
    const ImportReport report = Must(collection_.ImportBank(bank));
    EXPECT_EQ(report.updated, 1);
    EXPECT_EQ(report.cards_added, 1);
    const auto cards = Must(collection_.LoadCards(CardQuery::All()));
    ASSERT_EQ(cards.size(), 4u);
    EXPECT_EQ(cards[3].ordinal, 1);
    EXPECT_EQ(cards[3].question_id, cards[0].question_id);
}

TEST_F(ImportTest, AQuestionThatStopsBeingReversibleKeepsItsSecondCardSuspended) {
    Must(collection_.ImportBank(SolarBank()));
    content::Bank bank = SolarBank();
    bank.questions[0].reversible = false;
    Must(collection_.ImportBank(bank));
    const auto cards = Must(collection_.LoadCards(CardQuery::All()));
    ASSERT_EQ(cards.size(), 4u);
    EXPECT_FALSE(cards[0].suspended);
    EXPECT_TRUE(cards[1].suspended);
}

TEST_F(ImportTest, DeckOverrideAndExportRoundTrip) {
    const ImportReport report = Must(collection_.ImportBank(SolarBank(), "Astronomy"));
    EXPECT_EQ(report.deck, "Astronomy");
    const auto decks = Must(collection_.ListDecks(0, 0));
    ASSERT_EQ(decks.size(), 1u);
    EXPECT_EQ(decks[0].name, "Astronomy");
    content::Bank expected = SolarBank();
    expected.deck = "Astronomy";
    EXPECT_EQ(Must(collection_.ExportDeck(DeckNamed(collection_, "Astronomy"))), expected);
}

TEST_F(ImportTest, ExportRebuildsTheBankExactly) {
    content::Bank bank = SolarBank();
    bank.deck = "Planets";
    Must(collection_.ImportBank(bank));
    EXPECT_EQ(Must(collection_.ExportDeck(DeckNamed(collection_, "Planets"))), bank);

    Must(collection_.ImportBank(SolarBank(), "Astronomy"));  // all GUIDs already exist
    content::Bank renamed = Must(collection_.ExportDeck(DeckNamed(collection_, "Astronomy")));
    EXPECT_EQ(renamed.deck, "Astronomy");
    EXPECT_TRUE(renamed.questions.empty());  // questions stay in the deck they are in
}

TEST_F(ImportTest, ExportOfAnUnknownDeckIsNotFound) {
    auto exported = summit::testing::WithDeckNamed(
        collection_, "Nope", [&](DeckId deck) { return collection_.ExportDeck(deck); });
    ASSERT_FALSE(exported);
    EXPECT_EQ(exported.error().code, ErrorCode::kNotFound);
    EXPECT_NE(exported.error().message.find("Nope"), std::string::npos);
}

TEST_F(ImportTest, DuplicateQuestionIdsAreRefusedBeforeWriting) {
    content::Bank bank = SolarBank();
    bank.questions.push_back(bank.questions[0]);
    auto imported = collection_.ImportBank(bank);
    ASSERT_FALSE(imported);
    EXPECT_EQ(imported.error().code, ErrorCode::kInvalidArgument);
    EXPECT_NE(imported.error().message.find("'sun' appears twice"), std::string::npos);
    EXPECT_TRUE(Must(collection_.ListDecks(0, 0)).empty());
}

TEST_F(ImportTest, AFailureMidImportRollsEverythingBack) {
    // A trigger makes the third question's insert fail after the deck and two questions (and
    // their cards) were written inside the transaction.
    sqlite3* db = CollectionTestPeer::Handle(collection_);
    ASSERT_EQ(sqlite3_exec(db,
                           "CREATE TEMP TRIGGER fail_third BEFORE INSERT ON questions "
                           "WHEN NEW.guid = 'solar/count' "
                           "BEGIN SELECT RAISE(ABORT, 'injected failure'); END",
                           nullptr, nullptr, nullptr),
              SQLITE_OK);
    auto imported = collection_.ImportBank(SolarBank());
    ASSERT_FALSE(imported);
    EXPECT_EQ(imported.error().code, ErrorCode::kDatabase);
    EXPECT_NE(imported.error().message.find("injected failure"), std::string::npos);

    EXPECT_TRUE(Must(collection_.ListDecks(0, 0)).empty());
    EXPECT_TRUE(Must(collection_.ListQuestions()).empty());
    EXPECT_TRUE(Must(collection_.LoadCards(CardQuery::All())).empty());
    ASSERT_EQ(sqlite3_exec(db, "DROP TRIGGER fail_third", nullptr, nullptr, nullptr), SQLITE_OK);
    EXPECT_EQ(Must(collection_.ImportBank(SolarBank())).added, 3);
}

TEST(ImportFileTest, ADiskFullMidImportRollsBackAndLeavesTheFileUsable) {
    TempDir dir;
    const auto path = dir / "collection.db";
    auto collection = Must(Collection::Open(path));
    Must(collection.ImportBank(SolarBank()));
    // Cap the file at its current size so the next large import runs out of pages.
    sqlite3* db = CollectionTestPeer::Handle(collection);
    const int64_t pages =
        Must(QueryInt(CollectionTestPeer::Connection(collection), "PRAGMA page_count"));
    ASSERT_EQ(sqlite3_exec(db, ("PRAGMA max_page_count = " + std::to_string(pages + 2)).c_str(),
                           nullptr, nullptr, nullptr),
              SQLITE_OK);

    auto imported = collection.ImportBank(LargeBank("big", 500));
    ASSERT_FALSE(imported);
    EXPECT_EQ(imported.error().code, ErrorCode::kFull);
    EXPECT_NE(imported.error().message.find("disk is full"), std::string::npos);
    EXPECT_EQ(Must(collection.ListDecks(0, 0)).size(), 1u);
    EXPECT_EQ(Must(collection.ListQuestions()).size(), 3u);
    EXPECT_EQ(Must(collection.ImportBank(LargeBank("small", 1))).added, 1);
}

TEST_F(ImportTest, NestedTransactionsRollBackOnlyTheInnerPart) {
    Status outer = collection_.Transact([&]() -> Status {
        if (auto first = collection_.ImportBank(SolarBank()); !first) {
            return Fail(first.error());
        }
        Status inner = collection_.Transact(
            [&]() -> Status { return Fail(ErrorCode::kConflict, "inner work gives up"); });
        EXPECT_EQ(inner.error().code, ErrorCode::kConflict);
        return collection_.SetConfig("after-inner", "1");
    });
    ASSERT_TRUE(outer) << outer.error().ToString();
    EXPECT_EQ(Must(collection_.ListQuestions()).size(), 3u);
    EXPECT_EQ(Must(collection_.GetConfig("after-inner")), std::optional<std::string>("1"));

    Status failed = collection_.Transact([&]() -> Status {
        Must(collection_.ImportBank(LargeBank("more", 2)));
        return Fail(ErrorCode::kConflict, "outer gives up");
    });
    EXPECT_EQ(failed.error().code, ErrorCode::kConflict);
    EXPECT_EQ(Must(collection_.ListQuestions()).size(), 3u);
}

}  // namespace
}  // namespace summit::storage::test

namespace summit::storage::test {
namespace {

TEST_F(ImportTest, ProgressIsReportedEveryThousandQuestionsAndAtTheEnd) {
    content::Bank bank = SolarBank();
    const content::Question flashcard = bank.questions[0];
    bank.questions.clear();
    for (int i = 0; i < 2500; ++i) {
        content::Question question = flashcard;
        question.id = "card-" + std::to_string(i);
        question.prompt = "Prompt " + std::to_string(i);
        bank.questions.push_back(question);
    }
    std::vector<std::pair<std::size_t, std::size_t>> calls;
    auto record = [&](std::size_t done, std::size_t total) { calls.emplace_back(done, total); };
    Must(collection_.ImportBank(bank, std::nullopt, record));
    EXPECT_EQ(calls, (std::vector<std::pair<std::size_t, std::size_t>>{
                         {1000, 2500}, {2000, 2500}, {2500, 2500}}));
    calls.clear();
    Must(collection_.ImportBank(bank, std::nullopt, record));  // unchanged questions count too
    EXPECT_EQ(calls.size(), 3u);
}

}  // namespace
}  // namespace summit::storage::test
