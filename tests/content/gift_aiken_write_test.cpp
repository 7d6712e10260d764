// WriteGift and WriteAiken: what the readers read back, and the warnings for what the formats
// cannot hold.
#include <string>

#include <gtest/gtest.h>

#include "content/formats/aiken.h"
#include "content/formats/gift.h"
#include "tests/content/question_builder.h"

namespace summit::content {
namespace {

using test::Make;

// Every type GIFT holds, with the characters GIFT must escape.
Bank GiftBank() {
    Bank bank;
    bank.id = "round";
    bank.title = "round";
    Question mc = Make("mc", QuestionType::kMultipleChoice, "Which {one} = ~right~? #1: a\\b");
    mc.choices = {{"a = b", true, "yes: #1"}, {"c ~ d", false, "no {really}"}};
    mc.explanation = "Because\nof two lines.";
    mc.tags = {"t1", "t 2"};
    Question weighted = Make("weighted", QuestionType::kMultipleChoice, "Pick two");
    weighted.choices = {{"a", true, "", 0.5}, {"b", true, "", 0.5}, {"c", false, "", -1.0}};
    Question partial = Make("partial", QuestionType::kMultipleChoice, "Pick one");
    partial.choices = {{"a", true, "", 1.0}, {"b", false, "half", 0.5}, {"c", false, "", 0.0}};
    Question tf = Make("tf", QuestionType::kTrueFalse, "True?");
    tf.answer = true;
    tf.deck = "Unit 1::Part a/b";
    Question typed = Make("typed", QuestionType::kTyped, "Name?");
    typed.accepted = {"x", "y z"};
    typed.deck = "Unit 1::Part a/b";
    Question credited = Make("credited", QuestionType::kTyped, "Animal?");
    credited.answers = {{"Frog", 1, "Good"}, {"Cat", 0.25, ""}, {"*", 0, "No"}};
    credited.note = "Read: {this} first.";
    Question number = Make("number", QuestionType::kNumerical, "Pi?");
    number.numbers = {
        {3.1415, 0.0005, 1, "ok", false}, {3, 0.5, 0.5, "", false}, {0, 0, 0, "far off", true}};
    Question pairs = Make("pairs", QuestionType::kMatching, "Match");
    pairs.pairs = {{"Canada", "Ottawa"}, {"Italy", "Rome = capital"}};
    bank.questions = {mc, weighted, partial, tf, typed, credited, number, pairs};
    return bank;
}

TEST(WriteGift, ParseGiftReadsBackEveryTypeGiftHolds) {
    const Bank bank = GiftBank();
    const ExportedText written = WriteGift(bank);
    EXPECT_TRUE(written.warnings.empty()) << written.warnings.front().message;
    auto read = ParseGift(written.text, "round.gift");
    ASSERT_TRUE(read.has_value()) << read.error().front().ToString() << "\n" << written.text;
    ASSERT_EQ(read->bank.questions.size(), bank.questions.size()) << written.text;
    for (std::size_t i = 0; i < bank.questions.size(); ++i) {
        EXPECT_EQ(read->bank.questions[i], bank.questions[i]) << i << "\n" << written.text;
    }
    EXPECT_EQ(read->bank, bank);
}

TEST(WriteGift, WarnsForWhatGiftCannotHold) {
    Bank bank = GiftBank();
    Question cloze = Make("cz", QuestionType::kCloze, "A {{b}}.");
    Question order = Make("or", QuestionType::kOrdering, "Order");
    order.items = {"1", "2"};
    Question card = Make("fc", QuestionType::kFlashcard, "Front");
    card.back = "Back";
    card.explanation = "Why";
    bank.questions = {cloze, order, card};
    const ExportedText written = WriteGift(bank);
    ASSERT_EQ(written.warnings.size(), 4u);
    EXPECT_EQ(written.warnings[0].message,
              "question \"cz\": cloze questions cannot be written in GIFT; left out");
    EXPECT_EQ(written.warnings[1].message,
              "question \"or\": ordering questions cannot be written in GIFT; left out");
    auto read = ParseGift(written.text, "x.gift");
    ASSERT_TRUE(read.has_value());
    ASSERT_EQ(read->bank.questions.size(), 1u);
    EXPECT_EQ(read->bank.questions[0].back, "Back");
}

TEST(WriteAiken, ParseAikenReadsBackSingleAnswerQuestions) {
    Bank bank;
    bank.id = "a";
    bank.title = "a";
    Question one = Make("one", QuestionType::kMultipleChoice, "Who started\nMoodle? <b> & co");
    one.choices = {{"Petr", false, ""}, {"Martin", true, ""}, {"Eloy", false, ""}};
    Question two = one;
    two.id = "two";
    two.prompt = "Second";
    two.choices = {{"x", true, ""}, {"y", false, ""}};
    Question multi = two;
    multi.id = "multi";
    multi.choices[1].correct = true;
    bank.questions = {one, two, multi};
    const ExportedText written = WriteAiken(bank);
    ASSERT_EQ(written.warnings.size(), 1u);
    EXPECT_EQ(written.warnings[0].message,
              "question \"multi\": Aiken holds one correct choice only; left out");
    auto read = ParseAiken(written.text, "a.txt");
    ASSERT_TRUE(read.has_value());
    EXPECT_TRUE(read->warnings.empty());
    ASSERT_EQ(read->bank.questions.size(), 2u);
    EXPECT_EQ(read->bank.questions[0].prompt, "Who started Moodle? <b> & co");
    EXPECT_EQ(read->bank.questions[0].choices, one.choices);
    EXPECT_EQ(read->bank.questions[1].choices, two.choices);
}

}  // namespace
}  // namespace summit::content
