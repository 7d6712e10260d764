// The model's Moodle-style additions through the JSON bank format and its validation:
// numerical questions, credits and feedback per answer, cloze choice gaps, notes and sub-decks.
#include <string>

#include <gtest/gtest.h>

#include "content/formats/json_bank.h"
#include "content/model/cloze.h"
#include "tests/content/question_builder.h"

namespace summit::content {
namespace {

using test::Make;

Bank CreditsBank() {
    Bank bank;
    bank.id = "credits";
    bank.title = "Credits";
    Question numerical = Make("n1", QuestionType::kNumerical, "Pi?");
    numerical.numbers = {{3.1415, 0.0005, 1, "Yes", false},
                         {3.0, 0.5, 0.5, "Close", false},
                         {0, 0, 0, "Way off", true}};
    numerical.unit = "rad";
    numerical.note = "Read this first.";
    numerical.deck = "Unit 1::Week 2";

    Question multi = Make("m1", QuestionType::kMultipleChoice, "Entombed?");
    multi.choices = {
        {"No one", false, "", -0.5}, {"Grant", true, "Yes", 0.5}, {"His wife", true, "", 0.5}};

    Question typed = Make("t1", QuestionType::kTyped, "Best animal?");
    typed.answers = {{"Frog", 1, "Good!"}, {"Cat", 0.5, "Cats again"}, {"*", 0, "Wrong"}};

    Question gap = Make("c1", QuestionType::kCloze, "Capital: {{Paris|~Lyon|~Nice}}.");
    bank.questions = {numerical, multi, typed, gap};
    return bank;
}

TEST(ModelCredits, BankWithEveryAdditionIsValidAndRoundTrips) {
    const Bank bank = CreditsBank();
    ASSERT_TRUE(ValidateBank(bank, "credits").empty());
    const std::string text = WriteJsonBank(bank);
    auto read = ParseJsonBank(text, "credits.json");
    ASSERT_TRUE(read.has_value()) << read.error().front().ToString() << "\n" << text;
    EXPECT_EQ(*read, bank);
    EXPECT_NE(text.find("\"credit\": -0.5"), std::string::npos) << text;
    EXPECT_NE(text.find("\"any_other\": true"), std::string::npos) << text;
    EXPECT_NE(text.find("\"deck\": \"Unit 1::Week 2\""), std::string::npos) << text;
}

TEST(ModelCredits, QuestionJsonRoundTripsTheNewFields) {
    for (const Question& q : CreditsBank().questions) {
        auto read = ReadQuestionJson(WriteQuestionJson(q));
        ASSERT_TRUE(read.has_value()) << q.id;
        EXPECT_EQ(*read, q) << q.id;
    }
}

TEST(ModelCredits, ChoicesWithoutCreditsAreWrittenAsBefore) {
    Question q = CreditsBank().questions[1];
    q.choices = {{"A", true, ""}, {"B", false, ""}};
    EXPECT_EQ(WriteQuestionJson(q).find("credit"), std::string::npos);
}

TEST(ModelCredits, ValidationRefusesBrokenCredits) {
    Bank bank = CreditsBank();
    bank.questions[0].numbers = {{3, -1, 1.5, "", false}};  // negative tolerance, credit > 1
    bank.questions[1].choices[1].credit = 0;                // correct but worth nothing
    bank.questions[1].choices[0].credit = 1;                // full credit, not correct
    bank.questions[2].answers = {{"Cat", 0.5, ""}};         // no full-credit answer
    bank.questions[3].deck = "A::::B";
    const ErrorList errors = ValidateBank(bank, "bad");
    std::string all;
    for (const Error& error : errors) {
        all += error.message + "\n";
    }
    EXPECT_NE(all.find("number 1 has credit outside 0 to 1"), std::string::npos) << all;
    EXPECT_NE(all.find("tolerance of 0 or more"), std::string::npos) << all;
    EXPECT_NE(all.find("no full-credit number"), std::string::npos) << all;
    EXPECT_NE(all.find("choice 2 is correct but earns no credit"), std::string::npos) << all;
    EXPECT_NE(all.find("choice 1 earns full credit but is not marked correct"), std::string::npos)
        << all;
    EXPECT_NE(all.find("typed question has no accepted answer"), std::string::npos) << all;
    EXPECT_NE(all.find("has an empty level"), std::string::npos) << all;
}

TEST(ModelCredits, ReaderRefusesCreditsOutOfRange) {
    const std::string text = R"({"format": "summit-bank", "version": 1, "id": "x", "title": "X",
  "questions": [{"id": "q", "type": "multiple_choice", "prompt": "P",
    "choices": [{"text": "A", "correct": true, "credit": 2}, {"text": "B"}]},
   {"id": "n", "type": "numerical", "prompt": "N", "numbers": [{"tolerance": 1}]}]})";
    auto read = ParseJsonBank(text, "x.json");
    ASSERT_FALSE(read.has_value());
    std::string all;
    for (const Error& error : read.error()) {
        all += error.ToString() + "\n";
    }
    EXPECT_NE(all.find("x.json:3:58: error: question \"q\": \"choices[0].credit\" must be a "
                       "number from -1 to 1"),
              std::string::npos)
        << all;
    EXPECT_NE(all.find("missing \"numbers[0].value\""), std::string::npos) << all;
}

TEST(ModelCredits, NewFieldsOnOtherTypesAreRefused) {
    Bank bank = CreditsBank();
    bank.questions[2].unit = "kg";
    bank.questions[0].answers = {{"x", 1, ""}};
    const ErrorList errors = ValidateBank(bank, "bad");
    ASSERT_EQ(errors.size(), 2u);
    EXPECT_NE(errors[0].message.find("\"answers\" is only used by typed"), std::string::npos);
    EXPECT_NE(errors[1].message.find("\"unit\" is only used by numerical"), std::string::npos);
}

TEST(ClozeChoices, AGapWithMarkedOptionsIsAChoiceGap) {
    auto cloze = ParseCloze("{{Paris|~Lyon| ~ Nice }} and {{a|b}}");
    ASSERT_TRUE(cloze.has_value());
    ASSERT_EQ(cloze->gaps.size(), 2u);
    EXPECT_EQ(cloze->gaps[0].answers, std::vector<std::string>{"Paris"});
    EXPECT_EQ(cloze->gaps[0].choices, (std::vector<std::string>{"Paris", "Lyon", "Nice"}));
    EXPECT_TRUE(cloze->gaps[1].choices.empty());
}

TEST(ClozeChoices, AChoiceGapNeedsARightOptionAndNoEmptyOne) {
    EXPECT_FALSE(ParseCloze("{{~a|~b}}").has_value());
    EXPECT_FALSE(ParseCloze("{{a|~}}").has_value());
}

}  // namespace
}  // namespace summit::content
