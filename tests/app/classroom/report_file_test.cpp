// The report file: it reads back as written, and a truncated, edited, foreign or newer file is
// refused with the reason, never half-read.
#include "app/classroom/report_file.h"

#include <gtest/gtest.h>

#include "content/richtext/sha256.h"
#include "hand_class.h"

namespace summit::classroom {
namespace {

void ReplaceOnce(std::string& text, const std::string& from, const std::string& to) {
    const std::size_t at = text.find(from);
    ASSERT_NE(at, std::string::npos) << from;
    text.replace(at, from.size(), to);
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
    StudentReport report = testing::HandStudent('B');
    std::string text = WriteReportText(report);
    // Re-sign a body without "deck": the checksum passes, the validation does not.
    const std::size_t body = text.find(R"("body":)") + 7;
    std::string inner = text.substr(body, text.rfind('}') - body);
    ReplaceOnce(inner, R"("deck":"Geography",)", "");
    std::string head = text.substr(0, body);
    const std::size_t sum = head.find(R"("sha256":")") + 10;
    head.replace(sum, 64, content::Sha256Hex(inner));
    auto read = ReadReportText(head + inner + "}\n", "b.json");
    ASSERT_FALSE(read.has_value());
    EXPECT_EQ(read.error().code, ErrorCode::kValidation);
    EXPECT_NE(read.error().message.find(R"("deck" must be a string)"), std::string::npos)
        << read.error().message;
    EXPECT_GT(read.error().line, 0);
}

}  // namespace
}  // namespace summit::classroom
