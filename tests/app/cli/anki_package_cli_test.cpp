// `summit check` and `summit import` of Anki packages, as a user runs them on the shared
// fixture packages (skipped when ../shared/fixtures is absent).
#include <filesystem>
#include <fstream>

#include <gtest/gtest.h>

#include "run_summit.h"
#include "tests/support/temp_dir.h"
#include "tests/support/test_paths.h"

namespace summit::testing {
namespace {

namespace fs = std::filesystem;

const fs::path kApkgDir = summit::testing::SharedFixturesDir() / "formats" / "apkg";

class AnkiPackageCliTest : public ::testing::Test {
  protected:
    RunResult Run(std::vector<std::string> args) {
        args.insert(args.begin(), {"--collection", collection_.string()});
        return RunSummit(args);
    }

    TempDir dir_;
    fs::path collection_ = dir_ / "collection.db";
};

#define FIXTURE_OR_SKIP(name, file)                                       \
    const std::string name = (kApkgDir / (file)).string();                \
    if (!fs::exists(name)) {                                              \
        GTEST_SKIP() << "shared fixture " << (file) << " is not present"; \
    }

bool Has(const std::string& text, const std::string& part) {
    return text.find(part) != std::string::npos;
}

TEST_F(AnkiPackageCliTest, CheckSaysWhatWouldBeImportedAndWritesNothing) {
    FIXTURE_OR_SKIP(path, "srs-converter/mixed-legacy-2.apkg");
    RunResult result = Run({"check", path});
    ASSERT_EQ(result.exit_code, 0) << result.err;
    EXPECT_TRUE(Has(result.out, path + ": ok, 8 notes -> 9 questions (11 cards) in \"Test - "
                                       "Mixed Types\" (read as Anki package, collection.anki21, "
                                       "schema 11)\n"))
        << result.out;
    EXPECT_TRUE(Has(result.out,
                    "  Cloze: 3 notes -> 4 questions (cloze, one question per cloze "
                    "number)\n"))
        << result.out;
    EXPECT_TRUE(Has(result.out,
                    "  Basic (type in the answer): 1 note -> 1 question (typed "
                    "answer)\n"));
    EXPECT_TRUE(Has(result.out, "  media: 1 file; 1 image shown, 0 sounds shown as text"));
    EXPECT_TRUE(Has(result.out, "  review log: 26 rows, 22 to import as reviews\n"));
    EXPECT_TRUE(Has(result.err, path + ": warning: note type \"Image Occlusion\" is Image "
                                       "Occlusion"))
        << result.err;
    EXPECT_FALSE(fs::exists(collection_)) << "check must not touch the collection";
}

TEST_F(AnkiPackageCliTest, ImportBringsTheHistoryAndAgainAddsNothing) {
    FIXTURE_OR_SKIP(path, "cardoverflow/RandomReviews-21.colpkg");
    RunResult first = Run({"import", path});
    ASSERT_EQ(first.exit_code, 0) << first.err;
    EXPECT_TRUE(Has(first.out,
                    "into \"Default\": 25 added, 0 updated, 0 unchanged (read as "
                    "Anki package, collection.anki21, schema 11).\n"))
        << first.out;
    EXPECT_TRUE(Has(first.out, "  reviews: 110 imported, 0 already present, 0 not imported"))
        << first.out;
    RunResult again = Run({"import", path});
    ASSERT_EQ(again.exit_code, 0) << again.err;
    EXPECT_TRUE(Has(again.out, ": 0 added, 0 updated, 25 unchanged")) << again.out;
    EXPECT_TRUE(Has(again.out, "  reviews: 0 imported, 110 already present")) << again.out;
    // The second import changed an existing collection, so it was backed up first.
    EXPECT_TRUE(fs::exists(dir_ / "collection.db.backups")) << "no automatic backup";
    RunResult stats = Run({"stats", "--json"});
    ASSERT_EQ(stats.exit_code, 0) << stats.err;
    // Statistics see the imported history: every card studied, the hardest with its reviews.
    EXPECT_TRUE(Has(stats.out, "\"knowledge\":{\"studied_cards\":25,")) << stats.out;
    EXPECT_TRUE(Has(stats.out, "\"lapses\":1,\"reviews\":7,")) << stats.out;
}

TEST_F(AnkiPackageCliTest, DeckOptionAndBrokenPackagesAreRefused) {
    FIXTURE_OR_SKIP(path, "ankitects-anki/update1.apkg");
    RunResult deck = Run({"import", path, "--deck", "Elsewhere"});
    EXPECT_EQ(deck.exit_code, 1);
    EXPECT_TRUE(Has(deck.err, "--deck does not apply to an Anki package")) << deck.err;
    const std::string broken = (dir_ / "broken.APKG").string();
    std::ofstream(broken) << "not a zip archive";
    RunResult bad = Run({"import", broken});
    EXPECT_EQ(bad.exit_code, 1);
    EXPECT_TRUE(Has(bad.err, "broken.APKG")) << bad.err;
    EXPECT_FALSE(fs::exists(collection_));
}

}  // namespace
}  // namespace summit::testing
