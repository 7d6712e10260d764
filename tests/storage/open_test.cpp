// Opening collections: creation, pragmas, the default path, and every way a file can be
// unusable (newer, corrupt, truncated, read-only, locked).
#include <cstdlib>
#include <random>

#include <sqlite3.h>

#include "storage/testing.h"
#include "test_support.h"

namespace summit::storage::test {
namespace {

int64_t Pragma(Collection& collection, const std::string& name) {
    return Must(QueryInt(CollectionTestPeer::Connection(collection), "PRAGMA " + name));
}

TEST(OpenTest, CreatesAFreshFileWithTheCurrentSchemaAndPragmas) {
    TempDir dir;
    const auto path = dir / "nested/dir/collection.db";
    auto collection = Must(Collection::Open(path));
    EXPECT_TRUE(collection.WasCreated());
    EXPECT_TRUE(std::filesystem::exists(path));
    EXPECT_EQ(Pragma(collection, "user_version"), CurrentSchemaVersion());
    EXPECT_EQ(Pragma(collection, "foreign_keys"), 1);
    EXPECT_EQ(Must(QueryInt(CollectionTestPeer::Connection(collection),
                            "SELECT journal_mode = 'wal' FROM pragma_journal_mode")),
              1);
    for (const char* table : {"decks", "questions", "cards", "revlog", "quiz_attempts", "config"}) {
        EXPECT_EQ(Must(QueryInt(CollectionTestPeer::Connection(collection),
                                std::string("SELECT count(*) FROM sqlite_schema WHERE type = "
                                            "'table' AND name = '") +
                                    table + "'")),
                  1)
            << table;
    }
    for (const char* index : {"cards_queue", "questions_deck", "revlog_card"}) {
        EXPECT_EQ(Must(QueryInt(CollectionTestPeer::Connection(collection),
                                std::string("SELECT count(*) FROM sqlite_schema WHERE type = "
                                            "'index' AND name = '") +
                                    index + "'")),
                  1)
            << index;
    }
}

TEST(OpenTest, ReopeningAnExistingCollectionIsNotACreation) {
    TempDir dir;
    const auto path = dir / "collection.db";
    {
        auto first = Must(Collection::Open(path));
        Must(first.ImportBank(SolarBank()));
    }
    auto second = Must(Collection::Open(path));
    EXPECT_FALSE(second.WasCreated());
    EXPECT_EQ(Must(second.ListQuestions()).size(), 3u);
}

TEST(OpenTest, InMemoryCollectionsAreFreshAndPrivate) {
    auto first = Must(Collection::OpenInMemory());
    EXPECT_TRUE(first.WasCreated());
    Must(first.ImportBank(SolarBank()));
    auto second = Must(Collection::OpenInMemory());
    EXPECT_TRUE(Must(second.ListDecks(0, 0)).empty());
}

TEST(OpenTest, DefaultPathFollowsXdgDataHome) {
    const char* saved_xdg = std::getenv("XDG_DATA_HOME");
    const std::string saved = saved_xdg != nullptr ? saved_xdg : "";
    const char* saved_home_env = std::getenv("HOME");
    const std::string saved_home = saved_home_env != nullptr ? saved_home_env : "";
    setenv("XDG_DATA_HOME", "/data/home", 1);
    EXPECT_EQ(DefaultCollectionPath(), "/data/home/summit/collection.db");
    setenv("XDG_DATA_HOME", "relative/ignored", 1);
    setenv("HOME", "/home/learner", 1);
    EXPECT_EQ(DefaultCollectionPath(), "/home/learner/.local/share/summit/collection.db");
    unsetenv("XDG_DATA_HOME");
    EXPECT_EQ(DefaultCollectionPath(), "/home/learner/.local/share/summit/collection.db");
    if (saved_xdg != nullptr) {
        setenv("XDG_DATA_HOME", saved.c_str(), 1);
    }
    if (saved_home_env != nullptr) {
        setenv("HOME", saved_home.c_str(), 1);
    }
}

// An existing empty file is a collection that lost its contents (a failed copy, a full disk):
// turning it into a fresh collection would hide that the reviews are gone.
TEST(OpenTest, AnExistingEmptyFileIsRefusedAndLeftAsItIs) {
    TempDir dir;
    const auto path = dir / "empty.db";
    WriteFile(path, "");
    auto opened = Collection::Open(path);
    ASSERT_FALSE(opened);
    EXPECT_EQ(opened.error().code, ErrorCode::kCorrupt);
    EXPECT_NE(opened.error().message.find("empty (zero bytes)"), std::string::npos);
    EXPECT_EQ(std::filesystem::file_size(path), 0u);
}

TEST(OpenTest, ADirectoryCannotBeOpenedAsACollection) {
    TempDir dir;
    auto opened = Collection::Open(dir.path());
    ASSERT_FALSE(opened);
    EXPECT_EQ(opened.error().code, ErrorCode::kIo);
    EXPECT_EQ(opened.error().file, dir.path().string());
}

TEST(OpenTest, NewerSchemaIsRefusedAndTheFileIsUntouched) {
    TempDir dir;
    const auto path = dir / "future.db";
    {
        auto collection = Must(Collection::Open(path));
        Must(collection.ImportBank(SolarBank()));
    }
    ExecOnFile(path, "PRAGMA user_version = " + std::to_string(CurrentSchemaVersion() + 1));
    const std::string before = ReadFile(path);

    auto opened = Collection::Open(path);
    ASSERT_FALSE(opened);
    EXPECT_EQ(opened.error().code, ErrorCode::kUnsupportedVersion);
    EXPECT_NE(opened.error().message.find("newer Summit"), std::string::npos);
    EXPECT_NE(opened.error().message.find(path.string()), std::string::npos);
    EXPECT_EQ(ReadFile(path), before);
    EXPECT_FALSE(std::filesystem::exists(path.string() + "-wal") &&
                 std::filesystem::file_size(path.string() + "-wal") > 0);
}

TEST(OpenTest, RandomBytesAreReportedAsCorrupt) {
    TempDir dir;
    const auto path = dir / "noise.db";
    std::mt19937 random(42);
    std::string noise(8192, '\0');
    for (char& byte : noise) {
        byte = static_cast<char>(random() & 0xff);
    }
    WriteFile(path, noise);

    auto opened = Collection::Open(path);
    ASSERT_FALSE(opened);
    EXPECT_EQ(opened.error().code, ErrorCode::kCorrupt);
    EXPECT_NE(opened.error().message.find("damaged or not a Summit collection"), std::string::npos);
    EXPECT_EQ(opened.error().file, path.string());
    EXPECT_EQ(ReadFile(path), noise);
}

TEST(OpenTest, TruncatedCollectionIsReportedAsCorrupt) {
    TempDir dir;
    const auto path = dir / "truncated.db";
    {
        auto collection = Must(Collection::Open(path));
        Must(collection.ImportBank(LargeBank("big", 400)));
    }
    const std::string whole = ReadFile(path);
    ASSERT_GT(whole.size(), 64u * 1024u);
    WriteFile(path, whole.substr(0, whole.size() / 2));

    auto opened = Collection::Open(path);
    ASSERT_FALSE(opened);
    EXPECT_EQ(opened.error().code, ErrorCode::kCorrupt);
    EXPECT_NE(opened.error().message.find("truncated"), std::string::npos);
}

// Damage inside the file (not at its end) passes the cheap checks on open; the queries that
// reach it must then report kCorrupt, never crash or return garbage silently.
TEST(OpenTest, DamagedPagesAreReportedAsCorruptWhenRead) {
    TempDir dir;
    const auto path = dir / "damaged.db";
    {
        auto collection = Must(Collection::Open(path));
        Must(collection.ImportBank(LargeBank("big", 400)));
    }
    std::string bytes = ReadFile(path);
    std::mt19937 random(7);
    for (size_t i = bytes.size() / 4; i < bytes.size() * 3 / 4; ++i) {
        bytes[i] = static_cast<char>(random() & 0xff);
    }
    WriteFile(path, bytes);

    auto opened = Collection::Open(path);
    if (!opened) {
        EXPECT_EQ(opened.error().code, ErrorCode::kCorrupt) << opened.error().ToString();
        return;
    }
    std::vector<Error> errors;
    if (auto rows = opened->ListQuestions(); !rows) {
        errors.push_back(rows.error());
    }
    if (auto bank = opened->ExportDeck(DeckNamed(*opened, "Large big")); !bank) {
        errors.push_back(bank.error());
    }
    if (auto cards = opened->LoadCards(CardQuery::All()); !cards) {
        errors.push_back(cards.error());
    }
    if (auto decks = opened->ListDecks(0, 0); !decks) {
        errors.push_back(decks.error());
    }
    ASSERT_FALSE(errors.empty());
    for (const Error& error : errors) {
        EXPECT_EQ(error.code, ErrorCode::kCorrupt) << error.ToString();
        EXPECT_EQ(error.file, path.string());
    }
}

TEST(OpenTest, AnotherProgramsDatabaseIsNotACollection) {
    TempDir dir;
    const auto path = dir / "other.db";
    ExecOnFile(path, "CREATE TABLE notes (body TEXT); INSERT INTO notes VALUES ('hi');");
    auto opened = Collection::Open(path);
    ASSERT_FALSE(opened);
    EXPECT_EQ(opened.error().code, ErrorCode::kCorrupt);
}

// Tests run as root, where file permissions are not enforced, so a chmod 0444 file would
// still be writable. OpenMode::kReadOnly opens with SQLITE_OPEN_READONLY, which makes SQLite
// itself refuse every write: the same SQLITE_READONLY path a read-only file or mount takes.
TEST(OpenTest, ReadOnlyModeReadsButEveryWriteFailsWithReadOnly) {
    TempDir dir;
    const auto path = dir / "collection.db";
    {
        auto collection = Must(Collection::Open(path));
        Must(collection.ImportBank(SolarBank()));
    }
    const std::string before = ReadFile(path);
    auto collection = Must(Collection::Open(path, {OpenMode::kReadOnly, 2000}));
    EXPECT_EQ(Must(collection.ListQuestions()).size(), 3u);

    auto imported = collection.ImportBank(LargeBank("more", 2));
    ASSERT_FALSE(imported);
    EXPECT_EQ(imported.error().code, ErrorCode::kReadOnly);
    EXPECT_NE(imported.error().message.find(path.string()), std::string::npos);
    auto set = collection.SetConfig("theme", "\"dark\"");
    ASSERT_FALSE(set);
    EXPECT_EQ(set.error().code, ErrorCode::kReadOnly);
    EXPECT_EQ(ReadFile(path), before);
}

TEST(OpenTest, ReadOnlyModeNeedsAnExistingFile) {
    TempDir dir;
    auto opened = Collection::Open(dir / "missing.db", {OpenMode::kReadOnly, 2000});
    ASSERT_FALSE(opened);
    EXPECT_EQ(opened.error().code, ErrorCode::kNotFound);
    EXPECT_FALSE(std::filesystem::exists(dir / "missing.db"));
}

// Holds the write lock on a collection file through a second, plain SQLite connection.
class ForeignLock {
  public:
    explicit ForeignLock(const std::filesystem::path& path) {
        EXPECT_EQ(sqlite3_open(path.c_str(), &db_), SQLITE_OK);
        EXPECT_EQ(sqlite3_exec(db_, "BEGIN EXCLUSIVE", nullptr, nullptr, nullptr), SQLITE_OK);
    }
    ~ForeignLock() {
        sqlite3_exec(db_, "ROLLBACK", nullptr, nullptr, nullptr);
        sqlite3_close(db_);
    }

