// The safety verbs as a user runs them: backups before imports, listing and restoring backups,
// check-collection, and what a collection that will not open tells the user.
#include <gtest/gtest.h>
#include <sqlite3.h>

#include "run_summit.h"
#include "storage/backup/backups.h"
#include "tests/support/test_paths.h"

namespace summit::testing {
namespace {

const std::string kExample = (summit::testing::ExamplesDir() / "solar-system.json").string();

class SafetyVerbsTest : public ::testing::Test {
  protected:
    RunResult Run(std::vector<std::string> args) {
        args.insert(args.begin(), {"--collection", collection_.string(), "--now", now_});
        return RunSummit(args);
    }
    void Sql(const std::string& sql) {
        sqlite3* db = nullptr;
        ASSERT_EQ(sqlite3_open(collection_.c_str(), &db), SQLITE_OK);
        ASSERT_EQ(sqlite3_exec(db, sql.c_str(), nullptr, nullptr, nullptr), SQLITE_OK) << sql;
        sqlite3_close(db);
    }
    std::vector<storage::BackupInfo> Backups() {
        auto listed = storage::ListBackups(folder_);
        EXPECT_TRUE(listed.has_value());
        return listed.value_or(std::vector<storage::BackupInfo>{});
    }

    TempDir dir_;
    std::filesystem::path collection_ = dir_ / "collection.db";
    std::filesystem::path folder_ = dir_ / "collection.db.backups";
    std::string now_ = "2024-05-01T09:00:00Z";
};

TEST_F(SafetyVerbsTest, ImportBacksUpFirstAndRestoreBringsTheOldCollectionBack) {
    ASSERT_EQ(Run({"decks"}).exit_code, 0);
    EXPECT_TRUE(Backups().empty()) << "a new collection has nothing to back up";
    RunResult imported = Run({"import", kExample});
    ASSERT_EQ(imported.exit_code, 0) << imported.err;
    auto backups = Backups();
    ASSERT_EQ(backups.size(), 1u);
    const int64_t questions_before = backups[0].counts.questions;

    RunResult listed = Run({"backups"});
    ASSERT_EQ(listed.exit_code, 0) << listed.err;
    EXPECT_NE(listed.out.find("2024-05-01 09:00"), std::string::npos) << listed.out;
    EXPECT_NE(listed.out.find(backups[0].path.filename().string()), std::string::npos);

    now_ = "2024-05-01T10:00:00Z";
    RunResult restored = Run({"restore", backups[0].path.filename().string()});
    ASSERT_EQ(restored.exit_code, 0) << restored.err;
    EXPECT_NE(restored.out.find("Restored"), std::string::npos);
    backups = Backups();
    ASSERT_EQ(backups.size(), 2u) << "the collection before the restore is kept";
    EXPECT_GT(backups[0].counts.questions, questions_before);
    RunResult decks = Run({"decks", "--json"});
    EXPECT_EQ(decks.out.find("Solar"), std::string::npos) << "the import is undone: " << decks.out;
}

TEST_F(SafetyVerbsTest, ADamagedCollectionNamesTheNewestBackupAndTheCommandToRestoreIt) {
    ASSERT_EQ(Run({"decks"}).exit_code, 0);
    ASSERT_EQ(Run({"import", kExample}).exit_code, 0);
    const auto backup = Backups().at(0);
    WriteFile(collection_, std::string(4096, 'x'));

    RunResult opened = Run({"decks"});
    EXPECT_EQ(opened.exit_code, 1);
    EXPECT_NE(opened.err.find("damaged"), std::string::npos) << opened.err;
    EXPECT_NE(opened.err.find("newest good backup is from 2024-05-01 09:00 UTC"), std::string::npos)
        << opened.err;
    EXPECT_NE(opened.err.find("summit --collection " + collection_.string() + " restore " +
                              backup.path.string()),
              std::string::npos)
        << opened.err;
    EXPECT_EQ(ReadFile(collection_), std::string(4096, 'x'));
    // Said once: one sentence names the file and the damage, no message inside another.
    const std::string first_line = opened.err.substr(0, opened.err.find('\n'));
    EXPECT_EQ(first_line, "error: The collection " + collection_.string() +
                              " could not be opened: damaged or not a Summit collection (file is "
                              "not a database). It was not changed.");
    EXPECT_EQ(opened.err.find("damaged"), opened.err.rfind("damaged")) << opened.err;

    RunResult restored = Run({"restore", backup.path.string()});
    ASSERT_EQ(restored.exit_code, 0) << restored.err;
    EXPECT_EQ(Run({"decks"}).exit_code, 0);
}

TEST_F(SafetyVerbsTest, AnEmptyFileIsNeverReplacedByANewCollection) {
    WriteFile(collection_, "");
    RunResult opened = Run({"decks"});
    EXPECT_EQ(opened.exit_code, 1);
    EXPECT_NE(opened.err.find("zero bytes"), std::string::npos) << opened.err;
    EXPECT_NE(opened.err.find("No good backup was found"), std::string::npos) << opened.err;
    EXPECT_EQ(std::filesystem::file_size(collection_), 0u);
}

TEST_F(SafetyVerbsTest, CheckCollectionReportsThenRepairsAfterABackup) {
    ASSERT_EQ(Run({"decks"}).exit_code, 0);
    RunResult clean = Run({"check-collection"});
    EXPECT_EQ(clean.exit_code, 0) << clean.err;
    EXPECT_NE(clean.out.find("No problems found."), std::string::npos) << clean.out;

    Sql("UPDATE cards SET scheduled_days = -4 WHERE id IN (SELECT id FROM cards LIMIT 2)");
    RunResult found = Run({"check-collection"});
    EXPECT_EQ(found.exit_code, 1);
    EXPECT_NE(found.out.find("2  negative intervals (summit check-collection --repair"),
              std::string::npos)
        << found.out;
    EXPECT_TRUE(Backups().empty()) << "only looking writes nothing";

    RunResult repaired = Run({"check-collection", "--repair"});
    EXPECT_EQ(repaired.exit_code, 0) << repaired.out << repaired.err;
    EXPECT_NE(repaired.out.find("negative intervals (repaired)"), std::string::npos);
    EXPECT_EQ(Backups().size(), 1u);
    EXPECT_EQ(Run({"check-collection"}).exit_code, 0);
}

// Deleted rows leave free pages that SQLite keeps inside the file; Check Collection says so,
// and --repair returns them to the disk after its backup, without changing what it holds.
TEST_F(SafetyVerbsTest, CheckCollectionCompactsFreeSpaceOnRepair) {
    ASSERT_EQ(Run({"decks"}).exit_code, 0);
    Sql("WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM n WHERE x < 400) "
        "INSERT INTO config (key, value) SELECT 'padding' || x, "
        "json_quote(hex(randomblob(2000))) FROM n");
    Sql("DELETE FROM config WHERE key LIKE 'padding%'");
    const auto size_before = std::filesystem::file_size(collection_);
    RunResult found = Run({"check-collection"});
    EXPECT_EQ(found.exit_code, 0) << found.out << found.err;
    EXPECT_NE(found.out.find("free space left by deleted rows"), std::string::npos) << found.out;
    EXPECT_NE(found.out.find("No problems found."), std::string::npos) << found.out;
    const std::string decks_before = Run({"decks"}).out;

    RunResult repaired = Run({"check-collection", "--repair"});
    EXPECT_EQ(repaired.exit_code, 0) << repaired.out << repaired.err;
    EXPECT_NE(repaired.out.find("Compacted the file from"), std::string::npos) << repaired.out;
    EXPECT_EQ(Backups().size(), 1u);
    EXPECT_LT(std::filesystem::file_size(collection_) + 1'000'000, size_before);
    EXPECT_EQ(Run({"decks"}).out, decks_before);
    RunResult after = Run({"check-collection"});
    EXPECT_EQ(after.out.find("free space"), std::string::npos) << after.out;
}

TEST_F(SafetyVerbsTest, ACollectionInAMissingFolderIsRefused) {
    const auto missing = dir_ / "no-such-folder" / "c.db";
    RunResult opened = RunSummit({"--collection", missing.string(), "decks"});
    EXPECT_EQ(opened.exit_code, 1);
    EXPECT_NE(opened.err.find("does not exist"), std::string::npos) << opened.err;
    EXPECT_FALSE(std::filesystem::exists(missing.parent_path()));
}

TEST_F(SafetyVerbsTest, HelpListsTheSafetyVerbs) {
    RunResult help = RunSummit({"--help"});
    for (const char* verb : {"  backups", "  restore BACKUP", "  check-collection [--repair]"}) {
        EXPECT_NE(help.out.find(verb), std::string::npos) << verb;
    }
}

}  // namespace
}  // namespace summit::testing
