// summit report export and summit class, end to end: two students answer differently, their
// reports meet in one folder, and the class figures come out of `summit class --json`.
#include <regex>

#include <gtest/gtest.h>

#include "content/json/json.h"
#include "run_summit.h"

namespace summit::testing {
namespace {

using content::json::GetArray;
using content::json::GetDouble;
using content::json::GetInt;
using content::json::GetString;
using content::json::Value;

constexpr const char* kDeck = "China and the Kim–Trump summit";
constexpr const char* kStudyTime = "2024-05-01T09:00:00Z";
// Before Ann's learning steps (10 minutes) come due, after Ben's (1 minute after Again).
constexpr const char* kReportTime = "2024-05-01T09:05:00Z";

class ClassVerbsTest : public ::testing::Test {
  protected:
    RunResult Run(const std::filesystem::path& collection, std::vector<std::string> args,
                  const std::string& stdin_text = "") {
        args.insert(args.begin(), {"--collection", collection.string()});
        return RunSummit(args, stdin_text);
    }

    // The first `count` cards of the queue: id and question GUID.
    std::vector<std::pair<std::string, std::string>> FirstCards(
        const std::filesystem::path& collection, std::size_t count) {
        RunResult due = Run(collection, {"--now", kStudyTime, "due", "--json"});
        EXPECT_EQ(due.exit_code, 0) << due.err;
        std::vector<std::pair<std::string, std::string>> cards;
        const std::regex card("\\{\"id\":([0-9]+),\"reason\":\"[a-z]+\",\"guid\":\"([^\"]+)\"");
        for (std::sregex_iterator it(due.out.begin(), due.out.end(), card), end;
             it != end && cards.size() < count; ++it) {
            cards.emplace_back((*it)[1], (*it)[2]);
        }
        return cards;
    }

    // Answers `cards` (the same ids in every new collection) with `ratings`, in order.
    void Study(const std::filesystem::path& collection,
               const std::vector<std::pair<std::string, std::string>>& cards,
               const std::vector<std::string>& ratings) {
        ASSERT_EQ(cards.size(), ratings.size());
        std::string lines;
        for (std::size_t i = 0; i < cards.size(); ++i) {
            lines += cards[i].first + " " + ratings[i] + "\n";
        }
        RunResult run = Run(collection, {"--now", kStudyTime, "review", "-"}, lines);
        ASSERT_EQ(run.exit_code, 0) << run.err;
    }

    const Value* Find(const Value* array, const std::string& key, const std::string& value) {
        for (const Value& item : array->items) {
            if (GetString(item, key) == value) {
                return &item;
            }
        }
        ADD_FAILURE() << "no " << key << " " << value;
        return nullptr;
    }

