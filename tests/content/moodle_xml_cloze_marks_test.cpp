// ParseMoodleXml on what Moodle grades with that Summit's model holds differently: combined
// feedback, penalties, question marks; cloze weights, MULTIRESPONSE and NUMERICAL gaps kept.
#include <string>

#include <gtest/gtest.h>

#include "content/formats/moodle_xml.h"
#include "moodle_xml_test_support.h"

namespace summit::content {
namespace {

using test::ParseOk;
using test::Quiz;
using test::Warnings;

std::string Cloze(std::string_view text, std::string_view extra = "") {
    return "<question type=\"cloze\"><questiontext format=\"html\"><text><![CDATA[" +
           std::string(text) + "]]></text></questiontext>" + std::string(extra) + "</question>";
}

std::string MultiChoice(std::string_view extra) {
    return "<question type=\"multichoice\"><questiontext format=\"html\"><text>Sky?</text>"
           "</questiontext><answer fraction=\"100\"><text>Blue</text></answer>"
           "<answer fraction=\"0\"><text>Red</text></answer>" +
           std::string(extra) + "</question>";
}

TEST(MoodleXmlMarks, CombinedFeedbackJoinsTheExplanationSayingWhenItApplies) {
    const ParsedBank parsed = ParseOk(Quiz(MultiChoice(
        "<generalfeedback format=\"html\"><text>Rayleigh.</text></generalfeedback>"
        "<correctfeedback format=\"html\"><text><![CDATA[<p>Well <b>done</b></p>]]></text>"
        "</correctfeedback><partiallycorrectfeedback format=\"html\"><text>Your answer is "
        "partially correct.</text></partiallycorrectfeedback><incorrectfeedback "
        "format=\"html\"><text>Look up</text></incorrectfeedback>")));
    ASSERT_EQ(parsed.bank.questions.size(), 1u);
    const Question& q = parsed.bank.questions[0];
    EXPECT_EQ(q.text_format, TextFormat::kMarkdown);
    // Moodle's standard sentence adds nothing to Summit's own result: left out.
    EXPECT_EQ(q.explanation,
              "Rayleigh.\n\nIf your answer is correct: Well **done**\n\nIf your answer is "
              "incorrect: Look up");
    EXPECT_NE(Warnings(parsed).find("shown to everyone, in the explanation"), std::string::npos)
        << Warnings(parsed);
}

TEST(MoodleXmlMarks, PenaltyAndDifferingMarksAreWarnedOncePerFile) {
    const ParsedBank parsed =
        ParseOk(Quiz(MultiChoice("<defaultgrade>1</defaultgrade><penalty>0.3333333</penalty>") +
                     "\n" + MultiChoice("<defaultgrade>1</defaultgrade><penalty>0.5</penalty>") +
                     "\n" + MultiChoice("<defaultgrade>2</defaultgrade><penalty>0</penalty>") +
                     "\n" + MultiChoice("<defaultgrade>3</defaultgrade>")));
    ASSERT_EQ(parsed.bank.questions.size(), 4u);
    const std::string warnings = Warnings(parsed);
    EXPECT_EQ(warnings,
              "quiz.xml:3:1: warning: penalty 0.333333 (the share of the marks lost for each "
              "further try) is not kept: Summit grades the first answer (warned once)\n"
              "quiz.xml:5:1: warning: defaultgrade 2 differs from 1: the questions' marks are "
              "not kept, Summit counts every question the same (warned once)\n");
}

TEST(MoodleXmlMarks, EqualMarksAndNoPenaltyAreNotWarned) {
    const ParsedBank parsed =
        ParseOk(Quiz(MultiChoice("<defaultgrade>2</defaultgrade><penalty>0</penalty>") +
                     MultiChoice("<defaultgrade>2.0</defaultgrade>")));
    EXPECT_EQ(Warnings(parsed), "");
}

TEST(MoodleXmlCloze, DifferentGapWeightsAreKeptEqualOnesNeedNoDetails) {
    const ParsedBank parsed = ParseOk(Quiz(Cloze("A {2:SHORTANSWER:=a} b {1:SA:=b} c {:SA:=c}") +
                                           "\n" + Cloze("A {2:SHORTANSWER:=a} b {2:SA:=b}")));
    ASSERT_EQ(parsed.bank.questions.size(), 2u);
    const Question& weighted = parsed.bank.questions[0];
    EXPECT_EQ(weighted.prompt, "A {{a}} b {{b}} c {{c}}");
    ASSERT_EQ(weighted.gaps.size(), 3u);
    EXPECT_EQ(weighted.gaps[0], (GapDetail{GapKind::kTyped, 2}));
    EXPECT_EQ(weighted.gaps[1], (GapDetail{GapKind::kTyped, 1}));
    EXPECT_EQ(weighted.gaps[2], (GapDetail{GapKind::kTyped, 1}));
    // Equal weights are Summit's default: the markers say everything.
    EXPECT_TRUE(parsed.bank.questions[1].gaps.empty());
    EXPECT_EQ(Warnings(parsed), "");
}

TEST(MoodleXmlCloze, AnOnlyNumericalGapBecomesANumericalQuestionWithItsTolerance) {
    const ParsedBank parsed = ParseOk(
        Quiz(Cloze("<p>Pi is about {2:NUMERICAL:=3.14:0.01#Good~%50%3:0.2#Close~*#No}.</p>")));
    ASSERT_EQ(parsed.bank.questions.size(), 1u) << Warnings(parsed);
    const Question& q = parsed.bank.questions[0];
    EXPECT_EQ(q.type, QuestionType::kNumerical);
    EXPECT_EQ(q.text_format, TextFormat::kPlain);
    EXPECT_EQ(q.prompt, "Pi is about _____.");
    ASSERT_EQ(q.numbers.size(), 3u);
    EXPECT_EQ(q.numbers[0], (NumericAnswer{3.14, 0.01, 1, "Good", false}));
    EXPECT_EQ(q.numbers[1], (NumericAnswer{3, 0.2, 0.5, "Close", false}));
    EXPECT_EQ(q.numbers[2], (NumericAnswer{0, 0, 0, "No", true}));
    EXPECT_NE(Warnings(parsed).find("read as a numerical question, keeping its tolerances"),
              std::string::npos);
}

TEST(MoodleXmlCloze, ANumericalGapAmongOthersKeepsItsToleranceCreditsAndFeedback) {
    const ParsedBank parsed = ParseOk(Quiz(Cloze("{1:NM:=3:0.5#Good~%50%4:1~*#No} and {1:SA:=x}")));
    ASSERT_EQ(parsed.bank.questions.size(), 1u);
    const Question& q = parsed.bank.questions[0];
    EXPECT_EQ(q.prompt, "{{3}} and {{x}}");
    ASSERT_EQ(q.gaps.size(), 2u);
    EXPECT_EQ(q.gaps[0].kind, GapKind::kNumerical);
    EXPECT_EQ(q.gaps[0].numbers,
              (std::vector<NumericAnswer>{
                  {3, 0.5, 1, "Good", false}, {4, 1, 0.5, "", false}, {0, 0, 0, "No", true}}));
    EXPECT_EQ(q.gaps[1], (GapDetail{GapKind::kTyped, 1}));
    EXPECT_EQ(Warnings(parsed), "");
}

TEST(MoodleXmlCloze, CaseSensitiveAndChoiceFeedbackAreKept) {
    const ParsedBank parsed =
        ParseOk(Quiz(Cloze("{1:SHORTANSWER_C:=Bonn} is in {1:MCV:=Germany#Yes~France#No}")));
    ASSERT_EQ(parsed.bank.questions.size(), 1u);
    const Question& q = parsed.bank.questions[0];
    EXPECT_EQ(q.prompt, "{{Bonn}} is in {{Germany|~France}}");
    ASSERT_EQ(q.gaps.size(), 2u);
    EXPECT_TRUE(q.gaps[0].case_sensitive);
    EXPECT_EQ(q.gaps[1].kind, GapKind::kChoice);
    EXPECT_EQ(q.gaps[1].choices,
              (std::vector<Choice>{{"Germany", true, "Yes"}, {"France", false, "No"}}));
    EXPECT_EQ(Warnings(parsed), "");
}

TEST(MoodleXmlCloze, AnOnlyMultiresponseGapBecomesASeveralAnswerChoice) {
    const ParsedBank parsed =
        ParseOk(Quiz(Cloze("Primes: {1:MULTIRESPONSE:%50%2#yes~%50%3~%-100%4#even} (tick all)")));
    ASSERT_EQ(parsed.bank.questions.size(), 1u) << Warnings(parsed);
    const Question& q = parsed.bank.questions[0];
    EXPECT_EQ(q.type, QuestionType::kMultipleChoice);
    EXPECT_EQ(q.prompt, "Primes: _____ (tick all)");
    ASSERT_EQ(q.choices.size(), 3u);
    EXPECT_EQ(q.choices[0], (Choice{"2", true, "yes", 0.5}));
    EXPECT_EQ(q.choices[1], (Choice{"3", true, "", 0.5}));
    EXPECT_EQ(q.choices[2], (Choice{"4", false, "even", -1.0}));
    EXPECT_NE(Warnings(parsed).find("MULTIRESPONSE sub-question, is read as a multiple-choice"),
              std::string::npos);
}

TEST(MoodleXmlCloze, AMultiresponseGapAmongOthersBecomesAMultiResponseGap) {
    const ParsedBank parsed =
        ParseOk(Quiz(Cloze("{3:MRH:%50%a#one~%50%b~%-100%c#never} and {1:SA:=x}")));
    ASSERT_EQ(parsed.bank.questions.size(), 1u) << Warnings(parsed);
    const Question& q = parsed.bank.questions[0];
    EXPECT_EQ(q.type, QuestionType::kCloze);
    EXPECT_EQ(q.prompt, "{{a|b|~c}} and {{x}}");
    ASSERT_EQ(q.gaps.size(), 2u);
    EXPECT_EQ(q.gaps[0].kind, GapKind::kMultiResponse);
    EXPECT_EQ(q.gaps[0].weight, 3);
    EXPECT_EQ(q.gaps[0].choices,
              (std::vector<Choice>{
                  {"a", true, "one", 0.5}, {"b", true, "", 0.5}, {"c", false, "never", -1.0}}));
    EXPECT_EQ(Warnings(parsed), "");
}

TEST(MoodleXmlCloze, AMultiresponseGapWithoutAWrongOptionLeavesTheQuestionOutSayingWhy) {
    auto parsed = ParseMoodleXml(Quiz(Cloze("{1:MR:=a~=b} and {1:SA:=x}")), "quiz.xml");
    ASSERT_FALSE(parsed.has_value());
    const std::string message = parsed.error().front().message;
    EXPECT_NE(message.find("cloze gap 1: a MULTIRESPONSE sub-question needs at least 2 choices, "
                           "one of them wrong"),
              std::string::npos)
        << message;
}

TEST(MoodleXmlCloze, OptionsNoMarkerCanTellApartLeaveTheQuestionOut) {
    // "{{a|~a}}" cannot say which "a" is right.
    const ParsedBank parsed =
        ParseOk(Quiz(Cloze("{1:MC:=a#yes~a#no} and {1:SA:=x}") + "\n" + Cloze("{1:SA:=y}")));
    ASSERT_EQ(parsed.bank.questions.size(), 1u);
    EXPECT_EQ(parsed.bank.questions[0].prompt, "{{y}}");
    EXPECT_NE(Warnings(parsed).find("quiz.xml:3:1: warning: cloze: gap 1: choice 2 is not option "
                                    "2 of its marker"),
              std::string::npos)
        << Warnings(parsed);
}

}  // namespace
}  // namespace summit::content
