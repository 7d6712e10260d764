// The summit command as a user runs it: exit codes, messages, and what the collection holds.
#include <gtest/gtest.h>
#include <sqlite3.h>

#include "content/formats/json_bank.h"
#include "run_summit.h"
#include "storage/collection.h"
#include "tests/support/memory_collection.h"
#include "tests/support/test_paths.h"

namespace summit::testing {
namespace {

const std::string kExample = (summit::testing::ExamplesDir() / "solar-system.json").string();
const std::string kBundled =
    (summit::testing::BanksDir() / "spectator-2018-china-kim-trump.json").string();

class CliTest : public ::testing::Test {
  protected:
    RunResult Run(std::vector<std::string> args, const std::string& stdin_text = "") {
        args.insert(args.begin(), {"--collection", collection_.string()});
        return RunSummit(args, stdin_text);
    }

    TempDir dir_;
    std::filesystem::path collection_ = dir_ / "collection.db";
};

TEST_F(CliTest, HelpAndVersion) {
    RunResult help = RunSummit({"--help"});
    EXPECT_EQ(help.exit_code, 0);
    EXPECT_NE(help.out.find("import FILE"), std::string::npos);
    const size_t undo = help.out.find("  undo [N]");
    ASSERT_NE(undo, std::string::npos);
    EXPECT_EQ(help.out.find("  undo [N]", undo + 1), std::string::npos) << "listed once";
    RunResult version = RunSummit({"--version"});
    EXPECT_EQ(version.exit_code, 0);
    EXPECT_EQ(version.out.rfind("summit ", 0), 0u);
}

TEST_F(CliTest, UsageErrorsExitTwo) {
    EXPECT_EQ(Run({"frobnicate"}).exit_code, 2);
    RunResult unknown = Run({"decks", "--colour"});
    EXPECT_EQ(unknown.exit_code, 2);
    EXPECT_NE(unknown.err.find("unknown option --colour"), std::string::npos);
    RunResult bad_now = Run({"--now", "yesterday", "decks"});
    EXPECT_EQ(bad_now.exit_code, 2);
    EXPECT_NE(bad_now.err.find("ISO 8601"), std::string::npos);
    RunResult no_such_day = Run({"--now", "2023-02-29T09:00:00Z", "decks"});
    EXPECT_EQ(no_such_day.exit_code, 2) << "29 February 2023 does not exist";
    EXPECT_EQ(Run({"check"}).exit_code, 2);
    EXPECT_FALSE(std::filesystem::exists(collection_)) << "usage errors must not create files";
}

TEST_F(CliTest, NewCollectionStartsWithTheBundledBank) {
    auto bank = content::LoadJsonBankFile(kBundled);
    ASSERT_TRUE(bank.has_value());
    RunResult decks = Run({"decks", "--json"});
    ASSERT_EQ(decks.exit_code, 0) << decks.err;
    std::string expected = "\"name\":\"" + content::DeckName(*bank) + "\"";
    EXPECT_NE(decks.out.find(expected), std::string::npos) << decks.out;
    std::string count = "\"questions\":" + std::to_string(bank->questions.size());
    EXPECT_NE(decks.out.find(count), std::string::npos) << decks.out;
    // Opening it again imports nothing more.
    RunResult again = Run({"decks", "--json"});
    EXPECT_EQ(again.out, decks.out);
}

// --now is the clock of every write, the seeding of a new collection and imports included.
TEST_F(CliTest, NowStampsTheSeedingAndImports) {
    ASSERT_EQ(Run({"--now", "2021-03-04T05:06:07Z", "decks"}).exit_code, 0);
    RunResult imported =
        Run({"--now", "2022-01-02T03:04:05Z", "import", kExample, "--deck", "Planets"});
    ASSERT_EQ(imported.exit_code, 0) << imported.err;
    sqlite3* db = nullptr;
    ASSERT_EQ(sqlite3_open(collection_.c_str(), &db), SQLITE_OK);
    std::vector<std::pair<std::string, int64_t>> decks;
    sqlite3_stmt* stmt = nullptr;
    ASSERT_EQ(sqlite3_prepare_v2(db, "SELECT name, created_ms FROM decks ORDER BY id", -1, &stmt,
                                 nullptr),
              SQLITE_OK);
    while (sqlite3_step(stmt) == SQLITE_ROW) {
        decks.emplace_back(reinterpret_cast<const char*>(sqlite3_column_text(stmt, 0)),
                           sqlite3_column_int64(stmt, 1));
    }
    sqlite3_finalize(stmt);
    sqlite3_close(db);
    ASSERT_EQ(decks.size(), 2u);
    EXPECT_EQ(decks[0].second, 1'614'834'367'000) << decks[0].first;
    EXPECT_EQ(decks[1].first, "Planets");
    EXPECT_EQ(decks[1].second, 1'641'092'645'000);
}

TEST_F(CliTest, CheckReportsEveryProblemWithPositions) {
    WriteFile(dir_ / "bad.json", R"({"format": "summit-bank", "version": 1, "id": "x",
 "title": "t", "questions": [
  {"id": "a", "type": "multiple_choice", "prompt": "p",
   "choices": [{"text": "one"}, {"text": "two"}]},
  {"id": "b", "type": "bogus", "prompt": "q"}
 ]})");
    RunResult result = Run({"check", (dir_ / "bad.json").string()});
    EXPECT_EQ(result.exit_code, 1);
    std::string prefix = (dir_ / "bad.json").string() + ":";
    EXPECT_NE(result.err.find(prefix + "4:"), std::string::npos) << result.err;
    EXPECT_NE(result.err.find("no correct choice"), std::string::npos) << result.err;
    EXPECT_NE(result.err.find(prefix + "5:"), std::string::npos) << result.err;
    EXPECT_NE(result.err.find("unknown type \"bogus\""), std::string::npos) << result.err;
    EXPECT_FALSE(std::filesystem::exists(collection_)) << "check must not touch the collection";

