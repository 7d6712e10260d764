// Review ids are answer times (schema 16): a review's id is the millisecond it was answered in,
// or the next one no review holds. The time is kept exactly, reads by time use the id range,
// and migrated logs are renumbered with their summaries.
#include <limits>

#include <sqlite3.h>

#include "storage/schema.h"
#include "storage/testing.h"
#include "test_support.h"

namespace summit::storage::test {
namespace {

class ReviewIdsTest : public CollectionTest {
  protected:
    void SetUp() override {
        Must(collection_.ImportBank(SolarBank()));
        cards_ = Must(collection_.LoadCards(CardQuery::All()));
    }

    ReviewId Review(size_t card, int64_t time_ms) {
        return Must(collection_.RecordReview(cards_[card].id, cards_[card].state,
                                             {time_ms, Rating::kGood, "", true, 1'000}));
    }

    std::vector<StudyCard> cards_;
};

TEST_F(ReviewIdsTest, AReviewsIdIsItsTimeOrTheNextFreeMillisecond) {
    EXPECT_EQ(Review(0, 5'000).value, 5'000);
    EXPECT_EQ(Review(1, 5'000).value, 5'001);
    EXPECT_EQ(Review(2, 5'001).value, 5'002);
    EXPECT_EQ(Review(3, 4'000).value, 4'000);  // answered earlier: its own millisecond
    EXPECT_EQ(Review(0, 5'000).value, 5'003);

    const auto log = Must(collection_.ReadReviewLog());
    ASSERT_EQ(log.size(), 5u);
    std::vector<int64_t> times;
    for (const ReviewRow& row : log) {
        times.push_back(row.time_ms);
    }
    EXPECT_EQ(times, (std::vector<int64_t>{4'000, 5'000, 5'000, 5'000, 5'001}));
}

TEST_F(ReviewIdsTest, ABulkAppendInOneMillisecondTakesConsecutiveIds) {
    Review(0, 9'000);
    std::vector<ReviewAppend> appends;
    for (int i = 0; i < 2'000; ++i) {
        const StudyCard& card = cards_[static_cast<size_t>(i) % cards_.size()];
        appends.push_back(
            {card.id, card.state, {8'000 + (i < 1'500 ? 0 : 1'000), Rating::kGood, "", true, 10}});
    }
    EXPECT_EQ(Must(collection_.AppendReviews(appends)), 2'000);

    auto& db = CollectionTestPeer::Connection(collection_);
    // 1,500 at 8,000 take 8,000..9,499 except 9,000, which the first review holds; the 500 at
    // 9,000 follow from 9,501.
    EXPECT_EQ(Must(QueryInt(db, "SELECT max(id) FROM revlog WHERE time_ms = 8000")), 9'500);
    EXPECT_EQ(Must(QueryInt(db,
                            "SELECT min(id) FROM revlog WHERE time_ms = 9000 AND "
                            "id_offset_ms > 0")),
              9'501);
    EXPECT_EQ(Must(QueryInt(db, "SELECT max(id) FROM revlog")), 10'000);
    EXPECT_EQ(Must(QueryInt(db, "SELECT count(*) FROM revlog WHERE id < time_ms")), 0);
}

// Counting by time reads the id range from the period's start: a review moved past the start
// by its id is not counted, one answered inside the period is, however far its id moved.
TEST_F(ReviewIdsTest, CountsByTimeFollowTheTimeNotTheId) {
    Review(0, 999);
    Review(1, 999);    // id 1,000
    Review(2, 999);    // id 1,001
    Review(3, 1'000);  // id 1,002
    const ReviewCounts counts = Must(collection_.CountReviewsSince(std::nullopt, 1'000, 2'000));
    EXPECT_EQ(counts.by_phase_before[0], 1);
    const ReviewCounts earlier = Must(collection_.CountReviewsSince(std::nullopt, 0, 999));
    EXPECT_EQ(earlier.by_phase_before[0], 3);
}

// The last millisecond SQLite can hold is given once; a second answer there is refused, not
// wrapped around.
TEST_F(ReviewIdsTest, TheLastMillisecondIsGivenOnce) {
    constexpr int64_t kLast = std::numeric_limits<int64_t>::max();
    EXPECT_EQ(Review(0, kLast).value, kLast);
    auto second = collection_.RecordReview(cards_[1].id, cards_[1].state,
                                           {kLast, Rating::kGood, "", true, 1'000});
    ASSERT_FALSE(second.has_value());
    EXPECT_EQ(second.error().code, ErrorCode::kInvalidArgument);
    EXPECT_EQ(Must(collection_.Counts()).reviews, 1);
}

TEST_F(ReviewIdsTest, UndoTakesBackTheLatestAnswerAndFreesItsMillisecond) {
    Review(0, 7'000);
    Review(1, 7'000);
    const UndoneReview undone = Must(collection_.UndoLastReview());
    EXPECT_EQ(undone.review_id.value, 7'001);
    EXPECT_EQ(undone.card_id, cards_[1].id);
    EXPECT_EQ(Review(2, 7'000).value, 7'001);
}

// The saved version 15 file: its review ids become their answer times, and the summaries that
// name reviews are renumbered with them.
TEST(ReviewIdsMigrationTest, FromV15IdsBecomeTimesAndTheSummariesFollow) {
    TempDir dir;
    const auto path = dir / "v15.db";
    ExecOnFile(path, ReadFile(DataFile("v15.sql")));
    auto collection = Must(Collection::Open(path));
    auto& db = CollectionTestPeer::Connection(collection);
    EXPECT_EQ(Must(QueryInt(db, "PRAGMA user_version")), CurrentSchemaVersion());
    EXPECT_GT(Must(QueryInt(db, "SELECT count(*) FROM revlog")), 0);
    EXPECT_EQ(Must(QueryInt(db, "SELECT count(*) FROM revlog WHERE id <> time_ms")), 0);
    EXPECT_EQ(Must(QueryInt(db,
                            "SELECT count(*) FROM review_last_in_review WHERE review_id "
                            "NOT IN (SELECT id FROM revlog)")),
              0);
    EXPECT_EQ(Must(QueryInt(db,
                            "SELECT count(*) FROM review_same_day WHERE review_id "
                            "NOT IN (SELECT id FROM revlog)")),
              0);
    EXPECT_EQ(Must(QueryInt(db, "SELECT count(*) FROM sqlite_schema WHERE name = 'revlog_time'")),
              0);
}

// Rebuilding the log frees the old table's pages; the upgrade gives them back to the file
// system instead of leaving the file a third larger than a new one.
TEST(ReviewIdsMigrationTest, TheUpgradeLeavesNoFreedPagesInTheFile) {
    TempDir dir;
    const auto path = dir / "v15.db";
    ExecOnFile(path, ReadFile(DataFile("v15.sql")) + R"sql(
        WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM n WHERE x < 20000)
        INSERT INTO revlog (card_id, time_ms, rating, correct, answer, phase_before,
                            phase_after, scheduled_days_before)
            SELECT 3, 1718000000000 + x * 60000, 3, 1, 'an answer of some length', 2, 2, 10
            FROM n;)sql");
    auto collection = Must(Collection::Open(path));
    auto& db = CollectionTestPeer::Connection(collection);
    EXPECT_EQ(Must(QueryInt(db, "SELECT count(*) FROM revlog")), 20'003);
    EXPECT_LT(Must(QueryInt(db, "PRAGMA freelist_count")) * 20,
              Must(QueryInt(db, "PRAGMA page_count")));
}

}  // namespace
}  // namespace summit::storage::test
