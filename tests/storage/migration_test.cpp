// Migrations from every saved older schema (tests/data/storage/vN.sql), with the data kept.
#include <sqlite3.h>

#include "storage/schema.h"
#include "storage/testing.h"
#include "test_support.h"

namespace summit::storage::test {
namespace {

// The CREATE statements of a database, in name order: what a schema version looks like.
std::string SchemaOf(sqlite3* db) {
    sqlite3_stmt* stmt = nullptr;
    EXPECT_EQ(sqlite3_prepare_v2(db,
                                 "SELECT type || ' ' || name || ': ' || sql FROM sqlite_schema "
                                 "WHERE sql IS NOT NULL ORDER BY name",
                                 -1, &stmt, nullptr),
              SQLITE_OK);
    std::string schema;
    while (sqlite3_step(stmt) == SQLITE_ROW) {
        schema += reinterpret_cast<const char*>(sqlite3_column_text(stmt, 0));
        schema += "\n";
    }
    sqlite3_finalize(stmt);
    return schema;
}

std::string SchemaOfFile(const std::filesystem::path& path) {
    sqlite3* db = nullptr;
    EXPECT_EQ(sqlite3_open(path.c_str(), &db), SQLITE_OK);
    std::string schema = SchemaOf(db);
    sqlite3_close(db);
    return schema;
}

// Every saved schema is frozen: building version N with the migration steps must give exactly
// the schema in its dump. A failure here means a released migration step was edited.
TEST(MigrationTest, SavedDumpsMatchTheMigrationSteps) {
    for (int version = 1; version < CurrentSchemaVersion(); ++version) {
        TempDir dir;
        const auto saved = dir / "saved.db";
        ExecOnFile(saved, ReadFile(DataFile("v" + std::to_string(version) + ".sql")));

        Db built;
        built.path = ":memory:";
        ASSERT_EQ(sqlite3_open(":memory:", &built.handle), SQLITE_OK);
        Must(Exec(built, "BEGIN"));
        built.transaction_depth = 1;
        Must(MigrateSchema(built, 0, version));
        Must(Exec(built, "COMMIT"));
        EXPECT_EQ(SchemaOf(built.handle), SchemaOfFile(saved)) << "version " << version;
    }
}

TEST(MigrationTest, EveryOlderVersionHasASavedDump) {
    for (int version = 1; version < CurrentSchemaVersion(); ++version) {
        EXPECT_TRUE(std::filesystem::exists(DataFile("v" + std::to_string(version) + ".sql")))
            << "save a dump of schema version " << version << " before changing the schema";
    }
}

// The migrated file must have the same schema as a freshly created one.
TEST(MigrationTest, MigratedSchemaEqualsAFreshOne) {
    for (int version = 1; version < CurrentSchemaVersion(); ++version) {
        TempDir dir;
        const auto old_path = dir / "old.db";
        ExecOnFile(old_path, ReadFile(DataFile("v" + std::to_string(version) + ".sql")));
        { auto migrated = Must(Collection::Open(old_path)); }
        { auto fresh = Must(Collection::Open(dir / "fresh.db")); }
        EXPECT_EQ(SchemaOfFile(old_path), SchemaOfFile(dir / "fresh.db")) << "from " << version;
    }
}

// The v1 dump holds the solar bank with one card reviewed twice, one in learning, one
// suspended, and a setting.
TEST(MigrationTest, FromV1KeepsDecksQuestionsCardsReviewsAndSettings) {
    TempDir dir;
    const auto path = dir / "v1.db";
    ExecOnFile(path, ReadFile(DataFile("v1.sql")));

    auto collection = Must(Collection::Open(path));
    EXPECT_FALSE(collection.WasCreated());
    EXPECT_EQ(Must(QueryInt(CollectionTestPeer::Connection(collection), "PRAGMA user_version")),
              CurrentSchemaVersion());

    const auto decks = Must(collection.ListDecks(0, 0));
    ASSERT_EQ(decks.size(), 1u);
    EXPECT_EQ(decks[0].name, "Solar system");
    EXPECT_EQ(decks[0].question_count, 3);
    EXPECT_EQ(decks[0].card_count, 4);

    const content::Bank exported =
        Must(collection.ExportDeck(DeckNamed(collection, "Solar system")));
    EXPECT_EQ(exported, SolarBank());

    const auto log = Must(collection.ReadReviewLog());
    ASSERT_EQ(log.size(), 2u);
    EXPECT_EQ(log[0].rating, Rating::kGood);
    EXPECT_EQ(log[1].rating, Rating::kEasy);
    // Version 3's interval column is filled from the snapshots (both learning steps: 0 days).
    EXPECT_EQ(log[0].scheduled_days_before, 0);
    EXPECT_EQ(log[1].scheduled_days_before, 0);
    const StudyCard reviewed = Must(collection.GetCard(log[1].card_id));
    EXPECT_EQ(reviewed.state.phase, CardPhase::kReview);
    EXPECT_EQ(reviewed.state.reps, 2);
    EXPECT_DOUBLE_EQ(reviewed.state.stability, 12.345678901234567);

    // Undo still works on reviews written by the older version.
    const auto undone = Must(collection.UndoLastReview());
    EXPECT_EQ(undone.restored.reps, 1);
    EXPECT_EQ(Must(collection.GetCard(log[1].card_id)).state, undone.restored);

    EXPECT_EQ(Must(collection.GetConfig("ui")), std::optional<std::string>(R"({"theme":"dark"})"));
    // A table that only exists from version 2 on.
    Must(collection.InsertQuizAttempt({}));
    EXPECT_EQ(Must(collection.ListQuizAttempts()).size(), 1u);
}

// The v2 dump holds the solar bank with one card reviewed three times (the third time 12 days
// into its interval), one suspended card, a finished quiz and a setting.
TEST(MigrationTest, FromV2KeepsEverythingAndFillsTheIntervalBeforeEachReview) {
    TempDir dir;
    const auto path = dir / "v2.db";
    ExecOnFile(path, ReadFile(DataFile("v2.sql")));

    auto collection = Must(Collection::Open(path));
    EXPECT_FALSE(collection.WasCreated());
    EXPECT_EQ(Must(QueryInt(CollectionTestPeer::Connection(collection), "PRAGMA user_version")),
              CurrentSchemaVersion());
    const auto decks = Must(collection.ListDecks(0, 0));
    ASSERT_EQ(decks.size(), 1u);
    EXPECT_EQ(decks[0].card_count, 4);
    EXPECT_EQ(Must(collection.ExportDeck(DeckNamed(collection, "Solar system"))), SolarBank());

    const auto log = Must(collection.ReadReviewLog());
    ASSERT_EQ(log.size(), 3u);
    EXPECT_EQ(log[0].scheduled_days_before, 0);
    EXPECT_EQ(log[1].scheduled_days_before, 0);
    EXPECT_EQ(log[2].scheduled_days_before, 12);
    EXPECT_EQ(log[2].phase_before, CardPhase::kReview);
    EXPECT_EQ(log[2].duration_ms, 1'800);
    const auto scan = Must(collection.ScanReviewLog());
    ASSERT_EQ(scan.size(), 3u);
    EXPECT_EQ(scan[2].scheduled_days_before, 12);

    const StudyCard reviewed = Must(collection.GetCard(log[2].card_id));
    EXPECT_EQ(reviewed.state.scheduled_days, 23);
    EXPECT_EQ(reviewed.state.reps, 3);
    const auto quizzes = Must(collection.ListQuizAttempts());
    ASSERT_EQ(quizzes.size(), 1u);
    EXPECT_DOUBLE_EQ(quizzes[0].score, 2.0);
    EXPECT_EQ(quizzes[0].settings_json, R"({"deck":"Solar system","count":3})");
    EXPECT_EQ(Must(collection.GetConfig("ui")), std::optional<std::string>(R"({"theme":"dark"})"));

    // Undo restores the migrated row's snapshot, and new reviews record their interval.
    const auto undone = Must(collection.UndoLastReview());
    EXPECT_EQ(undone.restored.scheduled_days, 12);
    CardState next = undone.restored;
    next.scheduled_days = 30;
    Must(collection.RecordReview(log[2].card_id, next,
                                 {1'718'000'000'000, Rating::kGood, "", true, 900}));
    Must(collection.RecordReview(log[2].card_id, next,
                                 {1'720'000'000'000, Rating::kGood, "", true, 900}));
    const auto after = Must(collection.ReadReviewLog());
    ASSERT_EQ(after.size(), 4u);
    EXPECT_EQ(after[2].scheduled_days_before, 12);
    EXPECT_EQ(after[3].scheduled_days_before, 30);
}

// The v4 dump is the v3 one migrated: the same reviews, which have no shuffle seed. New reviews
// keep theirs; one written without a seed, or appended in bulk, stays NULL.
TEST(MigrationTest, FromV4KeepsReviewsWithoutASeedAndRecordsNewSeeds) {
    TempDir dir;
    const auto path = dir / "v4.db";
    ExecOnFile(path, ReadFile(DataFile("v4.sql")));

    auto collection = Must(Collection::Open(path));
    EXPECT_EQ(Must(QueryInt(CollectionTestPeer::Connection(collection), "PRAGMA user_version")),
              CurrentSchemaVersion());
    EXPECT_EQ(Must(collection.ExportDeck(DeckNamed(collection, "Solar system"))), SolarBank());
    const auto log = Must(collection.ReadReviewLog());
    ASSERT_EQ(log.size(), 3u);
    for (const ReviewRow& row : log) {
        EXPECT_EQ(row.shuffle_seed, std::nullopt) << row.id.value;
    }
    EXPECT_EQ(log[2].scheduled_days_before, 12);
    EXPECT_EQ(log[2].deck_id, DeckNamed(collection, "Solar system"));

    const StudyCard card = Must(collection.GetCard(log[2].card_id));
    // Above INT32_MAX: seeds are unsigned 32-bit.
    Must(collection.RecordReview(card.id, card.state,
                                 {1'720'000'000'000, Rating::kGood, "Jupiter", true, 900},
                                 4'000'000'000));
    Must(collection.RecordReview(card.id, card.state,
                                 {1'720'000'100'000, Rating::kGood, "", true, 900}));
    const ReviewAppend appended{
        card.id, card.state, {1'720'000'200'000, Rating::kHard, "", true, 5}};
    EXPECT_EQ(Must(collection.AppendReviews(std::span<const ReviewAppend>(&appended, 1))), 1);
    const auto after = Must(collection.ReadReviewLog());
    ASSERT_EQ(after.size(), 6u);
    EXPECT_EQ(after[3].shuffle_seed, std::optional<int64_t>(4'000'000'000));
    EXPECT_EQ(after[4].shuffle_seed, std::nullopt);
    EXPECT_EQ(after[5].shuffle_seed, std::nullopt);
}

// The v5 dump is the v4 one migrated (its newest review keeps a shuffle seed). Version 6 adds
// the media table: the old data stays and images can be stored.
TEST(MigrationTest, FromV5KeepsEverythingAndStoresImages) {
    TempDir dir;
    const auto path = dir / "v5.db";
    ExecOnFile(path, ReadFile(DataFile("v5.sql")));

    auto collection = Must(Collection::Open(path));
    EXPECT_EQ(Must(QueryInt(CollectionTestPeer::Connection(collection), "PRAGMA user_version")),
              CurrentSchemaVersion());
    EXPECT_EQ(Must(collection.ExportDeck(DeckNamed(collection, "Solar system"))), SolarBank());
    const auto log = Must(collection.ReadReviewLog());
    ASSERT_EQ(log.size(), 3u);
    EXPECT_EQ(log[2].shuffle_seed, std::optional<int64_t>(4'000'000'000));

    const std::string png = std::string("\x89PNG\r\n\x1a\n", 8) + "pixels";
    const std::string hash = Must(collection.PutMedia(png));
    EXPECT_EQ(Must(collection.GetMedia(hash))->bytes, png);
    EXPECT_TRUE(Must(collection.CheckCollection(false)).Clean());
}

// The v6 dump is the v5 one migrated, with one image. The search text step indexes every
// question already stored, so the browser finds old questions by their words.
TEST(MigrationTest, FromV6KeepsEverythingAndIndexesTheStoredQuestions) {
    TempDir dir;
    const auto path = dir / "v6.db";
    ExecOnFile(path, ReadFile(DataFile("v6.sql")));

    auto collection = Must(Collection::Open(path));
    EXPECT_EQ(Must(QueryInt(CollectionTestPeer::Connection(collection), "PRAGMA user_version")),
              CurrentSchemaVersion());
    EXPECT_EQ(Must(collection.ExportDeck(DeckNamed(collection, "Solar system"))), SolarBank());
    EXPECT_EQ(Must(collection.ReadReviewLog()).size(), 3u);
    EXPECT_EQ(Must(collection.GetMedia(std::string(
                       "4624836652c450f26fc11e7e372a59af7963ea7613e59ce92186c60c22301c97")))
                  ->mime,
              "image/png");
    BrowseQuery query;
    query.search = "reclassified OR \"largest planet\"";
    EXPECT_EQ(Must(collection.SearchCards(query)).size(), 2u);
    query.search = "star";
    EXPECT_EQ(Must(collection.SearchCards(query)).size(), 2u);  // both cards of the flashcard
    EXPECT_TRUE(Must(collection.CheckCollection(false)).Clean());
}

// The v9 dump is the v7 one migrated twice, its questions in search_text. Version 10 lets an
// import index its new questions in one pass; what was indexed before stays searchable and
// still leaves the index when its question is deleted.
TEST(MigrationTest, FromV9KeepsTheSearchIndexAndDefersOnlyWhileImporting) {
    TempDir dir;
    const auto path = dir / "v9.db";
    ExecOnFile(path, ReadFile(DataFile("v9.sql")));

    auto collection = Must(Collection::Open(path));
    Db& db = CollectionTestPeer::Connection(collection);
    EXPECT_EQ(Must(QueryInt(db, "PRAGMA user_version")), CurrentSchemaVersion());
    EXPECT_EQ(Must(collection.ExportDeck(DeckNamed(collection, "Solar system"))), SolarBank());
    EXPECT_EQ(Must(collection.ReadReviewLog()).size(), 3u);
    BrowseQuery query;
    query.search = "reclassified OR \"largest planet\"";
    EXPECT_EQ(Must(collection.SearchCards(query)).size(), 2u);

    // LargeBank's typed questions share the solar typed question's explanation.
    const std::string reclassified =
        "SELECT count(*) FROM search_text WHERE search_text MATCH 'reclassified'";
    Must(collection.ImportBank(LargeBank("later", 2)));
    EXPECT_EQ(Must(QueryInt(db, "SELECT count(*) FROM search_text_deferred")), 0);
    query.search = "question";
    EXPECT_EQ(Must(collection.SearchCards(query)).size(), 2u);
    EXPECT_EQ(Must(QueryInt(db, reclassified)), 3);

    Must(Exec(db,
              "DELETE FROM cards WHERE question_id IN (SELECT id FROM questions WHERE guid "
              "= 'solar/count'); DELETE FROM questions WHERE guid = 'solar/count'"));
    EXPECT_EQ(Must(QueryInt(db, reclassified)), 2);
    EXPECT_TRUE(Must(collection.CheckCollection(false)).Clean());
}

}  // namespace
}  // namespace summit::storage::test
