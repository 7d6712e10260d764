// ParseAiken: Moodle's fixtures (../shared/fixtures/formats/aiken) with Moodle's messages and
// line numbers, and small texts for the line rules.
#include "content/formats/aiken.h"

#include <string>

#include <gtest/gtest.h>

#include "format_fixture.h"

namespace summit::content {
namespace {

using test::ReadFormatFixture;

std::string Warnings(const ParsedBank& parsed) {
    std::string all;
    for (const Error& warning : parsed.warnings) {
        all += warning.ToString("warning") + "\n";
    }
    return all;
}

TEST(AikenFixtures, QuestionsAikenHoldsTwoMultipleChoiceQuestions) {
    const auto text = ReadFormatFixture("aiken/questions.aiken.txt");
    if (!text) {
        GTEST_SKIP() << "fixture formats/aiken/questions.aiken.txt absent";
    }
    auto parsed = ParseAiken(*text, "questions.aiken.txt");
    ASSERT_TRUE(parsed.has_value()) << parsed.error().front().ToString();
    EXPECT_TRUE(parsed->warnings.empty()) << Warnings(*parsed);
    EXPECT_EQ(parsed->bank.id, "questions");
    const auto& q = parsed->bank.questions;
    ASSERT_EQ(q.size(), 2u);
    EXPECT_EQ(q[0].type, QuestionType::kMultipleChoice);
    EXPECT_EQ(q[0].prompt, "The Moodle project was started by:");
    ASSERT_EQ(q[0].choices.size(), 4u);
    EXPECT_EQ(q[0].choices[1], (Choice{"Martin Dougiamas", true, ""}));
    EXPECT_FALSE(q[0].choices[0].correct || q[0].choices[2].correct || q[0].choices[3].correct);
    // Aiken is plain text: markup is kept as written, never parsed.
    EXPECT_EQ(q[1].prompt,
              "Moodle's abilities include handling user input that includes "
              "<html class=\"cool\"> & images:");
    EXPECT_EQ(q[1].choices[0], (Choice{"True", true, ""}));
    EXPECT_NE(q[0].id, q[1].id);
}

TEST(AikenFixtures, AikenErrorsKeepsTheTwoGoodQuestionsAndReportsTheRest) {
    const auto text = ReadFormatFixture("aiken/aiken_errors.txt");
    if (!text) {
        GTEST_SKIP() << "fixture formats/aiken/aiken_errors.txt absent";
    }
    auto parsed = ParseAiken(*text, "aiken_errors.txt");
    ASSERT_TRUE(parsed.has_value()) << parsed.error().front().ToString();
    const auto& q = parsed->bank.questions;
    ASSERT_EQ(q.size(), 2u) << Warnings(*parsed);
    EXPECT_EQ(q[0].prompt, "A good question");
    EXPECT_EQ(q[0].choices[0], (Choice{"Correct", true, ""}));
    EXPECT_EQ(q[0].choices[1], (Choice{"Incorrect", false, ""}));
    EXPECT_EQ(q[1].prompt, "A second good question");
    EXPECT_EQ(q[1].choices[0], (Choice{"Incorrect (No space)", false, ""}));
    EXPECT_EQ(q[1].choices[1], (Choice{"Correct (No space)", true, ""}));
    EXPECT_EQ(Warnings(*parsed),
              "aiken_errors.txt:3:1: warning: Question must have at least 2 answers on line 3\n"
              "aiken_errors.txt:5:1: warning: Question not started on line 5\n"
              "aiken_errors.txt:7:1: warning: Question not started on line 7\n"
              "aiken_errors.txt:18:1: warning: Question not completed before next question "
              "start on line 18\n");
}

TEST(ParseAiken, LineRules) {
    // A lone CR ends a line; "B." is an option like "B)"; a one-character line is skipped.
    auto parsed =
        ParseAiken("Q one?\rA. yes\r\nB.\tno\n.\nANSWER: B\n\nQ two?\nA) x\nB) y\n", "t.txt");
    ASSERT_TRUE(parsed.has_value()) << parsed.error().front().ToString();
    ASSERT_EQ(parsed->bank.questions.size(), 1u);
    EXPECT_EQ(parsed->bank.questions[0].choices[1], (Choice{"no", true, ""}));
    EXPECT_EQ(Warnings(*parsed),
              "t.txt:7:1: warning: Question not completed before the end of the file\n");
}

TEST(ParseAiken, AnAnswerLetterWithoutItsOptionIsLeftOut) {
    auto parsed = ParseAiken("Q?\nA) x\nB) y\nANSWER: D\n\nR?\nA) 1\nB) 2\nANSWER: A\n", "t.txt");
    ASSERT_TRUE(parsed.has_value());
    EXPECT_EQ(parsed->bank.questions.size(), 1u);
    EXPECT_EQ(Warnings(*parsed),
              "t.txt:4:1: warning: the answer \"D\" on line 4 names no option of the question\n");
}

TEST(ParseAiken, RepeatedQuestionsGetDistinctStableIds) {
    const std::string one = "Q?\nA) x\nB) y\nANSWER: A\n";
    auto parsed = ParseAiken(one + "\n" + one, "t.txt");
    ASSERT_TRUE(parsed.has_value());
    ASSERT_EQ(parsed->bank.questions.size(), 2u);
    EXPECT_EQ(parsed->bank.questions[1].id, parsed->bank.questions[0].id + "-2");
    EXPECT_EQ(ParseAiken(one, "u.txt")->bank.questions[0].id, parsed->bank.questions[0].id);
}

TEST(ParseAiken, NothingImportableIsAnError) {
    auto parsed = ParseAiken("A) orphan\nANSWER: A\n", "t.txt");
    ASSERT_FALSE(parsed.has_value());
    EXPECT_EQ(parsed.error().back().ToString(), "t.txt: error: no question could be imported");
}

}  // namespace
}  // namespace summit::content
