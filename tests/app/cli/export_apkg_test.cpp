// summit export ... OUT.apkg as a user runs it: the package reads back, warnings name the
// questions Anki shows as flashcards, and --with-scheduling carries states and reviews.
#include <algorithm>
#include <filesystem>
#include <map>
#include <string>

#include <gtest/gtest.h>

#include "run_summit.h"
#include "storage/anki/anki_package.h"
#include "tests/support/test_paths.h"

namespace summit::testing {
namespace {

const std::string kExample = (summit::testing::ExamplesDir() / "solar-system.json").string();

class ExportApkgTest : public ::testing::Test {
  protected:
    RunResult Run(std::vector<std::string> args) {
        args.insert(args.begin(),
                    {"--collection", collection_.string(), "--now", "2026-03-02T09:00"});
        return RunSummit(args);
    }

    TempDir dir_;
    std::filesystem::path collection_ = dir_ / "collection.db";
};

TEST_F(ExportApkgTest, TheExtensionPicksAnAnkiPackage) {
    ASSERT_EQ(Run({"import", kExample}).exit_code, 0);
    const std::string out = (dir_ / "solar.apkg").string();
    RunResult exported = Run({"export", "--deck", "Solar system", out});
    ASSERT_EQ(exported.exit_code, 0) << exported.err;
    EXPECT_NE(exported.out.find("Exported 7 questions to " + out + " (7 Anki notes, 8 cards"),
              std::string::npos)
        << exported.out;
    EXPECT_NE(exported.err.find(out + ": warning: question \"largest\": multiple_choice written "
                                      "as a Basic note"),
              std::string::npos)
        << exported.err;
    auto package = storage::anki::ReadAnkiPackage(out);
    ASSERT_TRUE(package) << package.error().message;
    EXPECT_EQ(package->notes.size(), 7u);
    EXPECT_EQ(package->cards.size(), 8u);
    EXPECT_TRUE(package->revlog.empty());
    EXPECT_TRUE(
        std::ranges::all_of(package->cards, [](const auto& card) { return card.type == 0; }));
    EXPECT_TRUE(std::ranges::any_of(package->decks,
                                    [](const auto& deck) { return deck.name == "Solar system"; }));
}

TEST_F(ExportApkgTest, WithSchedulingCarriesStatesAndTheReviewLog) {
    ASSERT_EQ(Run({"import", kExample}).exit_code, 0);
    RunResult due = Run({"due", "--deck", "Solar system"});
    // The first card id of the queue's first data line.
    const std::size_t line = due.out.find('\n') + 1;
    const std::string card = due.out.substr(line, due.out.find('\t', line) - line);
    ASSERT_EQ(Run({"review", card, "easy"}).exit_code, 0);
    const std::string out = (dir_ / "sched.apkg").string();
    RunResult exported = Run({"export", "--deck", "Solar system", "--with-scheduling", out});
    ASSERT_EQ(exported.exit_code, 0) << exported.err;
    EXPECT_NE(exported.out.find(", 1 review)"), std::string::npos) << exported.out;
    auto package = storage::anki::ReadAnkiPackage(out);
    ASSERT_TRUE(package) << package.error().message;
    ASSERT_EQ(package->revlog.size(), 1u);
    EXPECT_EQ(package->revlog[0].ease, 4);
    auto reviewed =
        std::ranges::find(package->cards, package->revlog[0].card_id, &storage::anki::AnkiCard::id);
    ASSERT_NE(reviewed, package->cards.end());
    EXPECT_EQ(reviewed->reps, 1);
    EXPECT_NE(reviewed->type, 0);
    EXPECT_TRUE(reviewed->fsrs.has_value());
}

// The package goes back into Summit: every note a question again in the same deck, and the
// review the first collection recorded in the second one's log.
TEST_F(ExportApkgTest, APackageWithHistoryImportsBackIntoSummit) {
    ASSERT_EQ(Run({"import", kExample}).exit_code, 0);
    RunResult due = Run({"due", "--deck", "Solar system"});
    const std::size_t line = due.out.find('\n') + 1;
    const std::string card = due.out.substr(line, due.out.find('\t', line) - line);
    ASSERT_EQ(Run({"review", card, "good"}).exit_code, 0);
    const std::string out = (dir_ / "history.apkg").string();
    RunResult exported = Run({"export", "--deck", "Solar system", "--with-history", out});
    ASSERT_EQ(exported.exit_code, 0) << exported.err;

    const std::filesystem::path other = dir_ / "other.db";
    RunResult imported =
        RunSummit({"--collection", other.string(), "--now", "2026-03-02T10:00", "import", out});
    ASSERT_EQ(imported.exit_code, 0) << imported.err;
    EXPECT_NE(imported.out.find("into \"Solar system\": 7 added, 0 updated, 0 unchanged"),
              std::string::npos)
        << imported.out;
    EXPECT_NE(imported.out.find("reviews: 1 imported"), std::string::npos) << imported.out;
    RunResult again =
        RunSummit({"--collection", other.string(), "--now", "2026-03-02T10:00", "import", out});
    ASSERT_EQ(again.exit_code, 0) << again.err;
    EXPECT_NE(again.out.find(": 0 added, 0 updated, 7 unchanged"), std::string::npos) << again.out;
}

// Exports on different days carry the same deck, note and card ids, so the second one updates
// what the first one created: importing both into a new collection adds the questions once.
TEST_F(ExportApkgTest, TwoExportsOfADeckAreTheSamePackageToAnkiAndToSummit) {
    ASSERT_EQ(Run({"import", kExample}).exit_code, 0);
    const std::string first = (dir_ / "first.apkg").string();
    const std::string second = (dir_ / "second.apkg").string();
    const std::string db = collection_.string();
    ASSERT_EQ(RunSummit({"--collection", db, "--now", "2026-03-02T09:00", "export", "--deck",
                         "Solar system", first})
                  .exit_code,
              0);
    ASSERT_EQ(RunSummit({"--collection", db, "--now", "2026-07-19T17:30", "export", "--deck",
                         "Solar system", second})
                  .exit_code,
              0);
    auto a = storage::anki::ReadAnkiPackage(first);
    auto b = storage::anki::ReadAnkiPackage(second);
    ASSERT_TRUE(a && b);
    auto ids = [](const storage::anki::AnkiPackage& package) {
        std::map<std::string, std::int64_t> by_name;
        for (const auto& deck : package.decks) {
            by_name["deck " + deck.name] = deck.id;
        }
        for (const auto& note : package.notes) {
            by_name["note " + note.guid] = note.id;
        }
        for (const auto& card : package.cards) {
            by_name["card " + std::to_string(card.note_id) + "/" + std::to_string(card.ord)] =
                card.id;
        }
        return by_name;
    };
    EXPECT_EQ(ids(*a), ids(*b));
    EXPECT_EQ(ids(*a).size(), 1u + 1u + 7u + 8u);  // Default, the deck, notes, cards
    const std::int64_t deck = ids(*a).at("deck Solar system");
    EXPECT_GT(deck, 1);
    EXPECT_LT(deck, std::int64_t{1} << 53);

    const std::string other = (dir_ / "other.db").string();
    RunResult imported = RunSummit({"--collection", other, "import", first});
    ASSERT_EQ(imported.exit_code, 0) << imported.err;
    EXPECT_NE(imported.out.find("into \"Solar system\": 7 added, 0 updated, 0 unchanged"),
              std::string::npos)
        << imported.out;
    RunResult again = RunSummit({"--collection", other, "import", second});
    ASSERT_EQ(again.exit_code, 0) << again.err;
    EXPECT_NE(again.out.find("into \"Solar system\": 0 added, 0 updated, 7 unchanged"),
              std::string::npos)
        << again.out;
}

TEST_F(ExportApkgTest, StandardOutputAndSchedulingInABankFileAreRefused) {
    ASSERT_EQ(Run({"import", kExample}).exit_code, 0);
    RunResult exported = Run({"export", "--deck", "Solar system", "--format", "apkg", "-"});
    EXPECT_NE(exported.exit_code, 0);
    EXPECT_NE(exported.err.find("name the file to write"), std::string::npos) << exported.err;
    const std::string json = (dir_ / "solar.json").string();
    RunResult bank = Run({"export", "--deck", "Solar system", "--with-scheduling", json});
    EXPECT_NE(bank.exit_code, 0);
    EXPECT_NE(bank.err.find("--with-scheduling applies to Anki packages"), std::string::npos)
        << bank.err;
    EXPECT_FALSE(std::filesystem::exists(json));
}

}  // namespace
}  // namespace summit::testing
