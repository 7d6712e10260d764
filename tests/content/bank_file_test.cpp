// Telling bank formats apart and reading any of them through one entry point.
#include "content/formats/bank_file.h"

#include <filesystem>
#include <fstream>

#include <gtest/gtest.h>
#include <unistd.h>

namespace summit::content {
namespace {

// A scratch folder for one test, removed afterwards. (The content tests link only content.)
class ScratchDir {
  public:
    ScratchDir()
        : path_(std::filesystem::temp_directory_path() /
                ("summit-bank-file-" + std::to_string(::getpid()))) {
        std::filesystem::create_directories(path_);
    }
    ~ScratchDir() {
        std::error_code ignored;
        std::filesystem::remove_all(path_, ignored);
    }
    const std::filesystem::path& path() const { return path_; }

  private:
    std::filesystem::path path_;
};

TEST(BankFormatNames, RoundTripAndAutoIsNoFormat) {
    for (BankFormat format : kAllBankFormats) {
        EXPECT_EQ(ParseBankFormatName(BankFormatName(format)), format);
    }
    EXPECT_EQ(ParseBankFormatName("Moodle-XML"), BankFormat::kMoodleXml);
    EXPECT_EQ(ParseBankFormatName("auto"), std::nullopt);
    EXPECT_EQ(ParseBankFormatName("apkg"), std::nullopt);
}

TEST(DetectBankFormat, ExtensionsFirst) {
    EXPECT_EQ(DetectBankFormat("a.JSON", "x,y"), BankFormat::kJson);
    EXPECT_EQ(DetectBankFormat("a.csv", "x\ty"), BankFormat::kCsv);
    EXPECT_EQ(DetectBankFormat("a.tsv", "x,y"), BankFormat::kTsv);
    EXPECT_EQ(DetectBankFormat("a.xml", ""), BankFormat::kMoodleXml);
    EXPECT_EQ(DetectBankFormat("a.gift", ""), BankFormat::kGift);
    EXPECT_EQ(DetectBankFormat("questions.gift.txt", ""), BankFormat::kGift);
}

TEST(DetectBankFormat, ThenContent) {
    EXPECT_EQ(DetectBankFormat("bank", "\xEF\xBB\xBF  {\"format\": 1}"), BankFormat::kJson);
    EXPECT_EQ(DetectBankFormat("b.txt", "<?xml version=\"1.0\"?><quiz>"), BankFormat::kMoodleXml);
    EXPECT_EQ(DetectBankFormat("b.dat", "#separator:Comma\na,b\n"), BankFormat::kText);
    EXPECT_EQ(DetectBankFormat("b.txt", "::Q1:: 1+1 {=2 ~3}\n"), BankFormat::kGift);
    EXPECT_EQ(DetectBankFormat("b.txt", "Is it? {T}\n"), BankFormat::kGift);
    EXPECT_EQ(DetectBankFormat("b.txt", "$CATEGORY: tom\n"), BankFormat::kGift);
    EXPECT_EQ(DetectBankFormat("b.txt", "Q?\nA) one\nB) two\nANSWER: B\n"), BankFormat::kAiken);
    EXPECT_EQ(DetectBankFormat("b.txt", "front\tback\n"), BankFormat::kText);
    EXPECT_EQ(DetectBankFormat("b", "front\tback\nc\td\n"), BankFormat::kTsv);
    EXPECT_EQ(DetectBankFormat("b", "front;back\n"), BankFormat::kCsv);
    // Cloze gaps are not GIFT blocks.
    EXPECT_EQ(DetectBankFormat("b", "type,front\ncloze,A {{b}} c\n"), BankFormat::kCsv);
}

TEST(ParseBankText, MoodleXmlGoesToItsReader) {
    constexpr std::string_view kXml =
        "<?xml version=\"1.0\"?>\n<quiz><question type=\"truefalse\">"
        "<questiontext format=\"plain_text\"><text>Sky is blue</text></questiontext>"
        "<answer fraction=\"100\"><text>true</text></answer>"
        "<answer fraction=\"0\"><text>false</text></answer></question></quiz>";
    EXPECT_EQ(DetectBankFormat("q", kXml), BankFormat::kMoodleXml);
    auto parsed = ParseBankText(kXml, "q.xml", BankFormat::kMoodleXml, {});
    ASSERT_TRUE(parsed.has_value()) << parsed.error().front().ToString();
    ASSERT_EQ(parsed->bank.questions.size(), 1u);
    EXPECT_EQ(parsed->bank.questions[0].type, QuestionType::kTrueFalse);
    EXPECT_TRUE(parsed->bank.questions[0].answer);
    auto broken = ParseBankText("<quiz>", "b.xml", BankFormat::kMoodleXml, {});
    ASSERT_FALSE(broken.has_value());
    EXPECT_EQ(broken.error()[0].code, ErrorCode::kParse);
}

TEST(ParseBankText, GiftAndAikenGoToTheirReaders) {
    auto gift = ParseBankText("::Sum:: 1+1 {=2 ~3}\n", "f.gift", BankFormat::kGift, {});
    ASSERT_TRUE(gift.has_value());
    ASSERT_EQ(gift->bank.questions.size(), 1u);
    EXPECT_EQ(gift->bank.questions[0].type, QuestionType::kMultipleChoice);
    auto aiken = ParseBankText("Q?\nA) one\nB) two\nANSWER: B\n", "f.txt", BankFormat::kAiken, {});
    ASSERT_TRUE(aiken.has_value());
    ASSERT_EQ(aiken->bank.questions.size(), 1u);
    EXPECT_TRUE(aiken->bank.questions[0].choices[1].correct);
}

TEST(ParseBankText, TextWithACardSeparatorIsAPastedList) {
    BankReadOptions options;
    options.delimiter = " = ";
    auto parsed = ParseBankText("a = 1\nb = 2", "f.txt", BankFormat::kText, options);
    ASSERT_TRUE(parsed.has_value());
    EXPECT_EQ(parsed->bank.questions.size(), 2u);
    options.delimiter = ",";
    options.card_separator = ";";
    parsed = ParseBankText("\"a,1;b,2", "f.txt", BankFormat::kText, options);
    ASSERT_TRUE(parsed.has_value());
    EXPECT_EQ(parsed->bank.questions[0].prompt, "\"a");
}

TEST(ReadBankFile, DetectsAndReportsTheFormatUsed) {
    ScratchDir dir;
    const auto path = dir.path() / "deck.tsv";
    std::ofstream(path) << "front\tback\nq\ta\n";
    auto read = ReadBankFile(path);
    ASSERT_TRUE(read.has_value()) << read.error().front().ToString();
    EXPECT_EQ(read->format, BankFormat::kTsv);
    EXPECT_EQ(read->parsed.bank.id, "deck");
    BankReadOptions forced;
    forced.format = BankFormat::kJson;
    auto as_json = ReadBankFile(path, forced);
    ASSERT_FALSE(as_json.has_value());
    EXPECT_EQ(as_json.error()[0].code, ErrorCode::kParse);
}

TEST(ReadBankFile, AppliesTheFileLimits) {
    ScratchDir dir;
    auto missing = ReadBankFile(dir.path() / "none.csv");
    ASSERT_FALSE(missing.has_value());
    EXPECT_EQ(missing.error()[0].code, ErrorCode::kNotFound);
    auto directory = ReadBankFile(dir.path());
    ASSERT_FALSE(directory.has_value());
    EXPECT_EQ(directory.error()[0].code, ErrorCode::kIo);
    if (std::filesystem::exists("/dev/zero")) {
        auto device = ReadBankFile("/dev/zero");
        ASSERT_FALSE(device.has_value());
        EXPECT_EQ(device.error()[0].code, ErrorCode::kIo);
    }
}

}  // namespace
}  // namespace summit::content
