// ParseMoodleXml on small inline files: each question type, ids, grades, syntax errors.
#include "content/formats/moodle_xml.h"

#include <string>

#include <gtest/gtest.h>

#include "moodle_xml_test_support.h"

namespace summit::content {
namespace {

using test::ParseOk;
using test::Quiz;
using test::Warnings;

std::string Text(std::string_view element, std::string_view text,
                 std::string_view format = "plain_text") {
    return "<" + std::string(element) + " format=\"" + std::string(format) + "\"><text>" +
           std::string(text) + "</text></" + std::string(element) + ">";
}

std::string Answer(std::string_view fraction, std::string_view text, std::string_view extra = "") {
    return "<answer fraction=\"" + std::string(fraction) + "\"><text>" + std::string(text) +
           "</text>" + std::string(extra) + "</answer>";
}

TEST(MoodleXml, SingleAnswerMultichoiceMarksTheFullCreditChoice) {
    const ParsedBank parsed =
        ParseOk(Quiz("<question type=\"multichoice\"><name><text>Colour</text></name>" +
                     Text("questiontext", "<![CDATA[<p>Sky <b>colour</b>?</p>]]>", "html") +
                     "<single>true</single>" + Answer("100", "Blue", Text("feedback", "Yes")) +
                     Answer("0", "Red") + "</question>"));
    ASSERT_EQ(parsed.bank.questions.size(), 1u);
    const Question& q = parsed.bank.questions[0];
    EXPECT_EQ(q.type, QuestionType::kMultipleChoice);
    EXPECT_EQ(q.text_format, TextFormat::kMarkdown);  // the bold is kept
    EXPECT_EQ(q.prompt, "Sky **colour**?");
    ASSERT_EQ(q.choices.size(), 2u);
    EXPECT_EQ(q.choices[0], (Choice{"Blue", true, "Yes"}));
    EXPECT_EQ(q.choices[1], (Choice{"Red", false, ""}));
    EXPECT_EQ(q.id, "colour");
}

TEST(MoodleXml, SeveralAnswerMultichoiceKeepsFractionsAsCredits) {
    const ParsedBank parsed =
        ParseOk(Quiz("<question type=\"multichoice\">" + Text("questiontext", "Primes?") +
                     "<single>false</single>" + Answer("50", "2") + Answer("50", "3") +
                     Answer("-100", "4") + "</question>"));
    ASSERT_EQ(parsed.bank.questions.size(), 1u);
    const Question& q = parsed.bank.questions[0];
    ASSERT_EQ(q.choices.size(), 3u);
    EXPECT_TRUE(q.choices[0].correct);
    EXPECT_EQ(q.choices[0].credit, 0.5);
    EXPECT_FALSE(q.choices[2].correct);
    EXPECT_EQ(q.choices[2].credit, -1.0);
}

TEST(MoodleXml, OnlyMoodlesGradeValuesAreAccepted) {
    auto refused =
        ParseMoodleXml(Quiz("<question type=\"multichoice\">" + Text("questiontext", "Q") +
                            "<single>false</single>\n" + Answer("33.33333", "a") + "\n" +
                            Answer("33", "b") + "\n" + Answer("-50", "c") + "</question>"),
                       "g.xml");
    ASSERT_FALSE(refused.has_value());
    ASSERT_EQ(refused.error().size(), 1u);
    EXPECT_EQ(refused.error()[0].line, 5);
    EXPECT_NE(refused.error()[0].message.find("\"33\""), std::string::npos);
    auto wrong_word = ParseMoodleXml(
        Quiz("<question type=\"truefalse\">" + Answer("all", "true") + "</question>"), "g.xml");
    ASSERT_FALSE(wrong_word.has_value());
    EXPECT_NE(wrong_word.error()[0].message.find("\"all\""), std::string::npos);
}

TEST(MoodleXml, TrueFalseFeedbackGoesToTheExplanation) {
    const ParsedBank parsed = ParseOk(
        Quiz("<question type=\"truefalse\">" + Text("questiontext", "Earth is flat") +
             Answer("0", "true", Text("feedback", "No")) + Answer("100", "false") + "</question>"));
    ASSERT_EQ(parsed.bank.questions.size(), 1u);
    EXPECT_FALSE(parsed.bank.questions[0].answer);
    EXPECT_EQ(parsed.bank.questions[0].explanation, "Answering True: No");
    EXPECT_NE(Warnings(parsed).find("explanation"), std::string::npos);
}

TEST(MoodleXml, ShortAnswerWithFullCreditsOnlyIsAcceptedAnswers) {
    const ParsedBank parsed = ParseOk(Quiz(
        "<question type=\"shortanswer\">" + Text("questiontext", "Capital?") +
        "<usecase>1</usecase>" + Answer("100", "Paris") + Answer("100", "paris") + "</question>"));
    ASSERT_EQ(parsed.bank.questions.size(), 1u);
    const Question& q = parsed.bank.questions[0];
    EXPECT_EQ(q.type, QuestionType::kTyped);
    EXPECT_EQ(q.accepted, (std::vector<std::string>{"Paris", "paris"}));
    EXPECT_NE(Warnings(parsed).find("usecase 1"), std::string::npos);
}

TEST(MoodleXml, NumericalKeepsToleranceAndTheBaseUnit) {
    const ParsedBank parsed =
        ParseOk(Quiz("<question type=\"numerical\">" + Text("questiontext", "g?") +
                     Answer("100", "9.81", "<tolerance>0.05</tolerance>") + Answer("50", "10") +
                     "<units><unit><multiplier>1</multiplier><unit_name>m/s2</unit_name></unit>"
                     "<unit><multiplier>100</multiplier><unit_name>cm/s2</unit_name></unit></units>"
                     "</question>"));
    ASSERT_EQ(parsed.bank.questions.size(), 1u);
    const Question& q = parsed.bank.questions[0];
    EXPECT_EQ(q.type, QuestionType::kNumerical);
    ASSERT_EQ(q.numbers.size(), 2u);
    EXPECT_EQ(q.numbers[0], (NumericAnswer{9.81, 0.05, 1, ""}));
    EXPECT_EQ(q.numbers[1], (NumericAnswer{10, 0, 0.5, ""}));
    EXPECT_EQ(q.unit, "m/s2");
    EXPECT_NE(Warnings(parsed).find("unit \"cm/s2\""), std::string::npos);
}

TEST(MoodleXml, MatchingLeavesOutDistractorsWithAWarning) {
    const auto pair = [](std::string_view left, std::string_view right) {
        return "<subquestion format=\"html\"><text>" + std::string(left) + "</text><answer><text>" +
               std::string(right) + "</text></answer></subquestion>";
    };
    const ParsedBank parsed =
        ParseOk(Quiz("<question type=\"matching\">" + Text("questiontext", "Match") +
                     pair("Cat", "Meow") + pair("Dog", "Woof") + pair("", "Moo") + "</question>"));
    ASSERT_EQ(parsed.bank.questions.size(), 1u);
    EXPECT_EQ(parsed.bank.questions[0].pairs,
              (std::vector<MatchPair>{{"Cat", "Meow"}, {"Dog", "Woof"}}));
    EXPECT_NE(Warnings(parsed).find("\"Moo\""), std::string::npos);
}

TEST(MoodleXml, DescriptionIsANoteAndEssayAFlashcard) {
    const ParsedBank parsed = ParseOk(
        Quiz("<question type=\"description\">" +
             Text("questiontext", "<![CDATA[<p>Read <b>this</b> first</p>]]>", "html") +
             "</question>\n<question type=\"essay\">" + Text("questiontext", "Discuss") +
             "<graderinfo format=\"plain_text\"><text>Mention X</text></graderinfo></question>"));
    ASSERT_EQ(parsed.bank.questions.size(), 1u);
    const Question& q = parsed.bank.questions[0];
    EXPECT_EQ(q.type, QuestionType::kFlashcard);
    EXPECT_EQ(q.note, "Read this first");
    EXPECT_EQ(q.back, "Mention X");
    ASSERT_EQ(parsed.warnings.size(), 2u);
    EXPECT_EQ(parsed.warnings[0].line, 3);
}

TEST(MoodleXml, ClozeSubQuestionsBecomeGaps) {
    const ParsedBank parsed =
        ParseOk(Quiz("<question type=\"cloze\">" +
                     Text("questiontext",
                          "<![CDATA[<p>Capital {1:SHORTANSWER:=Paris~%50%Lyon#close}, "
                          "pick {1:MC:Red~=Blue}, {2:NUMERICAL:=3:0.1} and {1:SA:=a\\}b}</p>]]>",
                          "html") +
                     "</question>"));
    ASSERT_EQ(parsed.bank.questions.size(), 1u) << Warnings(parsed);
    const Question& q = parsed.bank.questions[0];
    EXPECT_EQ(q.type, QuestionType::kCloze);
    EXPECT_EQ(q.prompt, "Capital {{Paris}}, pick {{~Red|Blue}}, {{3}} and {{a}b}}");
    EXPECT_EQ(Warnings(parsed), "");
    // Credits, feedback, the tolerance and the weights are kept in the gaps' details.
    ASSERT_EQ(q.gaps.size(), 4u);
    EXPECT_EQ(q.gaps[0].answers,
              (std::vector<TextAnswer>{{"Paris", 1, ""}, {"Lyon", 0.5, "close"}}));
    EXPECT_EQ(q.gaps[1].kind, GapKind::kChoice);
    EXPECT_TRUE(q.gaps[1].choices.empty());  // the marker says it all
    EXPECT_EQ(q.gaps[2].kind, GapKind::kNumerical);
    EXPECT_EQ(q.gaps[2].weight, 2);
    EXPECT_EQ(q.gaps[2].numbers, (std::vector<NumericAnswer>{{3, 0.1, 1, "", false}}));
    EXPECT_EQ(q.gaps[3].weight, 1);
    EXPECT_TRUE(q.gaps[3].answers.empty());
}

TEST(MoodleXml, UnknownTypesAreLeftOutNamingTypeAndLine) {
    const ParsedBank parsed =
        ParseOk(Quiz("<question type=\"truefalse\">" + Text("questiontext", "ok") +
                     Answer("100", "true") + "</question>\n<question type=\"calculated\">" +
                     Text("questiontext", "{a}+1") + "</question>"));
    ASSERT_EQ(parsed.bank.questions.size(), 1u);
    ASSERT_EQ(parsed.warnings.size(), 1u);
    EXPECT_EQ(parsed.warnings[0].line, 4);
    EXPECT_NE(parsed.warnings[0].message.find("\"calculated\""), std::string::npos);
}

TEST(MoodleXml, IdsComeFromIdnumberElseCategoryAndName) {
    const std::string tf = Text("questiontext", "ok") + Answer("100", "true") + "</question>";
    const ParsedBank parsed =
        ParseOk(Quiz("<question type=\"category\"><category><text>$course$/top/Unit 1/Week 2</text>"
                     "</category></question><question type=\"truefalse\"><idnumber>Q 7</idnumber>" +
                     tf + "<question type=\"truefalse\"><name><text>Same</text></name>" + tf +
                     "<question type=\"truefalse\"><name><text>Same</text></name>" + tf));
    ASSERT_EQ(parsed.bank.questions.size(), 3u);
    EXPECT_EQ(parsed.bank.questions[0].id, "q-7");
    EXPECT_EQ(parsed.bank.questions[1].id, "unit-1::week-2::same");
    EXPECT_EQ(parsed.bank.questions[2].id, "unit-1::week-2::same-2");
    EXPECT_EQ(parsed.bank.questions[1].deck, "Unit 1::Week 2");
}

TEST(MoodleXml, SyntaxErrorsGiveLineAndColumn) {
    auto parsed = ParseMoodleXml(
        "<?xml version=\"1.0\"?>\n<quiz>\n  <question type=\"x\">\n"
        "  </quiz>\n",
        "bad.xml");
    ASSERT_FALSE(parsed.has_value());
    const Error& error = parsed.error()[0];
    EXPECT_EQ(error.code, ErrorCode::kParse);
    EXPECT_EQ(error.file, "bad.xml");
    EXPECT_EQ(error.line, 4);
    EXPECT_GT(error.column, 1);
    EXPECT_NE(error.message.find("XML syntax error"), std::string::npos);
    EXPECT_NE(error.message.find("question"), std::string::npos) << error.message;
    auto not_quiz = ParseMoodleXml("<html/>", "page.xml");
    ASSERT_FALSE(not_quiz.has_value());
    EXPECT_NE(not_quiz.error()[0].message.find("<quiz>"), std::string::npos);
}

TEST(MoodleXml, BytesTheDeclaredEncodingCannotReadAreAnErrorNotNoiseOnStderr) {
    ::testing::internal::CaptureStderr();
    auto parsed = ParseMoodleXml(
        "<?xml version=\"1.0\" encoding=\"UTF-7\"?>\n<quiz>\n<question type=\"truefalse\">"
        "<name><text>~%50\xFF\xFE</text></name></question>\n</quiz>\n",
        "utf7.xml");
    const std::string printed = ::testing::internal::GetCapturedStderr();
    EXPECT_EQ(printed, "");
    ASSERT_FALSE(parsed.has_value());
    const Error& error = parsed.error()[0];
    EXPECT_EQ(error.code, ErrorCode::kParse);
    EXPECT_NE(error.message.find("do not match the declared encoding"), std::string::npos)
        << error.message;
    EXPECT_NE(error.message.find("0x7E"), std::string::npos) << error.message;
}

TEST(MoodleXml, ExternalEntitiesAreNeverLoaded) {
    const std::string xml =
        "<?xml version=\"1.0\"?>\n<!DOCTYPE quiz [<!ENTITY secret SYSTEM "
        "\"file:///etc/hostname\">]>\n<quiz><question type=\"truefalse\">"
        "<questiontext format=\"plain_text\"><text>x&secret;y</text></questiontext>" +
        Answer("100", "true") + "</question></quiz>";
    auto parsed = ParseMoodleXml(xml, "xxe.xml");
    ASSERT_TRUE(parsed.has_value()) << parsed.error().front().ToString();
    ASSERT_EQ(parsed->bank.questions.size(), 1u);
    EXPECT_EQ(parsed->bank.questions[0].prompt, "xy");
}

}  // namespace
}  // namespace summit::content
