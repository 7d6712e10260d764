// Schema version 9's summaries of the review log: the triggers keep them equal to what the
// migration computes from the log itself, through reviews, undo, bulk deletion and its undo;
// every older saved collection gets them on its first open; reads use the primary keys.
#include <random>
#include <string>
#include <vector>

#include <sqlite3.h>

#include "storage/schema.h"
#include "storage/testing.h"
#include "test_support.h"

namespace summit::storage::test {
namespace {

constexpr int64_t kDayMs = 86'400'000;
constexpr int64_t kNow = 20'786 * kDayMs + 15 * 3'600'000;

// Every row of `sql`'s result, columns joined by "|", rows by newlines.
std::string Rows(Collection& collection, const std::string& sql) {
    sqlite3_stmt* stmt = nullptr;
    EXPECT_EQ(
        sqlite3_prepare_v2(CollectionTestPeer::Handle(collection), sql.c_str(), -1, &stmt, nullptr),
        SQLITE_OK)
        << sql;
    std::string rows;
    while (sqlite3_step(stmt) == SQLITE_ROW) {
        for (int i = 0; i < sqlite3_column_count(stmt); ++i) {
            const unsigned char* text = sqlite3_column_text(stmt, i);
            rows += std::string(i == 0 ? "" : "|") +
                    (text ? reinterpret_cast<const char*>(text) : "NULL");
        }
        rows += "\n";
    }
    sqlite3_finalize(stmt);
    return rows;
}

constexpr const char* kQuarters = "SELECT * FROM review_quarters WHERE answers > 0 ORDER BY 1";
constexpr const char* kTotals = "SELECT * FROM review_card_totals WHERE answers > 0 ORDER BY 1";
// Same-day candidates the migration finds that the triggers did not (must be none).
constexpr const char* kSameDay = "SELECT * FROM review_same_day ORDER BY 1";
constexpr const char* kLastInReview = "SELECT * FROM review_last_in_review ORDER BY 1";

CardState RandomState(std::mt19937_64& rng, int64_t time_ms) {
    CardState state;
    state.phase = static_cast<CardPhase>(rng() % 4);
    state.scheduled_days = static_cast<int>(rng() % 40);
    state.stability = 1 + static_cast<double>(rng() % 100);
    state.difficulty = 5;
    state.last_review_ms = time_ms;
    state.due_ms = time_ms + state.scheduled_days * kDayMs;
    return state;
}

ReviewRecord RandomRecord(std::mt19937_64& rng, int64_t time_ms) {
    ReviewRecord record;
    record.time_ms = time_ms;
    record.rating = static_cast<Rating>(1 + rng() % 4);
    record.correct = record.rating != Rating::kAgain;
    record.duration_ms = static_cast<int64_t>(rng() % 20'000);
    return record;
}

// Random answers to `cards` over most of a year, oldest first, as imports append them.
void AppendRandomLog(Collection& collection, const std::vector<CardId>& cards,
                     std::mt19937_64& rng) {
    std::vector<ReviewAppend> log;
    for (int64_t time = kNow - 300 * kDayMs; time < kNow - kDayMs;
         time += static_cast<int64_t>(rng() % (6 * 3'600'000))) {
        log.push_back(
            {cards[rng() % cards.size()], RandomState(rng, time), RandomRecord(rng, time)});
    }
    Must(collection.AppendReviews(log));
}

std::vector<CardId> AllCards(Collection& collection) {
    std::vector<CardId> cards;
    for (const StudyCard& card : Must(collection.LoadCards(CardQuery::All()))) {
        cards.push_back(card.id);
    }
    return cards;
}

// Back to version 8 (without version 9's summaries, version 10's deferral table, version 11's
// card index, version 12's summaries' deferral table, version 13's topic index and version 15's
// type index; version 14's edit of the log's table finds nothing left to edit): opening the file
// again migrates, and the migration computes the summaries from the log.
void BackToVersion8(const std::filesystem::path& path) {
    ExecOnFile(path, R"sql(
        DROP TRIGGER review_summaries_insert; DROP TRIGGER review_summaries_delete;
        DROP TABLE review_quarters; DROP TABLE review_card_totals;
        DROP TABLE review_same_day; DROP TABLE review_last_in_review;
        DROP TABLE search_text_deferred; DROP INDEX revlog_card;
        DROP TABLE review_summaries_deferred; DROP INDEX questions_topic;
        DROP INDEX questions_type;
        PRAGMA user_version = 8;)sql");
}

// Every summary row, rows counted down to zero included.
std::string EverySummaryRow(Collection& collection) {
    return Rows(collection, "SELECT * FROM review_quarters ORDER BY 1") + "--\n" +
           Rows(collection, "SELECT * FROM review_card_totals ORDER BY 1") + "--\n" +
           Rows(collection, kSameDay) + "--\n" + Rows(collection, kLastInReview);
}

// The summary rows the readers use: what the migration computes from the log.
std::string LiveSummaryRows(Collection& collection) {
    return Rows(collection, kQuarters) + "--\n" + Rows(collection, kTotals) + "--\n" +
           Rows(collection, kSameDay) + "--\n" + Rows(collection, kLastInReview);
}

int64_t Deferrals(Collection& collection) {
    return Must(QueryInt(CollectionTestPeer::Connection(collection),
                         "SELECT (SELECT count(*) FROM review_summaries_deferred) + "
                         "(SELECT count(*) FROM search_text_deferred)"));
}

TEST(ReviewSummariesTest, TriggersKeepWhatTheMigrationComputes) {
    TempDir dir;
    const auto path = dir / "collection.db";
    std::string quarters, totals, same_day;
    {
        Collection collection = Must(Collection::Open(path));
        Must(collection.ImportBank(LargeBank("big", 30)));
        const std::vector<CardId> cards = AllCards(collection);
        std::mt19937_64 rng(7);
        AppendRandomLog(collection, cards, rng);
        for (int i = 0; i < 20; ++i) {
            const int64_t time = kNow - 3'600'000 + i * 60'000;
            Must(collection.RecordReview(cards[static_cast<size_t>(i % 4)], RandomState(rng, time),
                                         RandomRecord(rng, time)));
            if (i % 5 == 4) {
                Must(collection.UndoLastReview());
            }
        }
        BulkAction remove;
        remove.kind = BulkKind::kDelete;
        Must(collection.ApplyBulk(remove, std::vector<CardId>{cards[1], cards[5]}));
        Must(collection.ApplyBulk(remove, std::vector<CardId>{cards[2]}));
        Must(collection.UndoBulk());
        quarters = Rows(collection, kQuarters);
        totals = Rows(collection, kTotals);
        same_day = Rows(collection, kSameDay);
        ASSERT_NE(quarters, "");
        ASSERT_NE(same_day, "") << "the log should hold same-day repeats";
        EXPECT_EQ(Must(QueryInt(CollectionTestPeer::Connection(collection),
                                "SELECT sum(answers) FROM review_quarters")),
                  Must(QueryInt(CollectionTestPeer::Connection(collection),
                                "SELECT count(*) FROM revlog")));
    }
    BackToVersion8(path);
    Collection migrated = Must(Collection::Open(path));
    EXPECT_EQ(Rows(migrated, kQuarters), quarters);
    EXPECT_EQ(Rows(migrated, kTotals), totals);
    // The triggers may keep a candidate whose partner was undone (the reader sorts them out);
    // they never miss one the log holds.
    const std::string recomputed = Rows(migrated, kSameDay);
    std::string missed;
    size_t start = 0;
    while (start < recomputed.size()) {
        const size_t end = recomputed.find('\n', start);
        const std::string row = recomputed.substr(start, end - start + 1);
        if (same_day.find(row) == std::string::npos) {
            missed += row;
        }
        start = end + 1;
    }
    EXPECT_EQ(missed, "");
}

// A bulk delete keeps the deleted cards' reviews in the append-only log (schema v14), so the
// summaries of the log stay exactly as they were, zero rows included, through the deletion and
// its undo, and they still equal what the migration computes from the log.
TEST(ReviewSummariesTest, ABulkDeleteLeavesTheLogAndItsSummariesAsTheyWere) {
    TempDir dir;
    const auto path = dir / "collection.db";
    std::string after_delete;
    {
        Collection collection = Must(Collection::Open(path));
        Must(collection.ImportBank(LargeBank("big", 40)));
        const std::vector<CardId> cards = AllCards(collection);
        std::mt19937_64 rng(11);
        AppendRandomLog(collection, cards, rng);
        std::vector<CardId> doomed;
        for (size_t i = 0; i < cards.size(); i += 3) {
            doomed.push_back(cards[i]);
        }
        const std::string before = EverySummaryRow(collection);
        const int64_t reviews = Must(collection.Counts()).reviews;
        ASSERT_NE(Rows(collection, kSameDay), "") << "the log should hold same-day repeats";

        Must(collection.ApplyBulk({BulkKind::kDelete, {}, "", 0}, doomed));
        EXPECT_EQ(Deferrals(collection), 0);
        EXPECT_EQ(Must(collection.Counts()).reviews, reviews);
        EXPECT_EQ(EverySummaryRow(collection), before);

        Must(collection.UndoBulk());
        EXPECT_EQ(Deferrals(collection), 0);
        EXPECT_EQ(EverySummaryRow(collection), before);

        Must(collection.ApplyBulk({BulkKind::kDelete, {}, "", 0}, doomed));
        after_delete = LiveSummaryRows(collection);
    }
    BackToVersion8(path);
    Collection migrated = Must(Collection::Open(path));
    EXPECT_EQ(LiveSummaryRows(migrated), after_delete);
}

// Deleting a deck keeps its questions' reviews in the log as a bulk delete does: the summaries
// are left as they were and equal what the migration computes from the log.
TEST(ReviewSummariesTest, ADeletedDeckLeavesTheLogAndItsSummaries) {
    TempDir dir;
    const auto path = dir / "collection.db";
    std::string after_delete;
    {
        Collection collection = Must(Collection::Open(path));
        Must(collection.ImportBank(LargeBank("kept", 20)));
        const DeckId doomed = Must(collection.ImportBank(LargeBank("doomed", 20))).deck_id;
        std::mt19937_64 rng(12);
        AppendRandomLog(collection, AllCards(collection), rng);
        const std::string before = EverySummaryRow(collection);
        const DeckDeletion deleted = Must(collection.DeleteDeck(doomed));
        EXPECT_EQ(deleted.questions, 20);
        EXPECT_GT(deleted.reviews, 0);
        EXPECT_EQ(Deferrals(collection), 0);
        after_delete = LiveSummaryRows(collection);
        EXPECT_EQ(EverySummaryRow(collection), before);
        EXPECT_EQ(Must(QueryInt(CollectionTestPeer::Connection(collection),
                                "SELECT count(DISTINCT card_id) FROM revlog "
                                "WHERE card_id NOT IN (SELECT id FROM cards)")),
                  20)
            << "every deleted card's answers stay in the log";
    }
    BackToVersion8(path);
    Collection migrated = Must(Collection::Open(path));
    EXPECT_EQ(LiveSummaryRows(migrated), after_delete);
}

TEST(ReviewSummariesTest, EveryOlderVersionGetsSummariesOfItsLog) {
    for (int version = 1; version < CurrentSchemaVersion(); ++version) {
        TempDir dir;
        const auto path = dir / "old.db";
        ExecOnFile(path, ReadFile(DataFile("v" + std::to_string(version) + ".sql")));
        Collection collection = Must(Collection::Open(path));
        Db& db = CollectionTestPeer::Connection(collection);
        const int64_t reviews = Must(QueryInt(db, "SELECT count(*) FROM revlog"));
        EXPECT_GT(reviews, 0) << "version " << version;
        EXPECT_EQ(Must(QueryInt(db, "SELECT sum(answers) FROM review_quarters")), reviews)
            << "version " << version;
        EXPECT_EQ(Must(QueryInt(db, "SELECT sum(answers) FROM review_card_totals")), reviews)
            << "version " << version;
        int64_t summed = 0;
        for (const CardAnswerTotals& card : Must(collection.ReadCardAnswerTotals())) {
            summed += card.correct;
        }
        EXPECT_EQ(summed, Must(QueryInt(db, "SELECT sum(correct) FROM revlog")));
    }
}

TEST(ReviewSummariesTest, ReadsSearchThePrimaryKeys) {
    Collection collection = Must(Collection::OpenInMemory());
    const std::string plan = Rows(collection,
                                  "EXPLAIN QUERY PLAN SELECT * FROM review_quarters "
                                  "WHERE quarter >= 1 AND quarter < 9 AND answers > 0");
    EXPECT_NE(plan.find("USING INTEGER PRIMARY KEY"), std::string::npos) << plan;
}

}  // namespace
}  // namespace summit::storage::test
