// Writing banks and questions as JSON and reading them back unchanged.
#include <string>

#include <gtest/gtest.h>

#include "content/formats/json_bank.h"
#include "content/json/writer.h"
#include "tests/content/question_builder.h"
#include "tests/support/test_paths.h"

namespace summit::content {
namespace {

using test::Make;

// A bank that sets every field of every type, including characters JSON must escape.
Bank FullBank() {
    Bank bank;
    bank.id = "full-bank_1.0";
    bank.title = "Every field \"quoted\"";
    bank.description = "Line one\nline two\ttabbed \\ backslash";
    bank.author = "Zoë Ångström";
    bank.source = {"A title", "A publication", "2018-06-12", "https://example.org/a?b=c&d"};
    bank.deck = "Deck::Sub";
    bank.topics = {{"facts:a", "Facts A", "About A"}, {"facts:b", "Facts B", ""}};

    Question flashcard = Make("f1", QuestionType::kFlashcard, "Front");
    flashcard.back = "Back";
    flashcard.reversible = true;
    flashcard.explanation = "Because.";
    flashcard.topic = "facts:a";
    flashcard.tags = {"one", "two"};
    flashcard.difficulty = 5;
    flashcard.source = SourceRef{"Other article", 12};

    Question choice = Make("m1", QuestionType::kMultipleChoice, "Pick all");
    choice.choices = {{"A", true, "Yes"}, {"B", false, ""}, {"C", true, ""}};
    choice.difficulty = 1;
    choice.fixed_order = true;
    choice.source = SourceRef{"", 0};

    Question true_false = Make("t1", QuestionType::kTrueFalse, "False?");
    true_false.answer = false;
    Question true_true = Make("t2", QuestionType::kTrueFalse, "True?");
    true_true.answer = true;
    true_true.source = SourceRef{};  // present but empty

    Question typed = Make("y1", QuestionType::kTyped, "Type");
    typed.accepted = {"8", "eight"};

    Question cloze = Make("c1", QuestionType::kCloze, "A {{b|B}} c {{d}}.");
    cloze.topic = "facts:b";

    Question matching = Make("p1", QuestionType::kMatching, "Match");
    matching.pairs = {{"Titan", "Saturn"}, {"Europa", "Jupiter"}};

    Question ordering = Make("o1:x", QuestionType::kOrdering, "Order");
    ordering.items = {"1", "2", "3"};

    bank.questions = {flashcard, choice, true_false, true_true, typed, cloze, matching, ordering};
    return bank;
}

TEST(WriteJsonBank, FullBankIsValid) {
    EXPECT_TRUE(ValidateBank(FullBank(), "full").empty());
}

TEST(WriteJsonBank, RoundTripsEveryTypeAndOptionalField) {
    Bank bank = FullBank();
    std::string text = WriteJsonBank(bank);
    auto read = ParseJsonBank(text, "written.json");
    ASSERT_TRUE(read.has_value()) << read.error().front().ToString() << "\n" << text;
    EXPECT_EQ(*read, bank);
    EXPECT_EQ(WriteJsonBank(*read), text);  // writing is deterministic
}

TEST(WriteJsonBank, RoundTripsAMinimalBank) {
    Bank bank;
    bank.id = "min";
    bank.title = "Minimal";
    Question q = Make("q", QuestionType::kFlashcard, "Front");
    q.back = "Back";
    bank.questions = {q};
    auto read = ParseJsonBank(WriteJsonBank(bank), "min.json");
    ASSERT_TRUE(read.has_value()) << read.error().front().ToString();
    EXPECT_EQ(*read, bank);
}

TEST(WriteJsonBank, FieldsComeInDocumentedOrder) {
    std::string text = WriteJsonBank(FullBank());
    const char* order[] = {"\"format\"", "\"version\"", "\"id\"",   "\"title\"",  "\"description\"",
                           "\"author\"", "\"source\"",  "\"deck\"", "\"topics\"", "\"questions\""};
    std::size_t last = 0;
    for (const char* key : order) {
        std::size_t at = text.find(key);
        ASSERT_NE(at, std::string::npos) << key;
        EXPECT_GE(at, last) << key;
        last = at;
    }
    EXPECT_EQ(text.substr(0, 33), "{\n  \"format\": \"summit-bank\",\n  \"v");
    EXPECT_EQ(text.back(), '\n');
}

TEST(WriteJsonBank, OmitsEmptyOptionalFields) {
    Bank bank;
    bank.id = "min";
    bank.title = "Minimal";
    Question q = Make("q", QuestionType::kMultipleChoice, "Pick");
    q.choices = {{"A", true, ""}, {"B", false, ""}};
    bank.questions = {q};
    std::string text = WriteJsonBank(bank);
    for (const char* absent :
         {"description", "author", "source", "deck", "topics", "explanation", "topic", "tags",
          "difficulty", "feedback", "false", "reversible", "back", "fixed_order"}) {
        EXPECT_EQ(text.find(absent), std::string::npos) << absent << "\n" << text;
    }
    EXPECT_NE(text.find("\"correct\": true"), std::string::npos);
}

TEST(WriteJsonBank, FixedOrderIsWrittenOnlyWhenSet) {
    const std::string text = WriteJsonBank(FullBank());
    size_t count = 0;
    for (size_t at = text.find("\"fixed_order\": true"); at != std::string::npos;
         at = text.find("\"fixed_order\": true", at + 1)) {
        ++count;
    }
    EXPECT_EQ(count, 1u) << text;  // the multiple choice question only
}

TEST(WriteJsonBank, VersionIsANumber) {
    std::string text = WriteJsonBank(FullBank());
    EXPECT_NE(text.find("\"version\": 1,"), std::string::npos) << text;
    EXPECT_NE(text.find("\"difficulty\": 5"), std::string::npos) << text;
}

TEST(WriteJsonBank, ExampleBankRoundTrips) {
    auto bank =
        LoadJsonBankFile((summit::testing::TestDataDir() / "json/solar-system.json").string());
    ASSERT_TRUE(bank.has_value()) << bank.error().front().ToString();
    auto again = ParseJsonBank(WriteJsonBank(*bank), "again.json");
    ASSERT_TRUE(again.has_value()) << again.error().front().ToString();
    EXPECT_EQ(*again, *bank);
}

TEST(QuestionJson, EveryQuestionRoundTrips) {
    for (const Question& q : FullBank().questions) {
        std::string text = WriteQuestionJson(q);
        auto read = ReadQuestionJson(text);
        ASSERT_TRUE(read.has_value()) << q.id << ": " << read.error().ToString() << "\n" << text;
        EXPECT_EQ(*read, q) << text;
    }
}

// The compact form the collection stores is the pretty form without its whitespace, so data
// stored before it was written directly compares equal byte for byte.
TEST(QuestionJson, TheCompactFormIsThePrettyFormWithoutWhitespace) {
    for (const Question& q : FullBank().questions) {
        const std::string compact = WriteCompactQuestionJson(q);
        EXPECT_EQ(compact, json::Compact(WriteQuestionJson(q))) << q.id;
        EXPECT_EQ(compact.find('\n'), std::string::npos) << compact;
    }
}

TEST(QuestionJson, MalformedTextIsAParseError) {
    auto read = ReadQuestionJson("{\"id\": \"q\",");
    ASSERT_FALSE(read.has_value());
    EXPECT_EQ(read.error().code, ErrorCode::kParse);
    EXPECT_EQ(read.error().line, 1);
    EXPECT_EQ(read.error().column, 12);
}

TEST(QuestionJson, UnknownTypeIsAValidationError) {
    auto read = ReadQuestionJson(R"({"id": "q", "type": "essay", "prompt": "Why?"})");
    ASSERT_FALSE(read.has_value());
    EXPECT_EQ(read.error().code, ErrorCode::kValidation);
    EXPECT_NE(read.error().message.find("question \"q\": unknown type \"essay\""),
              std::string::npos)
        << read.error().message;
    EXPECT_EQ(read.error().column, 21);
}

TEST(QuestionJson, MistypedFieldIsAValidationError) {
    auto read = ReadQuestionJson(R"({"id": "q", "type": "typed", "prompt": "P", "accepted": "8"})");
    ASSERT_FALSE(read.has_value());
    EXPECT_EQ(read.error().code, ErrorCode::kValidation);
    EXPECT_EQ(read.error().message, "question \"q\": \"accepted\" must be an array, not a string");
}

TEST(QuestionJson, ArrayIsNotAQuestion) {
    auto read = ReadQuestionJson("[]");
    ASSERT_FALSE(read.has_value());
    EXPECT_EQ(read.error().code, ErrorCode::kValidation);
    EXPECT_EQ(read.error().message, "a question must be a JSON object, not an array");
}

}  // namespace
}  // namespace summit::content
