// The summit command's usage details: each verb's help, window options read as usage errors,
// aligned tables, and verbs that refuse rather than guess or write something unasked for.
#include <sstream>

#include <gtest/gtest.h>

#include "content/formats/json_bank.h"
#include "run_summit.h"
#include "tests/support/test_paths.h"

namespace summit::testing {
namespace {

const std::string kExample = (summit::testing::ExamplesDir() / "solar-system.json").string();

class CliUsageTest : public ::testing::Test {
  protected:
    RunResult Run(std::vector<std::string> args) {
        args.insert(args.begin(), {"--collection", collection_.string()});
        return RunSummit(args);
    }

    // The example bank under another deck name, written to a file.
    std::string BankInDeck(const std::string& deck) {
        auto bank = content::LoadJsonBankFile(kExample);
        EXPECT_TRUE(bank.has_value());
        bank->deck = deck;
        const std::string path = (dir_ / "renamed.json").string();
        WriteFile(path, content::WriteJsonBank(*bank));
        return path;
    }

    TempDir dir_;
    std::filesystem::path collection_ = dir_ / "collection.db";
};

// Code points of a line; every character in these tests is one column wide.
size_t Columns(const std::string& line) {
    size_t columns = 0;
    for (char c : line) {
        columns += (static_cast<unsigned char>(c) & 0xC0) != 0x80 ? 1 : 0;
    }
    return columns;
}

TEST_F(CliUsageTest, VerbHelpIsTheVerbsOwn) {
    RunResult help = RunSummit({"export", "--help"});
    EXPECT_EQ(help.exit_code, 0);
    EXPECT_EQ(help.out.rfind("usage: summit export", 0), 0u) << help.out;
    EXPECT_EQ(help.out.find("verbs:"), std::string::npos) << "not the global help";
    for (const char* verb :
         {"import", "check", "list", "decks", "due", "review", "undo", "sched", "stats"}) {
        RunResult verb_help = RunSummit({verb, "--help"});
        EXPECT_EQ(verb_help.exit_code, 0) << verb;
        EXPECT_EQ(verb_help.out.rfind(std::string("usage: summit ") + verb, 0), 0u) << verb;
    }
    RunResult unknown = RunSummit({"frobnicate", "--help"});
    EXPECT_EQ(unknown.exit_code, 0);
    EXPECT_NE(unknown.out.find("verbs:"), std::string::npos) << "an unknown verb gets all help";
}

TEST_F(CliUsageTest, AnUnknownViewIsAUsageError) {
    RunResult bogus = Run({"--view", "bogus"});
    EXPECT_EQ(bogus.exit_code, 2) << bogus.err;
    EXPECT_NE(bogus.err.find("unknown view 'bogus'"), std::string::npos) << bogus.err;
    RunResult small = Run({"--ui-scale", "0.4"});
    EXPECT_EQ(small.exit_code, 2);
    EXPECT_NE(small.err.find("0.5 to 3"), std::string::npos) << small.err;
    for (const char* size : {"800", "800x", "x600", "639x480", "800x600x2", "wide"}) {
        RunResult bad_size = Run({"--window-size", size});
        EXPECT_EQ(bad_size.exit_code, 2) << size;
        EXPECT_NE(bad_size.err.find("--window-size takes WIDTHxHEIGHT"), std::string::npos)
            << bad_size.err;
    }
    EXPECT_NE(RunSummit({"--help"}).out.find("--window-size WxH"), std::string::npos);
    EXPECT_FALSE(std::filesystem::exists(collection_)) << "usage errors must not create files";
}

TEST_F(CliUsageTest, DecksTableAlignsNamesByDisplayWidth) {
    ASSERT_EQ(Run({"import", BankInDeck("Planets – inner and outer")}).exit_code, 0);
    RunResult decks = Run({"decks"});
    ASSERT_EQ(decks.exit_code, 0) << decks.err;
    std::istringstream lines(decks.out);
    std::string header;
    std::getline(lines, header);
    int rows = 0;
    for (std::string line; std::getline(lines, line); ++rows) {
        EXPECT_EQ(Columns(line), Columns(header)) << "misaligned: " << line;
    }
    EXPECT_GE(rows, 2) << decks.out;
    EXPECT_NE(decks.out.find("Planets – inner and outer"), std::string::npos);
}

TEST_F(CliUsageTest, ExportTakesItsFormatFromTheExtensionOrRefuses) {
    ASSERT_EQ(Run({"import", kExample}).exit_code, 0);
    const std::string docx = (dir_ / "out.docx").string();
    RunResult refused = Run({"export", "--deck", "Solar system", docx});
    EXPECT_EQ(refused.exit_code, 1);
    EXPECT_NE(refused.err.find("cannot tell the export format"), std::string::npos) << refused.err;
    EXPECT_FALSE(std::filesystem::exists(docx));

    const std::string json = (dir_ / "out.JSON").string();
    RunResult inferred = Run({"export", "--deck", "Solar system", json});
    ASSERT_EQ(inferred.exit_code, 0) << inferred.err;
    EXPECT_TRUE(content::LoadJsonBankFile(json).has_value());
    RunResult to_stdout = Run({"export", "--deck", "Solar system", "-"});
    EXPECT_EQ(to_stdout.exit_code, 0) << to_stdout.err;
    EXPECT_NE(to_stdout.out.find("\"summit-bank\""), std::string::npos);
}

TEST_F(CliUsageTest, ListOfAnUnknownDeckSaysSo) {
    RunResult list = Run({"list", "--deck", "No such deck"});
    EXPECT_EQ(list.exit_code, 1);
    EXPECT_TRUE(list.out.empty()) << list.out;
    EXPECT_NE(list.err.find("No such deck"), std::string::npos) << list.err;
}

TEST_F(CliUsageTest, ImportIntoAnotherDeckIsRefusedWithoutAnEmptyDeck) {
    ASSERT_EQ(Run({"import", kExample}).exit_code, 0);
    RunResult before = Run({"decks", "--json"});
    RunResult moved = Run({"import", kExample, "--deck", "Astronomy"});
    EXPECT_EQ(moved.exit_code, 1);
    EXPECT_NE(moved.err.find("already in deck \"Solar system\""), std::string::npos) << moved.err;
    RunResult after = Run({"decks", "--json"});
    EXPECT_EQ(after.out, before.out) << "no deck created";
    EXPECT_EQ(after.out.find("Astronomy"), std::string::npos);
    // Into the deck that holds it, --deck is an ordinary re-import.
    RunResult same = Run({"import", kExample, "--deck", "Solar system"});
    EXPECT_EQ(same.exit_code, 0) << same.err;
    EXPECT_NE(same.out.find("7 unchanged"), std::string::npos) << same.out;
}

}  // namespace
}  // namespace summit::testing
