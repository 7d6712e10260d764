// The format's rules, each asserted with its code, position and message.
#include <string>
#include <string_view>

#include <gtest/gtest.h>

#include "content/formats/json_bank.h"

namespace summit::content {
namespace {

// A valid bank header; the questions start on line kQuestionLine, one per line, each
// indented by four spaces.
constexpr int kQuestionLine = 8;
std::string BankWith(std::vector<std::string> questions) {
    std::string text =
        "{\n"
        "  \"format\": \"summit-bank\",\n"
        "  \"version\": 1,\n"
        "  \"id\": \"test-bank\",\n"
        "  \"title\": \"Test\",\n"
        "  \"topics\": [{\"id\": \"facts:known\", \"name\": \"Known\"}],\n"
        "  \"questions\": [\n";
    for (std::size_t i = 0; i < questions.size(); ++i) {
        text += "    " + questions[i] + (i + 1 < questions.size() ? ",\n" : "\n");
    }
    return text + "  ]\n}\n";
}

std::string BankWith(std::string question) {
    return BankWith(std::vector{std::move(question)});
}

// 1-based column in the question line (after its 4-space indent) where `needle` starts.
int Column(std::string_view question, std::string_view needle) {
    std::size_t at = question.find(needle);
    EXPECT_NE(at, std::string_view::npos) << needle;
    return static_cast<int>(at) + 5;
}

// The column of the value of `"key": value` in the question line.
int ValueColumn(std::string_view question, std::string_view key) {
    std::string pattern = "\"" + std::string(key) + "\": ";
    return Column(question, pattern) + static_cast<int>(pattern.size());
}

void ExpectError(const Error& error, ErrorCode code, int line, int column,
                 std::string_view message) {
    EXPECT_EQ(error.code, code) << error.ToString();
    EXPECT_EQ(error.line, line) << error.ToString();
    EXPECT_EQ(error.column, column) << error.ToString();
    EXPECT_EQ(error.message, message);
}

// Expects one error about the single question `q`, at `column` of its line.
void ExpectQuestionError(const std::string& q, int column, std::string_view message) {
    auto bank = ParseJsonBank(BankWith(q), "bank.json");
    ASSERT_FALSE(bank.has_value()) << q;
    ASSERT_EQ(bank.error().size(), 1u)
        << bank.error().front().ToString() << " / " << bank.error().back().ToString();
    ExpectError(bank.error().front(), ErrorCode::kValidation, kQuestionLine, column, message);
}

TEST(JsonBankHelper, TheTemplateBankIsValid) {
    auto bank = ParseJsonBank(
        BankWith(R"({"id": "q1", "type": "flashcard", "prompt": "P", "back": "B"})"), "b");
    ASSERT_TRUE(bank.has_value()) << bank.error().front().ToString();
    EXPECT_EQ(bank->questions.size(), 1u);
}

TEST(JsonBankRules, MultipleChoiceWithoutCorrectChoice) {
    std::string q =
        R"({"id": "p3-buffer", "type": "multiple_choice", "prompt": "P", "choices": [{"text": "a"}, {"text": "b"}]})";
    ExpectQuestionError(q, ValueColumn(q, "choices"),
                        "question \"p3-buffer\": multiple choice has no correct choice");
}

TEST(JsonBankRules, MultipleChoiceWithOneChoice) {
    std::string q =
        R"({"id": "mc", "type": "multiple_choice", "prompt": "P", "choices": [{"text": "a", "correct": true}]})";
    ExpectQuestionError(q, ValueColumn(q, "choices"),
                        "question \"mc\": multiple choice needs at least 2 choices, has 1");
}

TEST(JsonBankRules, ChoiceWithoutText) {
    std::string q =
        R"({"id": "mc", "type": "multiple_choice", "prompt": "P", "choices": [{"text": "a", "correct": true}, {"feedback": "f"}]})";
    ExpectQuestionError(q, Column(q, R"({"feedback")"), "question \"mc\": choice 2 has no text");
}

TEST(JsonBankRules, RepeatedChoice) {
    std::string q =
        R"({"id": "mc", "type": "multiple_choice", "prompt": "P", "choices": [{"text": "a", "correct": true}, {"text": "a"}]})";
    ExpectQuestionError(q, Column(q, R"({"text": "a"})"),
                        "question \"mc\": choice 2 repeats choice 1");
}

TEST(JsonBankRules, UnknownTypeSkipsTheTypeRules) {
    std::string q = R"({"id": "q", "type": "essay", "prompt": "P"})";
    ExpectQuestionError(
        q, ValueColumn(q, "type"),
        "question \"q\": unknown type \"essay\" (expected one of flashcard, "
        "multiple_choice, true_false, typed, cloze, matching, ordering, numerical)");
}

TEST(JsonBankRules, MissingTypeIsReportedAtTheQuestion) {
    std::string q = R"({"id": "q", "prompt": "P"})";
    ExpectQuestionError(q, 5, "question \"q\": missing \"type\"");
}

TEST(JsonBankRules, TypeMustBeAString) {
    std::string q = R"({"id": "q", "type": 3, "prompt": "P"})";
    ExpectQuestionError(q, ValueColumn(q, "type"),
                        "question \"q\": \"type\" must be a string, not a number");
}

TEST(JsonBankRules, EmptyPrompt) {
    std::string q = R"({"id": "q", "type": "flashcard", "prompt": "", "back": "B"})";
    ExpectQuestionError(q, ValueColumn(q, "prompt"), "question \"q\": missing or empty \"prompt\"");
}

TEST(JsonBankRules, MissingPromptIsReportedAtTheQuestion) {
    std::string q = R"({"id": "q", "type": "flashcard", "back": "B"})";
    ExpectQuestionError(q, 5, "question \"q\": missing or empty \"prompt\"");
}

TEST(JsonBankRules, PromptMustBeAString) {
    std::string q = R"({"id": "q", "type": "flashcard", "prompt": 5, "back": "B"})";
    ExpectQuestionError(q, ValueColumn(q, "prompt"),
                        "question \"q\": \"prompt\" must be a string, not a number");
}

TEST(JsonBankRules, MissingIdNamesTheQuestionByPosition) {
    std::string q = R"({"type": "flashcard", "prompt": "P", "back": "B"})";
    ExpectQuestionError(q, 5, "question 1: missing or empty \"id\"");
}

TEST(JsonBankRules, BadIdCharacters) {
    std::string q = R"({"id": "Bad Id", "type": "flashcard", "prompt": "P", "back": "B"})";
    ExpectQuestionError(q, ValueColumn(q, "id"),
                        "question \"Bad Id\": id may only use a-z, 0-9, \"-\", \"_\", \".\" and "
                        "\":\"");
}

TEST(JsonBankRules, DuplicateIdIsReportedAtTheSecondUse) {
    std::string first = R"({"id": "same", "type": "flashcard", "prompt": "P", "back": "B"})";
    std::string second = R"({"id": "same", "type": "true_false", "prompt": "P", "answer": true})";
    auto bank = ParseJsonBank(BankWith({first, second}), "bank.json");
    ASSERT_FALSE(bank.has_value());
    ASSERT_EQ(bank.error().size(), 1u);
    ExpectError(bank.error()[0], ErrorCode::kValidation, kQuestionLine + 1,
                ValueColumn(second, "id"),
                "question \"same\": duplicate id, first used by question 1");
}

TEST(JsonBankRules, TypedWithoutAcceptedAnswers) {
    std::string q = R"({"id": "t", "type": "typed", "prompt": "P", "accepted": []})";
    ExpectQuestionError(q, ValueColumn(q, "accepted"),
                        "question \"t\": typed question has no accepted answer");
    std::string missing = R"({"id": "t", "type": "typed", "prompt": "P"})";
    ExpectQuestionError(missing, 5, "question \"t\": typed question has no accepted answer");
}

TEST(JsonBankRules, EmptyAcceptedAnswer) {
    std::string q = R"({"id": "t", "type": "typed", "prompt": "P", "accepted": ["8", ""]})";
    ExpectQuestionError(q, Column(q, R"(""])"), "question \"t\": accepted answer 2 is empty");
}

TEST(JsonBankRules, AcceptedAnswerMustBeAString) {
    std::string q = R"({"id": "t", "type": "typed", "prompt": "P", "accepted": ["8", 8]})";
    ExpectQuestionError(q, Column(q, "8]"),
                        "question \"t\": \"accepted[1]\" must be a string, not a number");
}

TEST(JsonBankRules, ClozeWithoutGap) {
    std::string q = R"({"id": "c", "type": "cloze", "prompt": "No gaps here."})";
    ExpectQuestionError(q, ValueColumn(q, "prompt"),
                        "question \"c\": cloze: no gap, mark one as {{answer}}");
}

TEST(JsonBankRules, ClozeWithEmptyGap) {
    std::string q = R"({"id": "c", "type": "cloze", "prompt": "The {{}} shines."})";
    ExpectQuestionError(q, ValueColumn(q, "prompt"),
                        "question \"c\": cloze: empty gap or variant at character 5");
}

TEST(JsonBankRules, ClozeWithUnclosedGap) {
    std::string q = R"({"id": "c", "type": "cloze", "prompt": "The {{Sun shines."})";
    ExpectQuestionError(q, ValueColumn(q, "prompt"),
                        "question \"c\": cloze: unclosed \"{{\" at character 5");
}

TEST(JsonBankRules, MatchingWithOnePair) {
    std::string q =
        R"({"id": "m", "type": "matching", "prompt": "P", "pairs": [{"left": "a", "right": "b"}]})";
    ExpectQuestionError(q, ValueColumn(q, "pairs"),
                        "question \"m\": matching needs at least 2 pairs, has 1");
}

TEST(JsonBankRules, MatchingPairWithAnEmptySide) {
    std::string q =
        R"({"id": "m", "type": "matching", "prompt": "P", "pairs": [{"left": "a", "right": "b"}, {"left": "c"}]})";
    ExpectQuestionError(q, Column(q, R"({"left": "c"})"),
                        "question \"m\": pair 2 has an empty side");
}

TEST(JsonBankRules, MatchingPairMustBeAnObject) {
    std::string q =
        R"({"id": "m", "type": "matching", "prompt": "P", "pairs": [{"left": "a", "right": "b"}, ["c", "d"]]})";
    ExpectQuestionError(q, Column(q, R"(["c")"),
                        "question \"m\": \"pairs[1]\" must be an object, not an array");
}

TEST(JsonBankRules, OrderingWithOneItem) {
    std::string q = R"({"id": "o", "type": "ordering", "prompt": "P", "items": ["only"]})";
    ExpectQuestionError(q, ValueColumn(q, "items"),
                        "question \"o\": ordering needs at least 2 items, has 1");
}

TEST(JsonBankRules, OrderingWithRepeatedItem) {
    std::string q = R"({"id": "o", "type": "ordering", "prompt": "P", "items": ["a", "b", "a"]})";
    ExpectQuestionError(q, Column(q, R"("a"])"), "question \"o\": item 3 repeats item 1");
}

TEST(JsonBankRules, FlashcardWithoutBack) {
    std::string q = R"({"id": "f", "type": "flashcard", "prompt": "P"})";
    ExpectQuestionError(q, 5, "question \"f\": flashcard has no \"back\"");
}

TEST(JsonBankRules, ReversibleMustBeABoolean) {
    std::string q =
        R"({"id": "f", "type": "flashcard", "prompt": "P", "back": "B", "reversible": "yes"})";
    ExpectQuestionError(q, ValueColumn(q, "reversible"),
                        "question \"f\": \"reversible\" must be true or false, not a string");
}

TEST(JsonBankRules, TrueFalseWithoutAnswer) {
    std::string q = R"({"id": "tf", "type": "true_false", "prompt": "P"})";
    ExpectQuestionError(q, 5, "question \"tf\": missing \"answer\" (true or false)");
}

TEST(JsonBankRules, DifficultyOutsideOneToFive) {
    std::string q =
        R"({"id": "f", "type": "flashcard", "prompt": "P", "back": "B", "difficulty": 7})";
    ExpectQuestionError(q, ValueColumn(q, "difficulty"),
                        "question \"f\": \"difficulty\" must be a whole number from 0 to 5");
}

TEST(JsonBankRules, DifficultyMustBeWhole) {
    std::string q =
        R"({"id": "f", "type": "flashcard", "prompt": "P", "back": "B", "difficulty": 2.5})";
    ExpectQuestionError(q, ValueColumn(q, "difficulty"),
                        "question \"f\": \"difficulty\" must be a whole number from 0 to 5");
}

TEST(JsonBankRules, DifficultyZeroMeansNotGiven) {
    std::string q =
        R"({"id": "f", "type": "flashcard", "prompt": "P", "back": "B", "difficulty": 0})";
    auto bank = ParseJsonBank(BankWith(q), "bank.json");
    ASSERT_TRUE(bank.has_value());
    EXPECT_EQ(bank->questions[0].difficulty, 0);
}

TEST(JsonBankRules, UndeclaredTopic) {
    std::string q =
        R"({"id": "f", "type": "flashcard", "prompt": "P", "back": "B", "topic": "facts:other"})";
    ExpectQuestionError(q, ValueColumn(q, "topic"),
                        "question \"f\": topic \"facts:other\" is not declared in \"topics\"");
}

TEST(JsonBankRules, AnyTopicWhenNoneAreDeclared) {
    std::string text =
        R"({"format": "summit-bank", "version": 1, "id": "b", "title": "T", "questions": [)"
        R"({"id": "f", "type": "flashcard", "prompt": "P", "back": "B", "topic": "x:y"}]})";
    EXPECT_TRUE(ParseJsonBank(text, "b").has_value());
}

TEST(JsonBankRules, NegativeParagraph) {
    std::string q =
        R"({"id": "f", "type": "flashcard", "prompt": "P", "back": "B", "source": {"paragraph": -2}})";
    ExpectQuestionError(q, ValueColumn(q, "paragraph"),
                        "question \"f\": \"source.paragraph\" must be a whole number from 0 to "
                        "1000000");
}

TEST(JsonBankRules, EmptyTag) {
    std::string q =
        R"({"id": "f", "type": "flashcard", "prompt": "P", "back": "B", "tags": ["a", ""]})";
    ExpectQuestionError(q, Column(q, R"(""])"), "question \"f\": tag 2 is empty");
}

TEST(JsonBankRules, FieldsOfOtherTypesAreIgnored) {
    std::string q =
        R"({"id": "f", "type": "flashcard", "prompt": "P", "back": "B", "items": [1], "answer": "x"})";
    auto bank = ParseJsonBank(BankWith(q), "bank.json");
    ASSERT_TRUE(bank.has_value()) << bank.error().front().ToString();
    EXPECT_TRUE(bank->questions[0].items.empty());
}

TEST(JsonBankRules, UnknownFieldsAreIgnored) {
    std::string q =
        R"({"id": "f", "type": "flashcard", "prompt": "P", "back": "B", "hint": {"x": [1, 2]}})";
    EXPECT_TRUE(ParseJsonBank(BankWith(q), "bank.json").has_value());
}

TEST(JsonBankRules, DuplicateField) {
    std::string q = R"({"id": "f", "type": "flashcard", "prompt": "P", "back": "B", "back": "C"})";
    ExpectQuestionError(q, Column(q, R"("back": "C")"), "duplicate field \"back\"");
}

// Texts are limited to 10,000 characters (code points, not bytes), each reported where it is.
TEST(JsonBankRules, TextsLongerThanTheLimit) {
    const std::string too_long(10'001, 'x');
    std::string q =
        R"({"id": "t", "type": "typed", "prompt": ")" + too_long + R"(", "accepted": ["a"]})";
    ExpectQuestionError(q, ValueColumn(q, "prompt"),
                        "question \"t\": the prompt is 10001 characters long; a text may have at "
                        "most 10000");

    q = R"({"id": "mc", "type": "multiple_choice", "prompt": "P", "choices": [{"text": "a", "correct": true}, {"text": "b", "feedback": ")" +
        too_long + R"("}]})";
    ExpectQuestionError(q, Column(q, too_long) - 1,
                        "question \"mc\": a choice's feedback is 10001 characters long; a text "
                        "may have at most 10000");
}

TEST(JsonBankRules, TenThousandCharactersOfTwoBytesEachAreAllowed) {
    std::string prompt;
    for (int i = 0; i < 10'000; ++i) {
        prompt += "\u00e9";
    }
    std::string q =
        R"({"id": "t", "type": "typed", "prompt": ")" + prompt + R"(", "accepted": ["a"]})";
    auto bank = ParseJsonBank(BankWith(q), "bank.json");
    ASSERT_TRUE(bank.has_value()) << bank.error().front().ToString();
    EXPECT_EQ(bank->questions[0].prompt.size(), 20'000u);

    q = R"({"id": "t", "type": "typed", "prompt": ")" + prompt + "\u00e9" +
        R"(", "accepted": ["a"]})";
    EXPECT_FALSE(ParseJsonBank(BankWith(q), "bank.json").has_value());
}

}  // namespace
}  // namespace summit::content
