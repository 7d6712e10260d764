// Schema version 7's review log: the migration from JSON snapshots to typed columns keeps every
// card state bit for bit (undo walks back through exactly the states the old log held), reports
// its progress, refuses damaged snapshots without touching the file, and every query on the
// log reads through the one index it keeps or the rowid, never a full scan.
#include <functional>
#include <map>
#include <random>
#include <set>
#include <vector>

#include <sqlite3.h>

#include "storage/codec/json_codec.h"
#include "storage/schema.h"
#include "storage/testing.h"
#include "test_support.h"

namespace summit::storage::test {
namespace {

constexpr int64_t kDayMs = 86'400'000;

// A card state with full-precision doubles. Every third state's due time follows its interval
// (the column then stores nothing); the rest are learning-step times the log must keep.
CardSnapshot RandomSnapshot(std::mt19937_64& rng, int64_t time_ms) {
    std::uniform_real_distribution<double> real(0.01, 400.0);
    std::uniform_int_distribution<int> small(0, 40);
    CardSnapshot snapshot;
    CardState& state = snapshot.state;
    state.phase = static_cast<CardPhase>(small(rng) % 4);
    state.stability = real(rng);
    state.difficulty = real(rng) / 40.0;
    state.ease = small(rng) % 2 == 0 ? 0.0 : 1.3 + real(rng) / 100.0;
    state.step = small(rng) % 3;
    state.last_review_ms = time_ms - small(rng) * kDayMs - small(rng);
    state.scheduled_days = small(rng);
    state.due_ms = small(rng) % 3 == 0 ? state.last_review_ms + state.scheduled_days * kDayMs
                                       : state.last_review_ms + small(rng) * 60'000 + 7;
    state.reps = small(rng);
    state.lapses = small(rng) % 5;
    snapshot.suspended = small(rng) % 7 == 0;
    snapshot.buried_until_ms = small(rng) % 5 == 0 ? time_ms + kDayMs : 0;
    return snapshot;
}

std::string Sql(const CardSnapshot& snapshot) {
    const CardState& s = snapshot.state;
    char text[512];
    std::snprintf(text, sizeof text,
                  "phase = %d, stability = %.17g, difficulty = %.17g, ease = %.17g, step = %d, "
                  "due_ms = %lld, last_review_ms = %lld, scheduled_days = %d, reps = %d, "
                  "lapses = %d, suspended = %d, buried_until_ms = %lld",
                  static_cast<int>(s.phase), s.stability, s.difficulty, s.ease, s.step,
                  static_cast<long long>(s.due_ms), static_cast<long long>(s.last_review_ms),
                  s.scheduled_days, s.reps, s.lapses, snapshot.suspended ? 1 : 0,
                  static_cast<long long>(snapshot.buried_until_ms));
    return text;
}

// The v6 dump plus a history for cards 1, 2 and 4: each review's snapshot is the state the
// one before it left, and each card holds the state its last review left.
std::string ExtraHistorySql(int reviews_per_card) {
    std::mt19937_64 rng(7);
    std::string sql;
    int64_t time_ms = 1'719'000'000'000;
    std::map<int, std::vector<CardSnapshot>> chains;
    for (int card : {1, 2, 4}) {
        for (int i = 0; i <= reviews_per_card; ++i) {
            chains[card].push_back(RandomSnapshot(rng, time_ms + i * kDayMs));
        }
    }
    for (int i = 0; i < reviews_per_card; ++i) {
        for (int card : {1, 2, 4}) {
            const CardSnapshot& before = chains[card][i];
            const CardSnapshot& after = chains[card][i + 1];
            time_ms += 3'600'000;
            sql +=
                "INSERT INTO revlog (card_id, time_ms, rating, answer, correct, duration_ms, "
                "phase_before, phase_after, state_before, scheduled_days_before, deck_id) "
                "VALUES (" +
                std::to_string(card) + ", " + std::to_string(time_ms) + ", " +
                std::to_string(1 + i % 4) + ", 'answer " + std::to_string(i) + "', " +
                std::to_string(i % 4 == 0 ? 0 : 1) + ", " + std::to_string(1000 + i) + ", " +
                std::to_string(static_cast<int>(before.state.phase)) + ", " +
                std::to_string(static_cast<int>(after.state.phase)) + ", '" +
                EncodeCardSnapshot(before) + "', " + std::to_string(before.state.scheduled_days) +
                ", 1);\n";
        }
    }
    for (int card : {1, 2, 4}) {
        sql += "UPDATE cards SET " + Sql(chains[card].back()) +
               " WHERE id = " + std::to_string(card) + ";\n";
    }
    return sql;
}

// Every review's stored snapshot, by answer time (each review's own millisecond here, and so
// its id since schema 16), read from a version 6 file.
std::map<int64_t, CardSnapshot> SnapshotsOfV6(const std::filesystem::path& path) {
    sqlite3* db = nullptr;
    EXPECT_EQ(sqlite3_open(path.c_str(), &db), SQLITE_OK);
    sqlite3_stmt* stmt = nullptr;
    EXPECT_EQ(
        sqlite3_prepare_v2(db, "SELECT time_ms, state_before FROM revlog", -1, &stmt, nullptr),
        SQLITE_OK);
    std::map<int64_t, CardSnapshot> snapshots;
    while (sqlite3_step(stmt) == SQLITE_ROW) {
        const char* text = reinterpret_cast<const char*>(sqlite3_column_text(stmt, 1));
        snapshots[sqlite3_column_int64(stmt, 0)] = Must(DecodeCardSnapshot(text));
    }
    sqlite3_finalize(stmt);
    sqlite3_close(db);
    return snapshots;
}

TEST(ReviewLogV7Test, TheMigratedLogUndoesBackThroughExactlyTheStoredStates) {
    TempDir dir;
    const auto path = dir / "v6.db";
    ExecOnFile(path, ReadFile(DataFile("v6.sql")) + ExtraHistorySql(40));
    const std::map<int64_t, CardSnapshot> expected = SnapshotsOfV6(path);
    ASSERT_EQ(expected.size(), 3u + 3u * 40u);

    std::vector<std::pair<int64_t, int64_t>> progress;
    OpenOptions options;
    options.migration_progress = [&](int64_t done, int64_t total) {
        progress.emplace_back(done, total);
    };
    auto collection = Must(Collection::Open(path, options));
    EXPECT_EQ(Must(QueryInt(CollectionTestPeer::Connection(collection), "PRAGMA user_version")),
              CurrentSchemaVersion());
    ASSERT_FALSE(progress.empty());
    EXPECT_EQ(progress.back().first, 123);
    EXPECT_EQ(progress.back().second, 123);

    // The rows the log reads keep their values, answers and seeds.
    const auto log = Must(collection.ReadReviewLog());
    ASSERT_EQ(log.size(), expected.size());
    EXPECT_EQ(log[2].shuffle_seed, std::optional<int64_t>(4'000'000'000));
    for (const ReviewRow& row : log) {
        EXPECT_EQ(row.id.value, row.time_ms);
        const CardSnapshot& before = expected.at(row.time_ms);
        EXPECT_EQ(row.phase_before, before.state.phase) << row.id.value;
        EXPECT_EQ(row.scheduled_days_before, before.state.scheduled_days) << row.id.value;
    }
    EXPECT_EQ(Must(QueryInt(CollectionTestPeer::Connection(collection),
                            "SELECT count(*) FROM revlog WHERE answer LIKE 'answer %'")),
              120);

    // Undo, newest first, restores each review's snapshot: every double bit for bit.
    for (auto it = expected.rbegin(); it != expected.rend(); ++it) {
        const UndoneReview undone = Must(collection.UndoLastReview());
        ASSERT_EQ(undone.review_id.value, it->first);
        const StudyCard card = Must(collection.GetCard(undone.card_id));
        EXPECT_EQ(card.state, it->second.state) << "review " << it->first;
        EXPECT_EQ(card.suspended, it->second.suspended) << "review " << it->first;
        EXPECT_EQ(card.buried_until_ms, it->second.buried_until_ms) << "review " << it->first;
    }
    EXPECT_EQ(Must(collection.Counts()).reviews, 0);
    // The v6 dump's image is kept.
    EXPECT_TRUE(Must(
        collection.GetMedia("4624836652c450f26fc11e7e372a59af7963ea7613e59ce92186c60c22301c97")));
}

// Reviews recorded by this version undo exactly too, whether the due time follows the
// interval (stored as NULL) or not.
TEST(ReviewLogV7Test, NewReviewsUndoToTheirExactSnapshots) {
    auto collection = Must(Collection::OpenInMemory());
    Must(collection.ImportBank(SolarBank()));
    const auto cards = Must(collection.LoadCards(CardQuery::All()));
    std::mt19937_64 rng(11);
    std::vector<std::pair<CardId, CardState>> states;
    for (int i = 0; i < 60; ++i) {
        const StudyCard& card = cards[static_cast<size_t>(i) % cards.size()];
        const CardState before = Must(collection.GetCard(card.id)).state;
        states.emplace_back(card.id, before);
        const CardSnapshot next = RandomSnapshot(rng, 1'720'000'000'000 + i);
        Must(collection.RecordReview(card.id, next.state,
                                     {1'720'000'000'000 + i, Rating::kGood, "", true, 5}));
    }
    EXPECT_GT(Must(QueryInt(CollectionTestPeer::Connection(collection),
                            "SELECT count(*) FROM revlog WHERE due_before_ms IS NULL")),
              0);
    for (auto it = states.rbegin(); it != states.rend(); ++it) {
        const UndoneReview undone = Must(collection.UndoLastReview());
        EXPECT_EQ(undone.card_id, it->first);
        EXPECT_EQ(undone.restored, it->second);
    }
}

TEST(ReviewLogV7Test, ADamagedSnapshotStopsTheMigrationAndLeavesVersion6) {
    TempDir dir;
    const auto path = dir / "v6.db";
    const std::string snapshot = R"({"phase":0,"stability":0.)" + std::string(350, '0') + "1}";
    ExecOnFile(path, ReadFile(DataFile("v6.sql")) + "UPDATE revlog SET state_before = '" +
                         snapshot + "' WHERE id = 2;");
    auto opened = Collection::Open(path);
    ASSERT_FALSE(opened);
    EXPECT_EQ(opened.error().code, ErrorCode::kCorrupt);
    EXPECT_NE(opened.error().message.find("review 2: stored card snapshot is not a JSON object"),
              std::string::npos)
        << opened.error().message;
    EXPECT_NE(opened.error().message.find("number longer than 100 characters"), std::string::npos);
    sqlite3* db = nullptr;
    ASSERT_EQ(sqlite3_open(path.c_str(), &db), SQLITE_OK);
    sqlite3_stmt* stmt = nullptr;
    ASSERT_EQ(sqlite3_prepare_v2(db, "PRAGMA user_version", -1, &stmt, nullptr), SQLITE_OK);
    ASSERT_EQ(sqlite3_step(stmt), SQLITE_ROW);
    EXPECT_EQ(sqlite3_column_int(stmt, 0), 6);
    sqlite3_finalize(stmt);
    sqlite3_close(db);
}

TEST(ReviewLogV7Test, EveryReviewLogIndexIsUsedAndNoQueryScansTheLog) {
    auto collection = Must(Collection::OpenInMemory());
    Must(collection.ImportBank(SolarBank()));
    const DeckId deck = DeckNamed(collection, "Solar system");
    const auto cards = Must(collection.LoadCards(CardQuery::All()));
    const auto statements = StatementsNaming(collection, "revlog", [&] {
        for (const StudyCard& card : cards) {
            Must(collection.RecordReview(card.id, card.state, {100, Rating::kGood, "", true, 5}));
        }
        Must(collection.CountReviewsSince(std::nullopt, 0, 1000));
        Must(collection.CountReviewsSince(deck, 0, 1000));
        Must(collection.CountReviewsTowardLimit(std::nullopt, 0, 1000, 200));
        Must(collection.CountReviewsTowardLimit(deck, 0, 1000, 200));
        const ReviewId first = Must(collection.UndoLastReview()).review_id;
        Must(collection.UndoReview(ReviewId{first.value - 1}));
        // Card info reads one card's reviews by the card index.
        const auto reviews = Must(collection.ReadCardReviews(cards.front().id));
        ASSERT_EQ(reviews.size(), 1u);
        EXPECT_EQ(reviews.front().card_id, cards.front().id);
        // Deleting questions keeps their reviews (schema v14): the log is not touched.
        Must(collection.ApplyBulk({BulkKind::kDelete, {}, "", 0},
                                  std::vector<CardId>{cards.front().id}));
    });
    ASSERT_GE(statements.size(), 4u);

    sqlite3* db = CollectionTestPeer::Handle(collection);
    // The plans are checked under the statistics PRAGMA optimize writes for the 100,000-card,
    // 1,000,000-review collection, where a join order that fits this small one can be slow,
    // and where a rowid range of the log is expected to hold more rows than the cards table.
    ASSERT_EQ(sqlite3_exec(db,
                           "ANALYZE; DELETE FROM sqlite_stat1; INSERT INTO sqlite_stat1 VALUES "
                           "('revlog', 'revlog_card', '1287090 11'), "
                           "('cards', 'cards_queue', '92064 401 401 401'), "
                           "('cards', 'sqlite_autoindex_cards_1', '67706 1 1'), "
                           "('questions', 'questions_deck', '46068 401 1'); "
                           "ANALYZE sqlite_schema;",
                           nullptr, nullptr, nullptr),
              SQLITE_OK);
    std::set<std::string> used;
    for (std::string sql : statements) {
        // A bulk change's undo copy exists by now: its query is what reads the log.
        if (sql.rfind("CREATE TABLE", 0) == 0) {
            sql = sql.substr(sql.find(" AS ") + 4);
        }
        for (const std::string& detail : QueryPlan(collection, sql)) {
            EXPECT_NE(detail, "SCAN revlog") << sql;
            EXPECT_NE(detail, "SCAN cards") << sql;
            // A Bloom filter on cards is built by reading every card, on each run: today's
            // counts would read 110,000 cards to look up a few of them.
            EXPECT_EQ(detail.find("BLOOM FILTER ON cards"), std::string::npos) << sql;
            if (const auto at = detail.find(" INDEX ");
                at != std::string::npos && detail.find("revlog") != std::string::npos) {
                const std::string rest = detail.substr(at + 7);
                used.insert(rest.substr(0, rest.find(' ')));
            }
        }
    }
    sqlite3_stmt* indexes = nullptr;
    ASSERT_EQ(sqlite3_prepare_v2(db,
                                 "SELECT name FROM sqlite_schema WHERE type = 'index' AND "
                                 "tbl_name = 'revlog' AND sql IS NOT NULL",
                                 -1, &indexes, nullptr),
              SQLITE_OK);
    std::set<std::string> existing;
    while (sqlite3_step(indexes) == SQLITE_ROW) {
        existing.insert(reinterpret_cast<const char*>(sqlite3_column_text(indexes, 0)));
    }
    sqlite3_finalize(indexes);
    EXPECT_EQ(existing, (std::set<std::string>{"revlog_card"}));
    EXPECT_EQ(used, existing);
}

}  // namespace
}  // namespace summit::storage::test
