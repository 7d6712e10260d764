// The optional text_format field: read, written only when Markdown, refused when unknown, and
// Markdown image references checked.
#include <string>

#include <gtest/gtest.h>

#include "content/formats/json_bank.h"
#include "content/richtext/question_texts.h"
#include "content/richtext/sha256.h"

namespace summit::content {
namespace {

std::string Bank1(const std::string& question) {
    return R"({"format": "summit-bank", "version": 1, "id": "b", "title": "B", "questions": [
)" + question +
           "\n]}";
}

const std::string kHash = Sha256Hex("image bytes");

TEST(JsonTextFormatTest, MarkdownIsReadWrittenAndReadBack) {
    const std::string question =
        R"({"id": "q", "type": "multiple_choice", "text_format": "markdown",
 "prompt": "Which is **H~2~O**? ![glass](media:)" +
        kHash + R"j()",
 "choices": [{"text": "*water*", "correct": true}, {"text": "salt"}]})j";
    auto bank = ParseJsonBank(Bank1(question), "b.json");
    ASSERT_TRUE(bank) << bank.error().front().ToString();
    const Question& q = bank->questions[0];
    EXPECT_EQ(q.text_format, TextFormat::kMarkdown);
    EXPECT_EQ(QuestionMediaHashes(q), std::vector<std::string>{kHash});
    const std::string written = WriteQuestionJson(q);
    EXPECT_NE(written.find(R"("text_format": "markdown")"), std::string::npos) << written;
    EXPECT_EQ(ReadQuestionJson(written).value(), q);
    EXPECT_EQ(ParseJsonBank(WriteJsonBank(*bank), "again.json").value(), *bank);

    const Question plain = PlainQuestion(q);
    EXPECT_EQ(plain.text_format, TextFormat::kPlain);
    EXPECT_EQ(plain.prompt, "Which is H2O? [image: glass]");
    EXPECT_EQ(plain.choices[0].text, "water");
}

TEST(JsonTextFormatTest, PlainIsTheDefaultAndIsNotWritten) {
    auto bank = ParseJsonBank(
        Bank1(
            R"({"id": "q", "type": "typed", "prompt": "2 * 3?", "accepted": ["6"], "text_format": "plain"})"),
        "b.json");
    ASSERT_TRUE(bank);
    EXPECT_EQ(bank->questions[0].text_format, TextFormat::kPlain);
    EXPECT_EQ(WriteQuestionJson(bank->questions[0]).find("text_format"), std::string::npos);
    EXPECT_EQ(PlainQuestion(bank->questions[0]), bank->questions[0]);
    EXPECT_TRUE(QuestionMediaHashes(bank->questions[0]).empty());
}

TEST(JsonTextFormatTest, UnknownFormatIsAnErrorAtTheValue) {
    auto bank = ParseJsonBank(
        Bank1(
            R"({"id": "q", "type": "flashcard", "prompt": "p", "back": "b", "text_format": "html"})"),
        "b.json");
    ASSERT_FALSE(bank);
    ASSERT_EQ(bank.error().size(), 1u);
    EXPECT_EQ(bank.error()[0].code, ErrorCode::kValidation);
    EXPECT_EQ(bank.error()[0].line, 2);
    EXPECT_NE(bank.error()[0].message.find("unknown text_format \"html\""), std::string::npos);
}

TEST(JsonTextFormatTest, MalformedImageReferencesAreErrorsInMarkdownOnly) {
    const std::string bad =
        R"j({"id": "q", "type": "flashcard", "prompt": "p", "back": "![x](media:ABC)", "text_format": "markdown"})j";
    auto bank = ParseJsonBank(Bank1(bad), "b.json");
    ASSERT_FALSE(bank);
    ASSERT_EQ(bank.error().size(), 1u);
    EXPECT_NE(bank.error()[0].message.find("malformed image reference"), std::string::npos);
    EXPECT_NE(bank.error()[0].message.find("question \"q\""), std::string::npos);
    // Escaped, or in a plain question, it is ordinary text.
    std::string escaped = bad;
    escaped.replace(escaped.find("![x]"), 4, R"(!\\[x\\])");
    EXPECT_TRUE(ParseJsonBank(Bank1(escaped), "b.json"));
    std::string plain = bad;
    plain.replace(plain.find("markdown"), 8, "plain");
    EXPECT_TRUE(ParseJsonBank(Bank1(plain), "b.json"));
}

}  // namespace
}  // namespace summit::content
