// summit optimize: a fit over the collection's review log applied to a deck's settings and
// undone, the refusal with too few reviews, and the review-log files of the shared fixtures.
#include <filesystem>

#include <gtest/gtest.h>

#include "app/decks/deck_settings_store.h"
#include "run_summit.h"
#include "storage/collection.h"
#include "tests/support/review_history.h"
#include "tests/support/test_paths.h"

namespace summit::testing {
namespace {

constexpr const char* kDeck = "China and the Kim–Trump summit";

class OptimizeVerbTest : public ::testing::Test {
  protected:
    RunResult Run(std::vector<std::string> args) {
        args.insert(args.begin(), {"--collection", collection_.string(), "--now", now_});
        return RunSummit(args);
    }

    // Gives each card of the bundled deck a history of `answers` reviews days apart, written
    // through the storage API as the study screens would have.
    void AddHistory(int answers) {
        ASSERT_EQ(Run({"decks"}).exit_code, 0);
        auto collection = storage::Collection::Open(collection_);
        ASSERT_TRUE(collection);
        ASSERT_NO_FATAL_FAILURE(AddReviewHistory(*collection, answers));
    }

    std::optional<study::DeckSettings> Settings() {
        auto collection = storage::Collection::Open(collection_);
        auto deck = collection->FindDeck(kDeck);
        if (!deck) {
            return std::nullopt;
        }
        auto settings = study::LoadDeckSettings(*collection, *deck);
        return settings ? std::optional(*settings) : std::nullopt;
    }

    TempDir dir_;
    std::filesystem::path collection_ = dir_ / "collection.db";
    std::string now_ = "2024-05-01T09:00:00Z";
};

TEST_F(OptimizeVerbTest, RefusesWithTooFewReviews) {
    AddHistory(2);
    RunResult run = Run({"optimize"});
    EXPECT_EQ(run.exit_code, 1);
    EXPECT_NE(run.err.find("at least 400"), std::string::npos) << run.err;
}

TEST_F(OptimizeVerbTest, AppliesToTheDeckAndUndoes) {
    AddHistory(8);
    RunResult report = Run({"optimize", "--deck", kDeck, "--json"});
    ASSERT_EQ(report.exit_code, 0) << report.err;
    EXPECT_NE(report.out.find("\"applied\":false"), std::string::npos) << report.out;
    EXPECT_NE(report.out.find("\"time_split\""), std::string::npos);
    ASSERT_TRUE(Settings());
    EXPECT_TRUE(Settings()->fsrs_weights.empty()) << "a report alone changes nothing";

    RunResult applied = Run({"optimize", "--deck", kDeck, "--apply"});
    ASSERT_EQ(applied.exit_code, 0) << applied.err;
    EXPECT_NE(applied.out.find("log loss"), std::string::npos) << applied.out;
    auto settings = Settings();
    ASSERT_TRUE(settings);
    ASSERT_EQ(settings->fsrs_weights.size(), 21u);
    EXPECT_TRUE(settings->Validate());
    ASSERT_TRUE(settings->previous_fsrs_weights);
    EXPECT_TRUE(settings->previous_fsrs_weights->empty()) << "the defaults were replaced";
    EXPECT_EQ(settings->fitted_at_ms, 1'714'554'000'000) << "--now, kept for Home's hint";

    RunResult undone = Run({"optimize", "--undo", "--deck", kDeck});
    ASSERT_EQ(undone.exit_code, 0) << undone.err;
    settings = Settings();
    EXPECT_TRUE(settings->fsrs_weights.empty());
    EXPECT_FALSE(settings->previous_fsrs_weights);
    EXPECT_EQ(settings->fitted_at_ms, 0) << "undone: as if never fitted";
    EXPECT_EQ(Run({"optimize", "--undo", "--deck", kDeck}).exit_code, 1);
}

TEST_F(OptimizeVerbTest, SimulatesTheDecksYear) {
    AddHistory(3);
    RunResult run = Run({"simulate", "--deck", kDeck, "--json"});
    ASSERT_EQ(run.exit_code, 0) << run.err;
    EXPECT_NE(run.out.find("\"current_retention\":0.90"), std::string::npos) << run.out;
    EXPECT_NE(run.out.find("{\"retention\":0.70,"), std::string::npos);
    EXPECT_NE(run.out.find("{\"retention\":0.97,"), std::string::npos);
    RunResult text = Run({"simulate", "--deck", kDeck});
    ASSERT_EQ(text.exit_code, 0) << text.err;
    EXPECT_NE(text.out.find("<- current"), std::string::npos) << text.out;
    EXPECT_NE(text.out.find("<- least time per card"), std::string::npos);
    EXPECT_EQ(Run({"simulate"}).exit_code, 2);
}

TEST_F(OptimizeVerbTest, UsageErrors) {
    EXPECT_EQ(Run({"optimize", "--apply"}).exit_code, 2);  // which deck?
    EXPECT_EQ(Run({"optimize", "--revlog", "x.csv", "--apply"}).exit_code, 2);
    RunResult missing = Run({"optimize", "--revlog", (dir_ / "none.csv").string()});
    EXPECT_EQ(missing.exit_code, 1);
    EXPECT_NE(missing.err.find("none.csv"), std::string::npos);
}

TEST_F(OptimizeVerbTest, FitsTheSharedReviewLogFile) {
    const std::filesystem::path log = summit::testing::SharedFixturesDir() / "fsrs-data" /
                                      "review_logs_josh_1711744352250_to_1728234780857.csv";
    if (!std::filesystem::exists(log)) {
        GTEST_SKIP() << "no shared fixtures at " << log.string();
    }
    RunResult run = Run({"optimize", "--revlog", log.string(), "--json"});
    ASSERT_EQ(run.exit_code, 0) << run.err;
    EXPECT_NE(run.out.find("\"items\":6032"), std::string::npos) << run.out;
    EXPECT_FALSE(std::filesystem::exists(collection_)) << "a file fit needs no collection";
}

}  // namespace
}  // namespace summit::testing
