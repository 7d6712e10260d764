// The report file: it reads back as written, and a truncated, edited, foreign or newer file is
// refused with the reason, never half-read.
#include "app/classroom/report_file.h"

#include <gtest/gtest.h>

#include "app/classroom/report_reader.h"
#include "content/richtext/sha256.h"
#include "hand_class.h"

namespace summit::classroom {
namespace {

void ReplaceOnce(std::string& text, const std::string& from, const std::string& to) {
    const std::size_t at = text.find(from);
    ASSERT_NE(at, std::string::npos) << from;
    text.replace(at, from.size(), to);
}

// The report of `text` with one edit to its body, signed again: it passes the checksum.
std::string EditAndSign(const std::string& text, const std::string& from, const std::string& to) {
    const std::size_t body = text.find(R"("body":)") + 7;
    std::string inner = text.substr(body, text.rfind('}') - body);
    const std::size_t at = inner.find(from);
    EXPECT_NE(at, std::string::npos) << from;
    if (at != std::string::npos) {
        inner.replace(at, from.size(), to);
    }
    std::string head = text.substr(0, body);
    const std::size_t sum = head.find(R"("sha256":")") + 10;
    head.replace(sum, 64, content::Sha256Hex(inner));
    return head + inner + "}\n";
}

TEST(ReportFileTest, ReadsBackWhatWasWritten) {
    const StudentReport report = testing::HandStudent('B');
    const std::string text = WriteReportText(report);
    EXPECT_TRUE(
        text.starts_with(R"({"format":"summit-class-report","format_version":1,"sha256":")"))
        << text.substr(0, 80);
    auto read = ReadReportText(text, "b.json");
    ASSERT_TRUE(read.has_value()) << read.error().ToString();
    EXPECT_EQ(read->student_name, "Student B");
    EXPECT_EQ(read->deck, "Geography");
    ASSERT_EQ(read->questions.size(), 3u);
    EXPECT_EQ(read->questions[0].options, report.questions[0].options);
    EXPECT_EQ(read->questions[0].first->chosen, std::vector<int>{0});
    EXPECT_EQ(read->questions[2].first->correct, false);
    EXPECT_DOUBLE_EQ(read->questions[2].retrievability, 0.5);
    EXPECT_EQ(read->totals.attempts, 6);
    EXPECT_EQ(WriteReportText(*read), text) << "the body is canonical";
}

TEST(ReportFileTest, AnEditedBodyFailsItsChecksum) {
    std::string text = WriteReportText(testing::HandStudent('B'));
    ReplaceOnce(text, R"("correct":false)", R"("correct":true )");
    auto read = ReadReportText(text, "b.json");
    ASSERT_FALSE(read.has_value());
    EXPECT_EQ(read.error().code, ErrorCode::kCorrupt);
    EXPECT_EQ(read.error().file, "b.json");
    EXPECT_NE(read.error().message.find("checksum mismatch"), std::string::npos);
}

TEST(ReportFileTest, ATruncatedFileIsNotJson) {
    const std::string text = WriteReportText(testing::HandStudent('B'));
    auto read = ReadReportText(text.substr(0, text.size() / 2), "b.json");
    ASSERT_FALSE(read.has_value());
    EXPECT_EQ(read.error().code, ErrorCode::kParse);
    EXPECT_NE(read.error().message.find("truncated"), std::string::npos);
}

TEST(ReportFileTest, AnotherFormatOrANewerVersionIsRefused) {
    std::string text = WriteReportText(testing::HandStudent('B'));
    std::string newer = text;
    ReplaceOnce(newer, R"("format_version":1)", R"("format_version":2)");
    auto read = ReadReportText(newer);
    ASSERT_FALSE(read.has_value());
    EXPECT_EQ(read.error().code, ErrorCode::kUnsupportedVersion);
    EXPECT_NE(read.error().message.find("version 2"), std::string::npos);

    auto bank = ReadReportText(R"({"id":"a bank","questions":[]})");
    ASSERT_FALSE(bank.has_value());
    EXPECT_EQ(bank.error().code, ErrorCode::kUnsupportedVersion);
    EXPECT_NE(bank.error().message.find("not a class report"), std::string::npos);
}

TEST(ReportFileTest, AWellSignedBodyWithAMissingMemberIsNamed) {
    // Re-sign a body without "deck": the checksum passes, the validation does not.
    auto read = ReadReportText(
        EditAndSign(WriteReportText(testing::HandStudent('B')), R"("deck":"Geography",)", ""),
        "b.json");
    ASSERT_FALSE(read.has_value());
    EXPECT_EQ(read.error().code, ErrorCode::kValidation);
    EXPECT_NE(read.error().message.find(R"("deck" must be a string)"), std::string::npos)
        << read.error().message;
    EXPECT_GT(read.error().line, 0);
}

TEST(ReportFileTest, TheStatedQuestionCountSizesTheListOnceAndOnlyAsAHint) {
    const std::string text = WriteReportText(testing::HandStudent('B'));
    auto scanned = ScanReportText(text);
    ASSERT_TRUE(scanned.has_value());
    ASSERT_EQ(scanned->report.questions.size(), 3u);
    // Grown one by one the list would hold room for 4.
    EXPECT_EQ(scanned->report.questions.capacity(), 3u);

    // A count no file of this size could hold reserves no more than the text could.
    const std::string lying =
        EditAndSign(text, R"("totals":{"questions":3)", R"("totals":{"questions":4000000000)");
    auto big = ScanReportText(lying);
    ASSERT_TRUE(big.has_value());
    EXPECT_EQ(big->report.questions.size(), 3u);
    EXPECT_LE(big->report.questions.capacity(), lying.size() / 100);
    auto read = ReadReportText(lying, "b.json");
    ASSERT_TRUE(read.has_value()) << read.error().ToString();
    EXPECT_EQ(read->totals.questions, 3) << "recomputed, not taken from the file";

    // Totals without a count, or with one of the wrong kind, are read as before.
    for (const char* to : {R"("totals":{"question":3)", R"("totals":{"questions":"3")"}) {
        auto other = ReadReportText(EditAndSign(text, R"("totals":{"questions":3)", to));
        ASSERT_TRUE(other.has_value()) << to << ": " << other.error().ToString();
        EXPECT_EQ(other->questions.size(), 3u);
    }
}

}  // namespace
}  // namespace summit::classroom
