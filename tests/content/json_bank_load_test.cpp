// Loading bank files: the example bank, and file-level failures.
#include <filesystem>
#include <fstream>
#include <string>

#include <gtest/gtest.h>
#include <unistd.h>

#include "content/formats/json_bank.h"
#include "tests/support/test_paths.h"

namespace summit::content {
namespace {

const std::filesystem::path kJsonDir = summit::testing::TestDataDir() / "json";

TEST(LoadJsonBankFile, ReadsTheExampleBankWithEveryType) {
    auto bank = LoadJsonBankFile(kJsonDir / "solar-system.json");
    ASSERT_TRUE(bank.has_value()) << bank.error().front().ToString();
    EXPECT_EQ(bank->id, "example-solar-system");
    EXPECT_EQ(bank->title, "The solar system");
    EXPECT_EQ(DeckName(*bank), "Solar system");
    EXPECT_EQ(bank->source.publication, "Summit examples");
    ASSERT_EQ(bank->topics.size(), 2u);
    EXPECT_EQ(bank->topics[1].id, "facts:moons");
    ASSERT_EQ(bank->questions.size(), 7u);
    for (std::size_t i = 0; i < 7; ++i) {
        EXPECT_EQ(bank->questions[i].type, kAllQuestionTypes[i]) << i;
    }
    const Question& flashcard = bank->questions[0];
    EXPECT_EQ(flashcard.back, "A star");
    EXPECT_TRUE(flashcard.reversible);
    EXPECT_EQ(flashcard.tags, std::vector<std::string>{"sun"});
    const Question& choice = bank->questions[1];
    ASSERT_EQ(choice.choices.size(), 3u);
    EXPECT_TRUE(choice.choices[0].correct);
    EXPECT_FALSE(choice.choices[1].correct);
    EXPECT_EQ(choice.choices[1].feedback, "Second largest.");
    EXPECT_EQ(choice.difficulty, 2);
    EXPECT_TRUE(bank->questions[2].answer);
    EXPECT_EQ(bank->questions[3].accepted, (std::vector<std::string>{"8", "eight"}));
    ASSERT_TRUE(bank->questions[3].source.has_value());
    EXPECT_EQ(bank->questions[3].source->paragraph, 1);
    EXPECT_EQ(bank->questions[3].source->article, "");
    EXPECT_EQ(bank->questions[5].pairs[2].right, "Mars");
    EXPECT_EQ(bank->questions[6].items.back(), "Mars");
    EXPECT_EQ(bank->questions[6].source->paragraph, 0);
    EXPECT_FALSE(bank->questions[4].source.has_value());
}

TEST(LoadJsonBankFile, MissingFileIsNotFoundAndNamesTheFile) {
    auto path = kJsonDir / "no-such-bank.json";
    auto bank = LoadJsonBankFile(path);
    ASSERT_FALSE(bank.has_value());
    ASSERT_EQ(bank.error().size(), 1u);
    EXPECT_EQ(bank.error()[0].code, ErrorCode::kNotFound);
    EXPECT_EQ(bank.error()[0].file, path.string());
    EXPECT_NE(bank.error()[0].message.find("no-such-bank.json"), std::string::npos);
}

TEST(LoadJsonBankFile, DirectoryIsAnIoError) {
    auto bank = LoadJsonBankFile(kJsonDir);
    ASSERT_FALSE(bank.has_value());
    ASSERT_EQ(bank.error().size(), 1u);
    EXPECT_EQ(bank.error()[0].code, ErrorCode::kIo);
    EXPECT_NE(bank.error()[0].message.find(kJsonDir.string()), std::string::npos);
}

TEST(LoadJsonBankFile, ErrorsCarryTheFileName) {
    auto path = kJsonDir / "bad-syntax.json";
    auto bank = LoadJsonBankFile(path);
    ASSERT_FALSE(bank.has_value());
    ASSERT_EQ(bank.error().size(), 1u);
    EXPECT_EQ(bank.error()[0].code, ErrorCode::kParse);
    EXPECT_EQ(bank.error()[0].file, path.string());
    EXPECT_EQ(bank.error()[0].line, 4);
    EXPECT_EQ(bank.error()[0].column, 3);
}

}  // namespace
}  // namespace summit::content

namespace summit::content {
namespace {

TEST(LoadJsonBankFile, RefusesADeviceInsteadOfReadingForever) {
    auto bank = LoadJsonBankFile("/dev/zero");
    ASSERT_FALSE(bank.has_value());
    ASSERT_EQ(bank.error().size(), 1u);
    EXPECT_EQ(bank.error()[0].code, ErrorCode::kIo);
    EXPECT_NE(bank.error()[0].message.find("not a regular file"), std::string::npos);
    EXPECT_EQ(bank.error()[0].file, "/dev/zero");
}

TEST(LoadJsonBankFile, RefusesAFileOverTheSizeLimitBeforeReadingIt) {
    const auto path = std::filesystem::temp_directory_path() /
                      ("summit-huge-" + std::to_string(::getpid()) + ".json");
    // A sparse file: the limit is checked from its size, so no memory or disk is spent.
    std::ofstream(path).close();
    std::filesystem::resize_file(path, kMaxBankFileBytes + 1);
    auto bank = LoadJsonBankFile(path);
    std::filesystem::remove(path);
    ASSERT_FALSE(bank.has_value());
    EXPECT_EQ(bank.error()[0].code, ErrorCode::kInvalidArgument);
    EXPECT_NE(bank.error()[0].message.find("at most 256 MiB"), std::string::npos);
}

}  // namespace
}  // namespace summit::content
