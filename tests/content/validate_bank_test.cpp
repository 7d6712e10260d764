// ValidateBank on in-memory banks, as other importers use it: no positions, every problem.
#include <string>

#include <gtest/gtest.h>

#include "content/formats/json_bank.h"

namespace summit::content {
namespace {

Bank ValidBank() {
    Bank bank;
    bank.id = "mem";
    bank.title = "In memory";
    Question q;
    q.id = "q1";
    q.type = QuestionType::kTyped;
    q.prompt = "How many?";
    q.accepted = {"8"};
    bank.questions = {q};
    return bank;
}

TEST(ValidateBank, ValidBankHasNoProblems) {
    EXPECT_TRUE(ValidateBank(ValidBank(), "mem.csv").empty());
}

TEST(ValidateBank, ErrorsNameTheFileAndHaveNoPosition) {
    Bank bank = ValidBank();
    bank.questions[0].accepted.clear();
    ErrorList errors = ValidateBank(bank, "mem.csv");
    ASSERT_EQ(errors.size(), 1u);
    EXPECT_EQ(errors[0].code, ErrorCode::kValidation);
    EXPECT_EQ(errors[0].file, "mem.csv");
    EXPECT_EQ(errors[0].line, 0);
    EXPECT_EQ(errors[0].column, 0);
    EXPECT_EQ(errors[0].message, "question \"q1\": typed question has no accepted answer");
    EXPECT_EQ(errors[0].ToString(),
              "mem.csv: error: question \"q1\": typed question has no accepted answer");
}

TEST(ValidateBank, NewerVersionIsUnsupported) {
    Bank bank = ValidBank();
    bank.version = Bank::kFormatVersion + 1;
    ErrorList errors = ValidateBank(bank, "mem");
    ASSERT_EQ(errors.size(), 1u);
    EXPECT_EQ(errors[0].code, ErrorCode::kUnsupportedVersion);
}

TEST(ValidateBank, FieldsOfAnotherTypeAreRefused) {
    Bank bank = ValidBank();
    bank.questions[0].choices = {{"a", true, ""}};
    bank.questions[0].reversible = true;
    ErrorList errors = ValidateBank(bank, "mem");
    ASSERT_EQ(errors.size(), 2u);
    EXPECT_EQ(errors[0].message,
              "question \"q1\": \"reversible\" is only used by flashcard questions");
    EXPECT_EQ(errors[1].message,
              "question \"q1\": \"choices\" is only used by multiple_choice questions");
}

TEST(ValidateBank, FixedOrderOnlyOnMultipleChoice) {
    Bank bank = ValidBank();
    bank.questions[0].fixed_order = true;
    ErrorList errors = ValidateBank(bank, "mem");
    ASSERT_EQ(errors.size(), 1u);
    EXPECT_EQ(errors[0].message,
              "question \"q1\": \"fixed_order\" is only used by multiple_choice questions");
    bank.questions[0].type = QuestionType::kMultipleChoice;
    bank.questions[0].accepted.clear();
    bank.questions[0].choices = {{"a", true, ""}, {"All of the above", false, ""}};
    EXPECT_TRUE(ValidateBank(bank, "mem").empty());
}

TEST(ValidateBank, ParagraphBelowNotGivenIsNegative) {
    Bank bank = ValidBank();
    bank.questions[0].source = SourceRef{"", -1};  // -1 means not given
    EXPECT_TRUE(ValidateBank(bank, "mem").empty());
    bank.questions[0].source = SourceRef{"", -3};
    ErrorList errors = ValidateBank(bank, "mem");
    ASSERT_EQ(errors.size(), 1u);
    EXPECT_EQ(errors[0].message, "question \"q1\": source paragraph -3 is negative");
}

TEST(ValidateBank, DifficultyOutsideOneToFive) {
    Bank bank = ValidBank();
    bank.questions[0].difficulty = -1;
    ErrorList errors = ValidateBank(bank, "mem");
    ASSERT_EQ(errors.size(), 1u);
    EXPECT_EQ(errors[0].message, "question \"q1\": difficulty -1 is outside 1 to 5");
}

TEST(ValidateBank, EveryProblemIsReported) {
    Bank bank = ValidBank();
    bank.id.clear();
    Question card;
    card.type = QuestionType::kFlashcard;
    card.prompt = "Front";
    Question tf = card;
    tf.id = "q1";
    tf.type = QuestionType::kTrueFalse;
    bank.questions.push_back(card);
    bank.questions.push_back(tf);
    bank.topics = {{"t", "T", ""}};
    bank.questions[0].topic = "u";
    ErrorList errors = ValidateBank(bank, "mem");
    ASSERT_EQ(errors.size(), 5u);
    EXPECT_EQ(errors[0].message, "bank has no \"id\"");
    EXPECT_EQ(errors[1].message, "question \"q1\": topic \"u\" is not declared in \"topics\"");
    EXPECT_EQ(errors[2].message, "question 2: missing or empty \"id\"");
    EXPECT_EQ(errors[3].message, "question 2: flashcard has no \"back\"");
    EXPECT_EQ(errors[4].message, "question \"q1\": duplicate id, first used by question 1");
}

TEST(ValidateBank, EmptyBankHasNoQuestions) {
    Bank bank = ValidBank();
    bank.questions.clear();
    ErrorList errors = ValidateBank(bank, "mem");
    ASSERT_EQ(errors.size(), 1u);
    EXPECT_EQ(errors[0].message, "bank has no questions");
}

}  // namespace
}  // namespace summit::content
