// Durability settings and error wording: synchronous is FULL, a full disk says so, and SQL
// text never reaches a message.
#include <gtest/gtest.h>

#include "storage/sqlite_db.h"
#include "storage/testing.h"
#include "test_support.h"

namespace summit::storage {
namespace {

using test::Must;

TEST(SafetyPragmasTest, AFileCollectionSyncsEveryCommit) {
    test::TempDir dir;
    Collection collection = Must(Collection::Open(dir / "c.db"));
    Db& db = CollectionTestPeer::Connection(collection);
    EXPECT_EQ(Must(QueryInt(db, "PRAGMA synchronous")), 2) << "2 is FULL";
}

TEST(SafetyPragmasTest, AFullDiskIsCalledAFullDisk) {
    Db db;
    db.path = "/somewhere/c.db";
    const Error error = SqliteError(db, SQLITE_FULL, "saving a review");
    EXPECT_EQ(error.code, ErrorCode::kFull);
    EXPECT_EQ(error.message.rfind("the disk is full", 0), 0u) << error.message;
}

TEST(SafetyPragmasTest, FailedStatementsDoNotQuoteTheirSql) {
    Collection collection = Must(Collection::OpenInMemory());
    Db& db = CollectionTestPeer::Connection(collection);
    auto failed = Exec(db, "INSERT INTO no_such_table VALUES (1)");
    ASSERT_FALSE(failed);
    EXPECT_EQ(failed.error().message.find("INSERT"), std::string::npos) << failed.error().message;
    auto nothing = QueryInt(db, "SELECT 1 WHERE 0");
    ASSERT_FALSE(nothing);
    EXPECT_EQ(nothing.error().message.find("SELECT"), std::string::npos);
}

}  // namespace
}  // namespace summit::storage
