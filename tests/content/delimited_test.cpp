// Records and fields of delimiter-separated text: RFC 4180 quoting, positions, detection.
#include "content/formats/delimited.h"

#include <gtest/gtest.h>

namespace summit::content {
namespace {

std::vector<std::vector<std::string>> Texts(const std::vector<Record>& records) {
    std::vector<std::vector<std::string>> out;
    for (const Record& record : records) {
        auto& row = out.emplace_back();
        for (const Field& field : record.fields) {
            row.push_back(field.text);
        }
    }
    return out;
}

TEST(SplitRecords, QuotesHoldDelimitersNewlinesAndDoubledQuotes) {
    const std::string text = "a,\"b,c\",\"say \"\"hi\"\"\"\r\n\"two\r\nlines\",x,\n";
    auto records = SplitRecords(text, ',', '\0', 1, nullptr);
    EXPECT_EQ(Texts(records), (std::vector<std::vector<std::string>>{{"a", "b,c", "say \"hi\""},
                                                                     {"two\nlines", "x", ""}}));
    ASSERT_EQ(records.size(), 2u);
    EXPECT_EQ(records[1].line, 2);
    EXPECT_EQ(records[1].fields[1].line, 3);  // after the embedded line break
    EXPECT_EQ(records[1].fields[1].column, 8);
}

TEST(SplitRecords, PhysicalLinesCountPastMultiLineFieldsAndBlankLines) {
    const std::string text = "q1,\"a\nb\nc\"\n\nq2,d\rq3,e";
    auto records = SplitRecords(text, ',', '\0', 1, nullptr);
    ASSERT_EQ(records.size(), 3u);
    EXPECT_EQ(records[0].line, 1);
    EXPECT_EQ(records[1].line, 5);
    EXPECT_EQ(records[2].line, 6);
    EXPECT_EQ(records[2].fields[1].column, 4);
}

TEST(SplitRecords, QuoteInsideAnUnquotedFieldIsText) {
    auto records = SplitRecords("5\" screen,\"a\"b\n", ',', '\0', 1, nullptr);
    EXPECT_EQ(Texts(records), (std::vector<std::vector<std::string>>{{"5\" screen", "ab"}}));
}

TEST(SplitRecords, CommentLinesAreSkippedOnlyOutsideQuotes) {
    auto records = SplitRecords("# note\na\t\"b\n# not a comment\"\n#x\n", '\t', '#', 3, nullptr);
    ASSERT_EQ(records.size(), 1u);
    EXPECT_EQ(records[0].line, 4);
    EXPECT_EQ(records[0].fields[1].text, "b\n# not a comment");
}

TEST(SplitRecords, ReportsWhereAnUnclosedQuoteOpened) {
    TextPosition unclosed;
    SplitRecords("a,b\nc,\"d\ne,f\n", ',', '\0', 1, &unclosed);
    EXPECT_EQ(unclosed.line, 2);
    EXPECT_EQ(unclosed.column, 3);
}

TEST(StripBom, RemovesOnlyALeadingBom) {
    EXPECT_EQ(StripBom("\xEF\xBB\xBF"
                       "a,b"),
              "a,b");
    EXPECT_EQ(StripBom("a\xEF\xBB\xBF"), "a\xEF\xBB\xBF");
}

TEST(DetectDelimiter, PicksTheMostConsistentOutsideQuotes) {
    EXPECT_EQ(DetectDelimiter("a;b;c\nd;e;f\n", ",;\t|", '\0', 20, ','), ';');
    EXPECT_EQ(DetectDelimiter("\"x, y\"\tz\n\"p, q\"\tr\n", ",;\t|", '\0', 20, ','), '\t');
    EXPECT_EQ(DetectDelimiter("a|b\nc|d\ne,f\n", ",;\t|", '\0', 20, ','), '|');
    EXPECT_EQ(DetectDelimiter("one\ntwo\n", ",;\t|", '\0', 20, ','), ',');
    EXPECT_EQ(DetectDelimiter("x\ty\n", ",;\t|", '\0', 20, '\0'), '\t');
}

TEST(SplitList, EscapesTheSeparatorAndBackslash) {
    EXPECT_EQ(SplitList(" a | b\\|c |  | d\\\\ ", '|'),
              (std::vector<std::string>{"a", "b|c", "d\\"}));
    const std::vector<std::string> items = {"x|y", "back\\slash", "z"};
    EXPECT_EQ(SplitList(JoinList(items, '|'), '|'), items);
}

}  // namespace
}  // namespace summit::content
