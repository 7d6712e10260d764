// Whole-file failures: malformed JSON positions, bank-level rules, versions, and a file with
// many problems reported together.
#include <filesystem>
#include <fstream>
#include <string>

#include <gtest/gtest.h>

#include "content/formats/json_bank.h"
#include "tests/support/test_paths.h"

namespace summit::content {
namespace {

const std::filesystem::path kJsonDir = summit::testing::TestDataDir() / "json";

struct Expected {
    ErrorCode code;
    int line;
    int column;
    std::string message;
};

void ExpectErrors(const std::expected<Bank, ErrorList>& bank,
                  const std::vector<Expected>& expected) {
    ASSERT_FALSE(bank.has_value());
    const ErrorList& errors = bank.error();
    for (std::size_t i = 0; i < std::max(errors.size(), expected.size()); ++i) {
        if (i >= errors.size()) {
            ADD_FAILURE() << "missing error: " << expected[i].line << ":" << expected[i].column
                          << " " << expected[i].message;
            continue;
        }
        if (i >= expected.size()) {
            ADD_FAILURE() << "unexpected error: " << errors[i].ToString();
            continue;
        }
        EXPECT_EQ(errors[i].code, expected[i].code) << errors[i].ToString();
        EXPECT_EQ(errors[i].line, expected[i].line) << errors[i].ToString();
        EXPECT_EQ(errors[i].column, expected[i].column) << errors[i].ToString();
        EXPECT_EQ(errors[i].message, expected[i].message);
    }
}

Error OnlyError(std::string_view text) {
    auto bank = ParseJsonBank(text, "t.json");
    EXPECT_FALSE(bank.has_value());
    if (bank.has_value()) {
        return {};
    }
    EXPECT_EQ(bank.error().size(), 1u) << bank.error().back().ToString();
    EXPECT_EQ(bank.error().front().file, "t.json");
    return bank.error().front();
}

constexpr auto kV = ErrorCode::kValidation;

TEST(JsonBankFile, ManyProblemsAreReportedTogetherInFileOrder) {
    auto bank = LoadJsonBankFile(kJsonDir / "many-problems.json");
    ExpectErrors(
        bank,
        {
            {kV, 4, 9, "bank id \"Many Problems\" may only use a-z, 0-9, \"-\", \"_\" and \".\""},
            {kV, 5, 12, "bank has no \"title\""},
            {kV, 8, 12, "topic id \"facts:planets\" is declared twice"},
            {kV, 13, 17, "question \"p3-buffer\": multiple choice has no correct choice"},
            {kV, 14, 12, "question \"ok\": duplicate id, first used by question 1"},
            {kV, 15, 29,
             "question \"essay\": unknown type \"essay\" (expected one of flashcard, "
             "multiple_choice, true_false, typed, cloze, matching, ordering, numerical)"},
            {kV, 16, 48, "question \"typed\": missing or empty \"prompt\""},
            {kV, 16, 64, "question \"typed\": typed question has no accepted answer"},
            {kV, 17, 46, "question \"gap\": cloze: no gap, mark one as {{answer}}"},
            {kV, 18, 69, "question \"pairs\": matching needs at least 2 pairs, has 0"},
            {kV, 19, 69, "question \"order\": ordering needs at least 2 items, has 1"},
            {kV, 20, 5, "question \"card\": flashcard has no \"back\""},
            {kV, 20, 74, "question \"card\": \"difficulty\" must be a whole number from 0 to 5"},
            {kV, 21, 15, "question \"card\": topic \"facts:stars\" is not declared in \"topics\""},
            {kV, 21, 54,
             "question \"card\": \"source.paragraph\" must be a whole number from 0 to 1000000"},
            {kV, 22, 5, "\"questions[9]\" must be an object, not a string"},
        });
    for (const Error& error : bank.error()) {
        EXPECT_EQ(error.file, (kJsonDir / "many-problems.json").string());
    }
}

TEST(JsonBankFile, NewerVersionIsRefusedAlone) {
    auto bank = LoadJsonBankFile(kJsonDir / "newer-version.json");
    ExpectErrors(bank, {{ErrorCode::kUnsupportedVersion, 3, 14,
                         "bank format version 2 is newer than this Summit reads (up to 1)"}});
}

TEST(JsonBankFile, WrongFormatIsAValidationError) {
    auto bank = LoadJsonBankFile(kJsonDir / "wrong-format.json");
    ExpectErrors(bank, {{kV, 2, 13, "\"format\" is \"anki-deck\", expected \"summit-bank\""}});
}

TEST(JsonBankFile, TrailingCommaIsAParseErrorAtTheBracket) {
    auto bank = LoadJsonBankFile(kJsonDir / "trailing-comma.json");
    ExpectErrors(bank, {{ErrorCode::kParse, 8, 3, "malformed JSON: Invalid value."}});
}

TEST(JsonBankParse, UnterminatedStringPointsAtItsEnd) {
    Error error = OnlyError("{\n  \"format\": \"summit-bank\n}");
    EXPECT_EQ(error.code, ErrorCode::kParse);
    EXPECT_EQ(error.line, 2);
    EXPECT_EQ(error.column, 25);
    EXPECT_EQ(error.message, "malformed JSON: line break or control character inside a string");
}

TEST(JsonBankParse, EmptyTextIsAParseError) {
    Error error = OnlyError("");
    EXPECT_EQ(error.code, ErrorCode::kParse);
    EXPECT_EQ(error.line, 1);
    EXPECT_EQ(error.column, 1);
    EXPECT_EQ(error.message, "malformed JSON: The document is empty.");
}

TEST(JsonBankParse, TextAfterTheRootIsAParseError) {
    Error error = OnlyError("{}\n{}");
    EXPECT_EQ(error.code, ErrorCode::kParse);
    EXPECT_EQ(error.line, 2);
    EXPECT_EQ(error.column, 1);
}

TEST(JsonBankParse, ColumnsCountCharactersNotBytes) {
    Error error = OnlyError("{\"title\": \"Zoë Ångström\" \"id\": 1}");
    EXPECT_EQ(error.code, ErrorCode::kParse);
    EXPECT_EQ(error.line, 1);
    EXPECT_EQ(error.column, 26);  // 28 in bytes
}

TEST(JsonBankParse, InvalidUtf8IsAParseError) {
    Error error = OnlyError("{\"title\": \"a\xFF\"}");
    EXPECT_EQ(error.code, ErrorCode::kParse);
    EXPECT_EQ(error.line, 1);
    EXPECT_EQ(error.column, 13);
}

TEST(JsonBankParse, NulCharacterIsAParseError) {
    using namespace std::string_literals;
    Error error = OnlyError("{\"title\": \"T\"}\n\0"s);
    EXPECT_EQ(error.code, ErrorCode::kParse);
    EXPECT_EQ(error.line, 2);
    EXPECT_EQ(error.column, 1);
    EXPECT_EQ(error.message, "malformed JSON: NUL character in the text");
}

TEST(JsonBankParse, DeepNestingIsRefused) {
    std::string text = "{\"x\": " + std::string(200, '[') + std::string(200, ']') + "}";
    Error error = OnlyError(text);
    EXPECT_EQ(error.code, ErrorCode::kParse);
    EXPECT_EQ(error.message, "JSON nested more than 64 levels deep");
}

TEST(JsonBankParse, ByteOrderMarkIsSkipped) {
    std::string text =
        "\xEF\xBB\xBF{\"format\": \"summit-bank\", \"version\": 1, \"id\": \"b\", \"title\": "
        "\"T\", \"questions\": []}";
    Error error = OnlyError(text);
    EXPECT_EQ(error.code, kV);
    EXPECT_EQ(error.message, "bank has no questions");
    EXPECT_EQ(error.column, 79);
}

TEST(JsonBankRoot, MustBeAnObject) {
    Error error = OnlyError("  [1, 2]");
    EXPECT_EQ(error.code, kV);
    EXPECT_EQ(error.column, 3);
    EXPECT_EQ(error.message, "a bank file must hold a JSON object, not an array");
}

TEST(JsonBankRoot, MissingRequiredFieldsAreEachReported) {
    auto bank = ParseJsonBank("{}", "t.json");
    ExpectErrors(bank, {
                           {kV, 1, 1, "missing \"format\" (must be \"summit-bank\")"},
                           {kV, 1, 1, "missing \"version\""},
                           {kV, 1, 1, "bank has no \"id\""},
                           {kV, 1, 1, "bank has no \"title\""},
                           {kV, 1, 1, "bank has no questions"},
                       });
}

TEST(JsonBankRoot, VersionZeroIsInvalid) {
    Error error = OnlyError(
        R"({"format": "summit-bank", "version": 0, "id": "b", "title": "T", "questions": [)"
        R"({"id": "q", "type": "flashcard", "prompt": "P", "back": "B"}]})");
    EXPECT_EQ(error.code, kV);
    EXPECT_EQ(error.column, 38);
    EXPECT_EQ(error.message, "\"version\" must be a whole number from 1 to 1");
}

TEST(JsonBankRoot, QuestionsMustBeAnArray) {
    Error error = OnlyError(
        R"({"format": "summit-bank", "version": 1, "id": "b", "title": "T", "questions": {}})");
    EXPECT_EQ(error.code, kV);
    EXPECT_EQ(error.column, 79);
    EXPECT_EQ(error.message, "\"questions\" must be an array, not an object");
}

TEST(JsonBankRoot, SourceFieldsMustBeStrings) {
    Error error = OnlyError(
        R"({"format": "summit-bank", "version": 1, "id": "b", "title": "T", "source": {"date": 2018}, "questions": [)"
        R"({"id": "q", "type": "flashcard", "prompt": "P", "back": "B"}]})");
    EXPECT_EQ(error.code, kV);
    EXPECT_EQ(error.column, 85);
    EXPECT_EQ(error.message, "\"source.date\" must be a string, not a number");
}

TEST(JsonBankParse, NumberWithHundredsOfDigitsIsAnErrorAtIt) {
    // rapidjson's full-precision path crashed the process on such a number.
    const std::string text = "{\"format\": \"summit-bank\", \"version\": 1,\n\"difficulty\": 0." +
                             std::string(350, '0') + "1}";
    Error error = OnlyError(text);
    EXPECT_EQ(error.code, ErrorCode::kParse);
    EXPECT_EQ(error.line, 2);
    EXPECT_EQ(error.column, 15);
    EXPECT_EQ(error.message, "malformed JSON: number longer than 100 characters");
}

TEST(JsonBankFile, NumberWithHundredsOfDigitsInAFileNamesFileLineAndColumn) {
    const auto path = std::filesystem::temp_directory_path() / "summit_long_number_bank.json";
    {
        std::ofstream out(path, std::ios::binary);
        out << "{\n  \"format\": \"summit-bank\",\n  \"version\": 0." << std::string(350, '0')
            << "1\n}\n";
    }
    auto bank = LoadJsonBankFile(path);
    std::filesystem::remove(path);
    ASSERT_FALSE(bank.has_value());
    ASSERT_EQ(bank.error().size(), 1u);
    EXPECT_EQ(bank.error()[0].ToString(),
              path.string() + ":3:14: error: malformed JSON: number longer than 100 characters");
}

}  // namespace
}  // namespace summit::content
