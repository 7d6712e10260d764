// json::Compact: the stored question JSON loses the whitespace between tokens and nothing else.
#include <string>

#include <gtest/gtest.h>

#include "content/formats/json_bank.h"
#include "content/json/writer.h"

namespace summit::content::json {
namespace {

TEST(JsonCompact, DropsWhitespaceBetweenTokensOnly) {
    EXPECT_EQ(Compact("{\n  \"a b\": [ 1,\t2 ],\r\n  \"c\" : \"x  y\\n\"\n}\n"),
              "{\"a b\":[1,2],\"c\":\"x  y\\n\"}");
}

TEST(JsonCompact, KeepsEscapedQuotesAndBackslashesInsideStrings) {
    EXPECT_EQ(Compact("[ \"say \\\" hi \" , \"end\\\\\" , \" \" ]"),
              "[\"say \\\" hi \",\"end\\\\\",\" \"]");
}

TEST(JsonCompact, AWrittenQuestionReadsBackTheSame) {
    Question question;
    question.id = "q1";
    question.type = QuestionType::kMultipleChoice;
    question.prompt = "Which  one, \"really\"?\n  Think.";
    question.choices = {{"right {answer}", true, "Yes: \\ indeed", 0.5}, {"wrong", false, "", {}}};
    question.tags = {"a b", "c"};
    const std::string pretty = WriteQuestionJson(question);
    const std::string compact = Compact(pretty);
    EXPECT_LT(compact.size(), pretty.size());
    EXPECT_EQ(compact.find('\n'), std::string::npos);
    auto read = ReadQuestionJson(compact);
    ASSERT_TRUE(read.has_value()) << read.error().ToString();
    EXPECT_EQ(*read, question);
}

}  // namespace
}  // namespace summit::content::json