    TempDir dir_;
    std::filesystem::path ann_ = dir_ / "ann.db";
    std::filesystem::path ben_ = dir_ / "ben.db";
    std::filesystem::path folder_ = dir_ / "class";
};

TEST_F(ClassVerbsTest, TwoStudentsReportsGiveTheClassFiguresAndABrokenReportIsSkipped) {
    const auto cards = FirstCards(ann_, 3);
    ASSERT_EQ(cards.size(), 3u);
    ASSERT_NO_FATAL_FAILURE(Study(ann_, cards, {"good", "good", "good"}));
    ASSERT_NO_FATAL_FAILURE(Study(ben_, cards, {"again", "good", "again"}));

    std::filesystem::create_directories(folder_);
    for (const auto& [collection, name] : {std::pair{ann_, "Ann"}, std::pair{ben_, "Ben"}}) {
        RunResult exported = Run(collection, {"--now", kReportTime, "report", "export", "--deck",
                                              kDeck, "--student", name, folder_.string()});
        ASSERT_EQ(exported.exit_code, 0) << exported.err;
        EXPECT_NE(exported.out.find("Wrote the report"), std::string::npos) << exported.out;
    }
    // A copy of one report with one byte changed: named and skipped.
    std::filesystem::path any;
    for (const auto& entry : std::filesystem::directory_iterator(folder_)) {
        any = entry.path();
    }
    std::string bytes = ReadFile(any);
    bytes[bytes.find("\"attempts\":1") + 11] = '2';
    WriteFile(folder_ / "broken.json", bytes);

    RunResult run = RunSummit({"--now", kReportTime, "class", folder_.string(), "--json", "--csv",
                               (dir_ / "class.csv").string()});
    ASSERT_EQ(run.exit_code, 0) << run.err;
    auto json = content::json::Parse(run.out);
    ASSERT_TRUE(json.has_value()) << run.out;
    EXPECT_EQ(GetString(*json, "deck"), kDeck);

    const Value* students = GetArray(*json, "students");
    ASSERT_TRUE(students && students->items.size() == 2) << run.out;
    const Value* ann = Find(students, "name", "Ann");
    const Value* ben = Find(students, "name", "Ben");
    ASSERT_TRUE(ann && ben);
    EXPECT_EQ(GetInt(*ann, "started"), 3);
    EXPECT_EQ(GetInt(*ann, "attempts"), 3);
    EXPECT_EQ(GetInt(*ann, "correct"), 3);
    EXPECT_NEAR(GetDouble(*ann, "accuracy"), 1.0, 1e-9);
    EXPECT_EQ(GetInt(*ben, "correct"), 1);
    EXPECT_NEAR(GetDouble(*ben, "accuracy"), 0.3333, 1e-9);
    EXPECT_NEAR(GetDouble(*ben, "first_try_score"), 33.3333, 1e-9);
    EXPECT_EQ(GetString(*ann, "summary"), "active today; nothing overdue");
    EXPECT_EQ(GetString(*ben, "summary"), "active today; 2 questions overdue");

    const Value* items = GetArray(*json, "items");
    ASSERT_TRUE(items);
    const Value* first = Find(items, "id", cards[0].second);
    const Value* second = Find(items, "id", cards[1].second);
    ASSERT_TRUE(first && second);
    EXPECT_EQ(GetInt(*first, "students"), 2);
    EXPECT_NEAR(GetDouble(*first, "facility"), 50, 1e-9);
    // Ann (3 right) is right and Ben (1 right) wrong: the rest of the test agrees entirely.
    EXPECT_NEAR(GetDouble(*first, "discrimination_index"), 1, 1e-9);
    EXPECT_NEAR(GetDouble(*second, "facility"), 100, 1e-9);

    const Value* rejected = GetArray(*json, "rejected");
    ASSERT_TRUE(rejected && rejected->items.size() == 1) << run.out;
    EXPECT_EQ(GetString(rejected->items[0], "file"), "broken.json");
    EXPECT_NE(GetString(rejected->items[0], "reason").find("checksum mismatch"), std::string::npos);

    EXPECT_NE(ReadFile(dir_ / "class.csv").find("\nBen,"), std::string::npos);
    EXPECT_NE(ReadFile(dir_ / "class-items.csv").find(cards[0].second), std::string::npos);

    RunResult text = RunSummit({"--now", kReportTime, "class", folder_.string()});
    ASSERT_EQ(text.exit_code, 0) << text.err;
    EXPECT_NE(text.out.find("broken.json: checksum mismatch"), std::string::npos) << text.out;
}

TEST_F(ClassVerbsTest, StudentsAreListedInNaturalOrderInTextJsonAndCsv) {
    // Three students, each from a collection of their own (so each has their own id).
    std::filesystem::create_directories(folder_);
    for (const char* name : {"Student 10", "Student 2", "student 1"}) {
        RunResult exported = Run(dir_ / (std::string(name) + ".db"),
                                 {"--now", kReportTime, "report", "export", "--deck", kDeck,
                                  "--student", name, folder_.string()});
        ASSERT_EQ(exported.exit_code, 0) << exported.err;
    }
    const std::vector<std::string> expected = {"student 1", "Student 2", "Student 10"};
    // Where each name first appears in `text`, which must be in `expected`'s order.
    const auto in_order = [&](const std::string& text, const std::string& before) {
        std::size_t last = 0;
        for (const std::string& name : expected) {
            const std::size_t at = text.find(before + name);
            if (at == std::string::npos || at < last) {
                return false;
            }
            last = at;
        }
        return true;
    };

    RunResult json_run = RunSummit({"--now", kReportTime, "class", folder_.string(), "--json",
                                    "--csv", (dir_ / "class.csv").string()});
    ASSERT_EQ(json_run.exit_code, 0) << json_run.err;
    auto json = content::json::Parse(json_run.out);
    ASSERT_TRUE(json.has_value()) << json_run.out;
    const Value* students = GetArray(*json, "students");
    ASSERT_TRUE(students && students->items.size() == 3) << json_run.out;
    for (std::size_t i = 0; i < expected.size(); ++i) {
        EXPECT_EQ(GetString(students->items[i], "name"), expected[i]) << i;
    }
    const std::string csv = ReadFile(dir_ / "class.csv");
    EXPECT_TRUE(in_order(csv, "\n")) << csv;

    RunResult text = RunSummit({"--now", kReportTime, "class", folder_.string()});
    ASSERT_EQ(text.exit_code, 0) << text.err;
    EXPECT_TRUE(in_order(text.out, "\n  ")) << text.out;
}

TEST_F(ClassVerbsTest, UsageAndMissingFolder) {
    EXPECT_EQ(RunSummit({"class"}).exit_code, 2);
    EXPECT_EQ(Run(ann_, {"report", "export", "--deck", kDeck, "out"}).exit_code, 2)
        << "the student's name is required";
    RunResult missing = RunSummit({"class", (dir_ / "nowhere").string()});
    EXPECT_EQ(missing.exit_code, 1);
    EXPECT_NE(missing.err.find("no such folder"), std::string::npos) << missing.err;
}

}  // namespace
}  // namespace summit::testing
