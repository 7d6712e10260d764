// Check Collection: each rule finds the damage written behind Summit's back, and --repair fixes
// only what needs no guess.
#include <gtest/gtest.h>

#include "test_support.h"

namespace summit::storage {
namespace {

using test::Must;

const CheckFinding& Finding(const CheckReport& report, const std::string& what) {
    for (const CheckFinding& finding : report.findings) {
        if (finding.what.starts_with(what)) {
            return finding;
        }
    }
    throw std::runtime_error("no check named " + what);
}

class CheckCollectionTest : public ::testing::Test {
  protected:
    void SetUp() override {
        Collection collection = Must(Collection::Open(path_));
        Must(collection.ImportBank(test::SolarBank()));
    }

    test::TempDir dir_;
    std::filesystem::path path_ = dir_ / "c.db";
};

TEST_F(CheckCollectionTest, AHealthyCollectionIsClean) {
    Collection collection = Must(Collection::Open(path_));
    const CheckReport report = Must(collection.CheckCollection(false));
    EXPECT_TRUE(report.Clean());
    for (const CheckFinding& finding : report.findings) {
        EXPECT_EQ(finding.count, 0) << finding.what;
    }
}

TEST_F(CheckCollectionTest, ImpossibleValuesAreFoundAndRepaired) {
    test::ExecOnFile(path_,
                     "UPDATE cards SET scheduled_days = -3, due_ms = -5, stability = -1, "
                     "difficulty = 42, step = -2 WHERE id = (SELECT min(id) FROM cards)");
    Collection collection = Must(Collection::Open(path_));
    const CheckReport found = Must(collection.CheckCollection(false));
    EXPECT_FALSE(found.Clean());
    for (const char* what : {"negative intervals", "negative learning steps",
                             "due dates before 1970", "stability", "difficulty"}) {
        EXPECT_EQ(Finding(found, what).count, 1) << what;
        EXPECT_FALSE(Finding(found, what).repaired) << what;
    }

    const CheckReport repaired = Must(collection.CheckCollection(true));
    EXPECT_TRUE(repaired.Clean());
    EXPECT_TRUE(Finding(repaired, "difficulty").repaired);
    const CheckReport after = Must(collection.CheckCollection(false));
    EXPECT_EQ(Finding(after, "difficulty").count, 0);
    EXPECT_EQ(Finding(after, "negative intervals").count, 0);
    EXPECT_EQ(Finding(after, "negative learning steps").count, 0);
}

// Reviews of a card that is gone are a deleted question's history, which the append-only log
// keeps (schema v14): not damage. A card without its question is, and repair removes it.
TEST_F(CheckCollectionTest, OrphanedCardsAreRemovedByRepairAndReviewsOfGoneCardsStay) {
    test::ExecOnFile(path_,
                     "INSERT INTO revlog (card_id, id, rating, correct, phase_before, "
                     "phase_after) VALUES (9999, 1, 3, 1, 0, 1);"
                     "PRAGMA foreign_keys = OFF;"
                     "DELETE FROM questions WHERE id = (SELECT max(question_id) FROM cards)");
    Collection collection = Must(Collection::Open(path_));
    const CheckReport found = Must(collection.CheckCollection(false));
    EXPECT_THROW(Finding(found, "reviews of cards"), std::runtime_error);
    EXPECT_EQ(Finding(found, "cards of questions").count, 1);
    EXPECT_GE(Finding(found, "rows that refer").count, 1);
    EXPECT_FALSE(found.Clean());

    const CheckReport repaired = Must(collection.CheckCollection(true));
    EXPECT_TRUE(repaired.Clean());
    EXPECT_TRUE(Finding(repaired, "rows that refer").repaired);
    EXPECT_EQ(Must(collection.Counts()).reviews, 1);
    EXPECT_EQ(Must(collection.Counts()).cards, 3);
}

TEST_F(CheckCollectionTest, ACardWhosePhaseDisagreesWithItsLastReviewIsOnlyReported) {
    test::ExecOnFile(path_,
                     "INSERT INTO revlog (card_id, id, rating, correct, phase_before, "
                     "phase_after) VALUES ((SELECT min(id) FROM cards), 1, 3, 1, 0, 2)");
    Collection collection = Must(Collection::Open(path_));
    const CheckReport repaired = Must(collection.CheckCollection(true));
    EXPECT_EQ(Finding(repaired, "cards whose phase").count, 1);
    EXPECT_FALSE(Finding(repaired, "cards whose phase").repairable);
    EXPECT_FALSE(repaired.Clean());
}

// Deleted rows leave free pages inside the file; Compact gives them back and keeps every row.
// A read-only collection is never rewritten.
TEST_F(CheckCollectionTest, CompactReturnsFreePagesAndLeavesReadOnlyFilesAlone) {
    test::ExecOnFile(
        path_,
        "WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM n WHERE x < 300) "
        "INSERT INTO config (key, value) SELECT 'padding' || x, "
        "json_quote(hex(randomblob(2000))) FROM n;"
        "DELETE FROM config WHERE key LIKE 'padding%'");
    Collection collection = Must(Collection::Open(path_));
    const FileSpace before = Must(collection.Space());
    EXPECT_GT(before.free_bytes, 500'000);

    OpenOptions read_only;
    read_only.mode = OpenMode::kReadOnly;
    Collection reader = Must(Collection::Open(path_, read_only));
    EXPECT_EQ(reader.Compact().error().code, ErrorCode::kReadOnly);

    const int64_t questions = Must(collection.Counts()).questions;
    Must(collection.Compact());
    const FileSpace after = Must(collection.Space());
    EXPECT_EQ(after.free_bytes, 0);
    EXPECT_LE(after.file_bytes + before.free_bytes, before.file_bytes);
    EXPECT_EQ(Must(collection.Counts()).questions, questions);
}

}  // namespace
}  // namespace summit::storage
