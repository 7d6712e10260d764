// StreamCsvBank hands on a question at a time exactly what ParseCsvBank returns as a whole:
// the same questions in the same order, the same bank name and warnings, or the same errors.
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "content/formats/csv_bank.h"
#include "format_fixture.h"
#include "tests/support/test_paths.h"

namespace summit::content {
namespace {

using test::Listed;

// Streams `text` and parses it whole, expecting the same outcome; returns how many questions
// the sink was given.
std::size_t ExpectStreamedAsParsed(std::string_view text, std::string_view name,
                                   char delimiter = '\0') {
    SCOPED_TRACE(std::string(name));
    auto parsed = ParseCsvBank(text, name, delimiter);
    std::vector<Question> given;
    auto streamed = StreamCsvBank(text, name, delimiter, [&](Question&& question) {
        given.push_back(std::move(question));
        return true;
    });
    if (!parsed) {
        EXPECT_FALSE(streamed.has_value());
        if (!streamed) {
            EXPECT_EQ(Listed(streamed.error(), "error"), Listed(parsed.error(), "error"));
        }
        return given.size();
    }
    EXPECT_TRUE(streamed.has_value()) << Listed(streamed.error(), "error");
    if (!streamed) {
        return given.size();
    }
    EXPECT_EQ(streamed->questions, parsed->bank.questions.size());
    EXPECT_FALSE(streamed->stopped);
    EXPECT_TRUE(given == parsed->bank.questions);
    EXPECT_EQ(streamed->header.id, parsed->bank.id);
    EXPECT_EQ(streamed->header.title, parsed->bank.title);
    EXPECT_EQ(DeckName(streamed->header), DeckName(parsed->bank));
    EXPECT_TRUE(streamed->header.questions.empty());
    EXPECT_EQ(Listed(streamed->warnings, "warning"), Listed(parsed->warnings, "warning"));
    const Bank header = CsvBankHeader(name);
    EXPECT_EQ(header.id, parsed->bank.id);
    EXPECT_EQ(header.title, parsed->bank.title);
    return given.size();
}

std::string ReadAll(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

// Streams every .csv and .tsv file under `folder` (TSV with a tab, as `summit` reads it);
// returns how many there were.
int StreamEveryCsvUnder(const std::filesystem::path& folder) {
    std::error_code error;
    if (!std::filesystem::is_directory(folder, error)) {
        return 0;
    }
    int files = 0;
    for (const auto& entry : std::filesystem::recursive_directory_iterator(folder, error)) {
        const std::string extension = entry.path().extension().string();
        if (!entry.is_regular_file() || (extension != ".csv" && extension != ".tsv")) {
            continue;
        }
        ++files;
        ExpectStreamedAsParsed(ReadAll(entry.path()), entry.path().string(),
                               extension == ".tsv" ? '\t' : '\0');
    }
    return files;
}

TEST(CsvStream, RepositoryCsvFilesStreamAsTheyParse) {
    const int files = StreamEveryCsvUnder(testing::TestDataDir()) +
                      StreamEveryCsvUnder(testing::SourceDir() / "tests/fuzz/corpus/csv_bank");
    EXPECT_GE(files, 5);  // the csv_bank fuzz corpus: every type, errors, BOM, CRLF, ...
}

TEST(CsvStream, SharedFixtureCsvFilesStreamAsTheyParse) {
    if (StreamEveryCsvUnder(testing::SharedFixturesDir()) == 0) {
        GTEST_SKIP() << "no CSV or TSV files in the shared fixtures";
    }
}

TEST(CsvStream, EveryTypeWithHeaderWarningsAndSkippedRows) {
    const std::size_t given = ExpectStreamedAsParsed(
        "id,type,front,back,choices,correct,tags,colour,front\n"
        "a1,flashcard,chat,cat,,,fr animals,red,\n"
        "a2,multiple_choice,\"Which, of these?\",,one|two|three,2,,,\n"
        ",true_false,The sky is blue,true,,,,,\n"
        ",flashcard,no back here,,,,,,\n"
        "\n"
        ",typed,Capital of France?,Paris|paris,,,,,,extra,fields\n"
        ",cloze,The {{c1::sun}} is a star,,,,,,\n",
        "every type.csv");
    EXPECT_EQ(given, 5u);
}

TEST(CsvStream, QuotedNewlinesBomAndCrlf) {
    const std::size_t given = ExpectStreamedAsParsed(
        "\xEF\xBB\xBF"
        "front;back\r\n\"two\r\nlines\";\"with \"\"quotes\"\"\r\nand ; inside\"\r\n"
        "plain;card\r\n",
        "bom.csv");
    EXPECT_EQ(given, 2u);
}

TEST(CsvStream, WithoutHeaderTwoColumnsAreFrontAndBack) {
    EXPECT_EQ(ExpectStreamedAsParsed("chat,cat\nchien,dog\n", "words.csv"), 2u);
    EXPECT_EQ(ExpectStreamedAsParsed("chat\tcat\nchien\tdog\n", "words.tsv", '\t'), 2u);
    EXPECT_EQ(ExpectStreamedAsParsed("chat|cat\nchien|dog|extra\n", "words.csv"), 2u);
}

// Detection reads the first 20 lines: the commas after them do not change the delimiter (those
// rows are one field, fronts without a back, skipped), in the stream as in the whole read. Given
// a comma, the later rows all have the front "later": one question, replaced 29 times.
TEST(CsvStream, DelimiterDetectedFromTheFirstLinesOnly) {
    std::string text = "front;back\n";
    for (int i = 0; i < 30; ++i) {
        text += "term " + std::to_string(i) + ";meaning, " + std::to_string(i) + "\n";
    }
    for (int i = 0; i < 30; ++i) {
        text += "later, " + std::to_string(i) + ",a,b,c,d\n";
    }
    EXPECT_EQ(ExpectStreamedAsParsed(text, "late commas.csv"), 30u);
    EXPECT_EQ(ExpectStreamedAsParsed(text, "given.csv", ','), 31u);
}

// A later row with an earlier row's id replaces it in its place; the stream hands on the
// whole read's questions.
TEST(CsvStream, RepeatedIdsReplaceInPlace) {
    EXPECT_EQ(ExpectStreamedAsParsed("front,back,id\nfirst,1,x\nsecond,2,\nagain,3,x\n"
                                     "second,4,\n",
                                     "repeats.csv"),
              2u);
}

TEST(CsvStream, ErrorsAreTheWholeReadsEvenAfterGoodRows) {
    ExpectStreamedAsParsed("front,back,type\nok,fine,\nbad,row,no_such_type\nok2,fine,\n",
                           "type error.csv");
    ExpectStreamedAsParsed("front,back,difficulty\nok,fine,\nbad,row,9\nbad2,row,x\n",
                           "validation errors.csv");
    ExpectStreamedAsParsed("front,back\nok,\"never closed\nmore\n", "unclosed.csv");
    ExpectStreamedAsParsed("front,back\n,only a back\n", "nothing.csv");
    ExpectStreamedAsParsed("", "empty.csv");
}

TEST(CsvStream, TheSinkStopsTheReading) {
    std::vector<std::string> prompts;
    auto streamed = StreamCsvBank("a,1\nb,2\nc,3\n", "stop.csv", '\0', [&](Question&& question) {
        prompts.push_back(question.prompt);
        return prompts.size() < 2;
    });
    ASSERT_TRUE(streamed.has_value());
    EXPECT_TRUE(streamed->stopped);
    EXPECT_EQ(streamed->questions, 2u);
    EXPECT_EQ(prompts, (std::vector<std::string>{"a", "b"}));
}

}  // namespace
}  // namespace summit::content