  private:
    sqlite3* db_ = nullptr;
};

TEST(OpenTest, WritesToALockedCollectionFailWithBusyAndChangeNothing) {
    TempDir dir;
    const auto path = dir / "collection.db";
    auto collection = Must(Collection::Open(path, {OpenMode::kReadWrite, 50}));
    Must(collection.ImportBank(SolarBank()));
    {
        ForeignLock lock(path);
        auto imported = collection.ImportBank(LargeBank("more", 3));
        ASSERT_FALSE(imported);
        EXPECT_EQ(imported.error().code, ErrorCode::kBusy);
        EXPECT_NE(imported.error().message.find("in use by another Summit process"),
                  std::string::npos);
        EXPECT_NE(imported.error().message.find(path.string()), std::string::npos);
    }
    EXPECT_EQ(Must(collection.ListDecks(0, 0)).size(), 1u);
    EXPECT_EQ(Must(collection.ListQuestions()).size(), 3u);
    // The lock is gone, so the same import now goes through.
    EXPECT_EQ(Must(collection.ImportBank(LargeBank("more", 3))).added, 3);
}

TEST(OpenTest, MigratingALockedCollectionFailsWithBusyAndKeepsTheOldVersion) {
    TempDir dir;
    const auto path = dir / "v1.db";
    ExecOnFile(path, ReadFile(DataFile("v1.sql")));
    {
        ForeignLock lock(path);
        auto opened = Collection::Open(path, {OpenMode::kReadWrite, 50});
        ASSERT_FALSE(opened);
        EXPECT_EQ(opened.error().code, ErrorCode::kBusy);
    }
    sqlite3* db = nullptr;
    ASSERT_EQ(sqlite3_open(path.c_str(), &db), SQLITE_OK);
    sqlite3_stmt* stmt = nullptr;
    ASSERT_EQ(sqlite3_prepare_v2(db, "PRAGMA user_version", -1, &stmt, nullptr), SQLITE_OK);
    ASSERT_EQ(sqlite3_step(stmt), SQLITE_ROW);
    EXPECT_EQ(sqlite3_column_int(stmt, 0), 1);
    sqlite3_finalize(stmt);
    sqlite3_close(db);
}

}  // namespace
}  // namespace summit::storage::test