    RunResult good = Run({"check", kExample});
    EXPECT_EQ(good.exit_code, 0) << good.err;
}

TEST_F(CliTest, FailedImportLeavesTheCollectionByteForByteUnchanged) {
    ASSERT_EQ(Run({"decks"}).exit_code, 0);
    std::string before = ReadFile(collection_);
    WriteFile(dir_ / "broken.json", "{\"format\": \"summit-bank\", \"version\": 1,\n  \"id\": ");
    RunResult result = Run({"import", (dir_ / "broken.json").string()});
    EXPECT_EQ(result.exit_code, 1);
    EXPECT_NE(result.err.find("broken.json:2:"), std::string::npos) << result.err;
    EXPECT_EQ(ReadFile(collection_), before);
}

TEST_F(CliTest, ReimportIsIdempotentAndEditsKeepHistory) {
    RunResult first = Run({"import", kExample});
    ASSERT_EQ(first.exit_code, 0) << first.err;
    EXPECT_NE(first.out.find("7 added"), std::string::npos) << first.out;
    RunResult second = Run({"import", kExample});
    ASSERT_EQ(second.exit_code, 0) << second.err;
    EXPECT_NE(second.out.find("0 added, 0 updated, 7 unchanged"), std::string::npos) << second.out;

    // Answer one card of the deck, then import an edited copy of the bank.
    {
        auto collection = storage::Collection::Open(collection_);
        ASSERT_TRUE(collection.has_value());
        storage::CardQuery query;
        query.deck = DeckNamed(*collection, "Solar system");
        query.selection = storage::CardSelection::kNew;
        auto cards = collection->LoadCards(query);
        ASSERT_TRUE(cards.has_value());
        ASSERT_FALSE(cards->empty());
        CardState next = cards->front().state;
        next.phase = CardPhase::kLearning;
        next.reps = 1;
        ASSERT_TRUE(collection->RecordReview(cards->front().id, next,
                                             {1'700'000'000'000, Rating::kGood, "", true, 900}));
    }
    auto bank = content::LoadJsonBankFile(kExample);
    ASSERT_TRUE(bank.has_value());
    for (auto& question : bank->questions) {
        question.explanation += " (revised)";
    }
    WriteFile(dir_ / "edited.json", content::WriteJsonBank(*bank));
    RunResult edited = Run({"import", (dir_ / "edited.json").string()});
    ASSERT_EQ(edited.exit_code, 0) << edited.err;
    EXPECT_NE(edited.out.find("0 added, 7 updated"), std::string::npos) << edited.out;

    auto collection = storage::Collection::Open(collection_);
    ASSERT_TRUE(collection.has_value());
    auto log = collection->ReadReviewLog(DeckNamed(*collection, "Solar system"));
    ASSERT_TRUE(log.has_value());
    EXPECT_EQ(log->size(), 1u);
}

TEST_F(CliTest, ExportRoundTripsTheImportedBank) {
    ASSERT_EQ(Run({"import", kExample}).exit_code, 0);
    std::string out = (dir_ / "out.json").string();
    RunResult exported = Run({"export", "--deck", "Solar system", "--format", "json", out});
    ASSERT_EQ(exported.exit_code, 0) << exported.err;
    auto original = content::LoadJsonBankFile(kExample);
    auto written = content::LoadJsonBankFile(out);
    ASSERT_TRUE(original.has_value());
    ASSERT_TRUE(written.has_value()) << written.error().front().ToString();
    EXPECT_EQ(written->questions, original->questions);
    EXPECT_EQ(written->id, original->id);

    RunResult missing = Run({"export", "--deck", "No such deck", "--format", "json", out});
    EXPECT_EQ(missing.exit_code, 1);
    RunResult format = Run({"export", "--deck", "Solar system", "--format", "xml", out});
    EXPECT_EQ(format.exit_code, 1);
    EXPECT_NE(format.err.find("unknown export format"), std::string::npos);
}

TEST_F(CliTest, ListShowsEveryQuestionOfADeck) {
    ASSERT_EQ(Run({"import", kExample}).exit_code, 0);
    RunResult list = Run({"list", "--deck", "Solar system", "--json"});
    ASSERT_EQ(list.exit_code, 0) << list.err;
    auto bank = content::LoadJsonBankFile(kExample);
    ASSERT_TRUE(bank.has_value());
    for (const auto& question : bank->questions) {
        EXPECT_NE(list.out.find("\"guid\":\"" + content::QuestionGuid(*bank, question) + "\""),
                  std::string::npos);
    }
}

TEST_F(CliTest, ListSearchFindsQuestionsWithTheBrowserLanguage) {
    ASSERT_EQ(Run({"import", kExample}).exit_code, 0);
    RunResult found =
        Run({"list", "--search", "deck:\"Solar system\" (type:typed OR tag:sun)", "--json"});
    ASSERT_EQ(found.exit_code, 0) << found.err;
    EXPECT_NE(found.out.find("\"guid\":\"example-solar-system/planets-count\""), std::string::npos)
        << found.out;
    EXPECT_NE(found.out.find("\"guid\":\"example-solar-system/sun-star\""), std::string::npos)
        << found.out;
    // The reversible flashcard has two cards but is listed once.
    EXPECT_EQ(found.out.find("sun-star", found.out.find("sun-star") + 1), std::string::npos);
    EXPECT_EQ(found.out.find("example-solar-system/largest"), std::string::npos) << found.out;

    RunResult words = Run({"list", "--search", "\"iron oxide\" -is:suspended"});
    ASSERT_EQ(words.exit_code, 0) << words.err;
    EXPECT_NE(words.out.find("Mars looks red"), std::string::npos) << words.out;
    EXPECT_EQ(words.out.find("largest"), std::string::npos) << words.out;

    RunResult bad = Run({"list", "--search", "deck:Solar (tag:x"});
    EXPECT_EQ(bad.exit_code, 1);
    EXPECT_NE(bad.err.find("never closed (column 12)"), std::string::npos) << bad.err;
    EXPECT_NE(bad.err.find("\n             ^"), std::string::npos) << bad.err;
    EXPECT_EQ(Run({"list", "--search", "x", "--deck", "Solar system"}).exit_code, 1);
}

// The first line of `out` that starts with `start`, or "" when none.
std::string LineStarting(const std::string& out, const std::string& start) {
    size_t begin = 0;
    while (begin < out.size()) {
        const size_t end = out.find('\n', begin);
        const std::string line = out.substr(begin, end - begin);
        if (line.starts_with(start)) {
            return line;
        }
        begin = end == std::string::npos ? out.size() : end + 1;
    }
    return "";
}

TEST_F(CliTest, DecksPrintsTheTreeWithCountsIncludingSubdecks) {
    RunResult bad = Run({"import", kExample, "--deck", "Space::::Solar"});
    EXPECT_EQ(bad.exit_code, 1);
    EXPECT_NE(bad.err.find("empty part"), std::string::npos) << bad.err;
    ASSERT_EQ(Run({"import", kExample, "--deck", "Space::Solar"}).exit_code, 0);
    RunResult decks = Run({"decks"});
    ASSERT_EQ(decks.exit_code, 0) << decks.err;
    const std::string parent = LineStarting(decks.out, "Space ");
    const std::string child = LineStarting(decks.out, "  Solar ");
    ASSERT_FALSE(parent.empty()) << decks.out;
    ASSERT_FALSE(child.empty()) << decks.out;
    // Same counts: the parent holds nothing of its own, its subdeck everything.
    EXPECT_EQ(parent.substr(40), child.substr(40)) << decks.out;
    EXPECT_NE(child.substr(40).find_first_of("123456789"), std::string::npos) << decks.out;
    EXPECT_LT(decks.out.find(parent), decks.out.find(child));

    RunResult list = Run({"list", "--deck", "Space", "--json"});
    ASSERT_EQ(list.exit_code, 0) << list.err;
    EXPECT_NE(list.out.find("\"deck\":\"Space::Solar\""), std::string::npos) << list.out;
}

TEST_F(CliTest, DamagedOrNewerCollectionsAreRefusedUnchanged) {
    WriteFile(collection_, std::string(4096, 'x'));
    RunResult corrupt = Run({"decks"});
    EXPECT_EQ(corrupt.exit_code, 1);
    EXPECT_NE(corrupt.err.find(collection_.string()), std::string::npos) << corrupt.err;
    EXPECT_EQ(ReadFile(collection_), std::string(4096, 'x'));

    std::filesystem::remove(collection_);
    ASSERT_EQ(Run({"decks"}).exit_code, 0);
    {
        sqlite3* db = nullptr;
        ASSERT_EQ(sqlite3_open(collection_.c_str(), &db), SQLITE_OK);
        ASSERT_EQ(sqlite3_exec(db, "PRAGMA user_version = 999", nullptr, nullptr, nullptr),
                  SQLITE_OK);
        sqlite3_close(db);
    }
    std::string before = ReadFile(collection_);
    RunResult newer = Run({"decks"});
    EXPECT_EQ(newer.exit_code, 1);
    EXPECT_NE(newer.err.find("newer"), std::string::npos) << newer.err;
    EXPECT_EQ(ReadFile(collection_), before);
}

TEST_F(CliTest, SchedReplayReadsStdinAndReportsBadInput) {
    RunResult ok =
        Run({"sched", "replay"}, R"({"sequences":[{"steps":[{"t":1700000000000,"rating":3}]}]})");
    ASSERT_EQ(ok.exit_code, 0) << ok.err;
    EXPECT_NE(ok.out.find("\"state\":1"), std::string::npos) << ok.out;
    EXPECT_NE(ok.out.find("\"r\":null"), std::string::npos) << ok.out;
    RunResult far_future = Run(
        {"sched", "replay"}, R"({"sequences":[{"steps":[{"t":9000000000000000000,"rating":3}]}]})");
    EXPECT_EQ(far_future.exit_code, 1) << "times past the calendar range are refused";
    RunResult bad = Run({"sched", "replay"}, "{not json");
    EXPECT_EQ(bad.exit_code, 1);
    EXPECT_NE(bad.err.find("error:"), std::string::npos);
}

// A replay file's mistakes read FILE:LINE:COL, like a bank's; stdin is named <stdin>.
TEST_F(CliTest, SchedReplayFromAFileNamesTheLineAndColumnOfAMistake) {
    const auto input = dir_ / "sequences.json";
    WriteFile(input, "{\"sequences\": [\n  {\"steps\": [{\"t\": 1, \"rating\": \"good\"}]}\n]}\n");
    RunResult bad = Run({"sched", "replay", input.string()});
    EXPECT_EQ(bad.exit_code, 1);
    EXPECT_EQ(bad.err, input.string() +
                           ":2:33: error: sequence 0 step 0: \"rating\" must be 1, 2, 3 or 4\n");
    RunResult piped = Run({"sched", "replay"}, "{\"sequences\": 5}");
    EXPECT_EQ(piped.err, "<stdin>:1:15: error: \"sequences\" must be an array\n");
    RunResult missing = Run({"sched", "replay", (dir_ / "none.json").string()});
    EXPECT_EQ(missing.exit_code, 1);
    EXPECT_NE(missing.err.find("none.json"), std::string::npos) << missing.err;

    WriteFile(input, R"({"sequences":[{"steps":[{"t":1700000000000,"rating":3}]}]})");
    RunResult ok = Run({"sched", "replay", input.string()});
    ASSERT_EQ(ok.exit_code, 0) << ok.err;
    EXPECT_NE(ok.out.find("\"state\":1"), std::string::npos) << ok.out;
}

}  // namespace
}  // namespace summit::testing
