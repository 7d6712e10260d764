// Copies of a collection: in memory for previews, and to a file for backups.
#include <gtest/gtest.h>
#include <sqlite3.h>

#include "storage/collection.h"
#include "test_support.h"

namespace summit::storage {
namespace {

content::Bank SmallBank() {
    content::Bank bank;
    bank.id = "copy";
    bank.title = "Copies";
    for (int i = 0; i < 3; ++i) {
        content::Question question;
        question.id = "q" + std::to_string(i);
        question.prompt = "front " + std::to_string(i);
        question.back = "back";
        bank.questions.push_back(question);
    }
    return bank;
}

TEST(BackupTest, AnInMemoryCopyHasEverythingAndWritesStayThere) {
    test::TempDir dir;
    auto original = Collection::Open(dir / "c.db");
    ASSERT_TRUE(original.has_value());
    ASSERT_TRUE(original->ImportBank(SmallBank()).has_value());

    auto copy = original->CopyToMemory();
    ASSERT_TRUE(copy.has_value()) << copy.error().ToString();
    auto copied_questions = copy->ListQuestions();
    ASSERT_TRUE(copied_questions.has_value());
    EXPECT_EQ(copied_questions->size(), 3u);

    CardQuery query;
    query.selection = CardSelection::kNew;
    auto cards = copy->LoadCards(query);
    ASSERT_TRUE(cards.has_value());
    CardState next = cards->front().state;
    next.phase = CardPhase::kLearning;
    ASSERT_TRUE(copy->RecordReview(cards->front().id, next, {1, Rating::kGood, "", true, 5}));
    EXPECT_EQ(copy->ReadReviewLog()->size(), 1u);
    EXPECT_EQ(original->ReadReviewLog()->size(), 0u) << "the copy must not write through";
}

TEST(BackupTest, ABackupFileOpensAsACollection) {
    test::TempDir dir;
    auto original = Collection::Open(dir / "c.db");
    ASSERT_TRUE(original.has_value());
    ASSERT_TRUE(original->ImportBank(SmallBank()).has_value());
    ASSERT_TRUE(original->BackupTo(dir / "backup.db").has_value());
    auto backup = Collection::Open(dir / "backup.db");
    ASSERT_TRUE(backup.has_value()) << backup.error().ToString();
    EXPECT_FALSE(backup->WasCreated());
    auto exported = backup->ExportDeck(test::DeckNamed(*backup, "Copies"));
    ASSERT_TRUE(exported.has_value());
    EXPECT_EQ(exported->questions, SmallBank().questions);

    test::WriteFile(dir / "plain-file", "not a folder");
    auto unwritable = original->BackupTo(dir.path() / "plain-file" / "b.db");
    ASSERT_FALSE(unwritable.has_value());
    EXPECT_EQ(unwritable.error().code, ErrorCode::kIo);
}

}  // namespace
}  // namespace summit::storage

namespace summit::storage {
namespace {

TEST(BackupTest, RefusesToOverwriteItselfAndLeavesOneSelfContainedFile) {
    test::TempDir dir;
    auto original = Collection::Open(dir / "c.db");
    ASSERT_TRUE(original.has_value());
    auto onto_itself = original->BackupTo(dir / "c.db");
    ASSERT_FALSE(onto_itself.has_value());
    EXPECT_EQ(onto_itself.error().code, ErrorCode::kInvalidArgument);
    EXPECT_TRUE(Collection::Open(dir / "c.db").has_value()) << "the live file is untouched";

    ASSERT_TRUE(original->BackupTo(dir / "backup.db").has_value());
    EXPECT_FALSE(std::filesystem::exists(dir / "backup.db-wal"));
    EXPECT_FALSE(std::filesystem::exists(dir / "backup.db.partial"));
}

}  // namespace
}  // namespace summit::storage

namespace summit::storage {
namespace {

// Sets a closed collection file's page size (a collection made by another SQLite build, or
// shrunk as the fuzz seeds are): SQLite can change it only outside WAL mode, with a VACUUM.
void SetPageSize(const std::filesystem::path& path, int bytes) {
    sqlite3* db = nullptr;
    ASSERT_EQ(sqlite3_open(path.c_str(), &db), SQLITE_OK);
    const std::string sql =
        "PRAGMA journal_mode = DELETE; PRAGMA page_size = " + std::to_string(bytes) + "; VACUUM;";
    EXPECT_EQ(sqlite3_exec(db, sql.c_str(), nullptr, nullptr, nullptr), SQLITE_OK);
    sqlite3_close(db);
}

TEST(BackupTest, ACollectionWithAnotherPageSizeIsBackedUpAndRestored) {
    test::TempDir dir;
    {
        auto original = Collection::Open(dir / "c.db");
        ASSERT_TRUE(original.has_value());
        ASSERT_TRUE(original->ImportBank(SmallBank()).has_value());
    }
    SetPageSize(dir / "c.db", 1024);
    auto original = Collection::Open(dir / "c.db");
    ASSERT_TRUE(original.has_value()) << original.error().ToString();

    const Status written = original->BackupTo(dir / "backup.db");
    ASSERT_TRUE(written.has_value()) << written.error().ToString();
    {
        auto backup = Collection::Open(dir / "backup.db");
        ASSERT_TRUE(backup.has_value()) << backup.error().ToString();
        EXPECT_EQ(backup->ListQuestions()->size(), 3u);
    }

    auto fresh = Collection::Open(dir / "fresh.db");
    ASSERT_TRUE(fresh.has_value());
    const Status restored = fresh->RestoreFromFile(dir / "backup.db");
    ASSERT_TRUE(restored.has_value()) << restored.error().ToString();
    EXPECT_EQ(fresh->ListQuestions()->size(), 3u);
}

}  // namespace
}  // namespace summit::storage
