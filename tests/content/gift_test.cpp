// ParseGift on small texts: the constructs one at a time, warnings with positions, and what
// makes a file fail.
#include "content/formats/gift.h"

#include <string>
#include <vector>

#include <gtest/gtest.h>

namespace summit::content {
namespace {

ParsedBank Parse(std::string_view text) {
    auto parsed = ParseGift(text, "t.gift");
    EXPECT_TRUE(parsed.has_value()) << (parsed ? "" : parsed.error().front().ToString());
    return parsed ? *parsed : ParsedBank{};
}

std::string Warnings(const ParsedBank& parsed) {
    std::string all;
    for (const Error& warning : parsed.warnings) {
        all += warning.ToString("warning") + "\n";
    }
    return all;
}

TEST(ParseGift, CategoriesBecomeSubDecksUntilTheNextOne) {
    const ParsedBank parsed = Parse(
        "$CATEGORY: $course$/top/Unit 1/Week 2\n\nA?{T}\n\n$CATEGORY: $course$/a//b\n\nB?{F}\n\n"
        "$CATEGORY: $course$/top\n\nC?{T}\n");
    ASSERT_EQ(parsed.bank.questions.size(), 3u);
    EXPECT_EQ(parsed.bank.questions[0].deck, "Unit 1::Week 2");
    EXPECT_EQ(parsed.bank.questions[1].deck, "a/b");
    EXPECT_EQ(parsed.bank.questions[2].deck, "");
}

TEST(ParseGift, ADescriptionIsANoteOnTheNextQuestion) {
    const ParsedBank parsed = Parse("Read the passage: it is [html]short.\n\n::Q:: So?{T}\n");
    ASSERT_EQ(parsed.bank.questions.size(), 1u);
    EXPECT_EQ(parsed.bank.questions[0].note, "Read the passage: it is [html]short.");
    EXPECT_EQ(Warnings(parsed),
              "t.gift:1:1: warning: a description is not a question: its text is shown above the "
              "next question\n");
}

TEST(ParseGift, ALastDescriptionIsLeftOutWithAWarning) {
    const ParsedBank parsed = Parse("Q?{T}\n\n\nJust text\n");
    EXPECT_NE(Warnings(parsed).find("t.gift:4:1: warning: a description with no question after "
                                    "it is left out"),
              std::string::npos)
        << Warnings(parsed);
}

TEST(ParseGift, EscapesAndLineBreaks) {
    const ParsedBank parsed = Parse("Time\\: 10\\:30 \\{ok\\}\\nnext line{=a\\=b#x\\#y}\n");
    ASSERT_EQ(parsed.bank.questions.size(), 1u);
    const Question& q = parsed.bank.questions[0];
    EXPECT_EQ(q.prompt, "Time: 10:30 {ok}\nnext line");
    EXPECT_EQ(q.answers, (std::vector<TextAnswer>{{"a=b", 1, "x#y"}}));
}

TEST(ParseGift, HtmlWithoutMarkupIsPlainWithEntitiesDecoded) {
    const ParsedBank parsed = Parse(
        "[html]<p>Caf&eacute;?</p><p>5 &lt; 6 &amp;&nbsp;&#233;&#xE9; *</p>{=[html]<p>yes</p>}");
    ASSERT_EQ(parsed.bank.questions.size(), 1u);
    // Paragraphs stay apart; every HTML entity is decoded; a non-breaking space is a space.
    EXPECT_EQ(parsed.bank.questions[0].text_format, TextFormat::kPlain);
    EXPECT_EQ(parsed.bank.questions[0].prompt, "Caf\u00E9?\n\n5 < 6 & \u00E9\u00E9 *");
    EXPECT_EQ(parsed.bank.questions[0].accepted, std::vector<std::string>{"yes"});
}

TEST(ParseGift, HtmlMarkupMakesTheQuestionMarkdown) {
    const ParsedBank parsed = Parse(
        "::Sky::[html]<p>The sky is <b>blue</b>, 2 * 3?</p>{~[plain]<b>red</b>#no *"
        "=[html]<i>blue</i>#<sup>yes</sup>}\n\nA ~ B -> C{=x->y =z->w}");
    ASSERT_EQ(parsed.bank.questions.size(), 2u) << Warnings(parsed);
    const Question& q = parsed.bank.questions[0];
    EXPECT_EQ(q.text_format, TextFormat::kMarkdown);
    EXPECT_EQ(q.prompt, "The sky is **blue**, 2 \\* 3?");
    ASSERT_EQ(q.choices.size(), 2u);
    // Texts in other formats in the same question are escaped, so they show as written.
    EXPECT_EQ(q.choices[0].text, "<b>red</b>");
    EXPECT_EQ(q.choices[0].feedback, "no \\*");
    EXPECT_EQ(q.choices[1].text, "*blue*");
    EXPECT_EQ(q.choices[1].feedback, "^yes^");
    EXPECT_EQ(parsed.bank.questions[1].text_format, TextFormat::kPlain);
}

TEST(ParseGift, AnHtmlImageKeepsItsAltTextWithAWarning) {
    const ParsedBank parsed = Parse("[html]Flag <img src=\"f.png\" alt=\"A flag\">{T}");
    ASSERT_EQ(parsed.bank.questions.size(), 1u);
    EXPECT_EQ(parsed.bank.questions[0].prompt, "Flag A flag");
    EXPECT_TRUE(parsed.images.empty());
    EXPECT_NE(Warnings(parsed).find("t.gift:1:1: warning: image \"f.png\" is not among the files"),
              std::string::npos)
        << Warnings(parsed);
}

TEST(ParseGift, IdsComeFromIdCommentsTitlesOrTheText) {
    const ParsedBank parsed = Parse(
        "// [id:Chap-1.Q2] [tag:verbs] [tag:week 1]\n::Title::A?{T}\n\n::Title::B?{T}\n\nC?{T}\n");
    ASSERT_EQ(parsed.bank.questions.size(), 3u);
    EXPECT_EQ(parsed.bank.questions[0].id, "chap-1.q2");
    EXPECT_EQ(parsed.bank.questions[0].tags, (std::vector<std::string>{"verbs", "week 1"}));
    EXPECT_EQ(parsed.bank.questions[1].id, "title");
    const std::string hashed = parsed.bank.questions[2].id;
    EXPECT_EQ(hashed.size(), 17u);
    EXPECT_EQ(hashed, Parse("C?{T}").bank.questions[0].id);  // stable across files
    EXPECT_NE(hashed, Parse("D?{T}").bank.questions[0].id);
}

TEST(ParseGift, BankIsNamedAfterTheFile) {
    auto parsed = ParseGift("Q?{T}", "/tmp/Week 1 Verbs.gift.txt");
    ASSERT_TRUE(parsed.has_value());
    EXPECT_EQ(parsed->bank.id, "week-1-verbs");
    EXPECT_EQ(parsed->bank.title, "Week 1 Verbs");
}

TEST(ParseGift, WindowsLineEndingsAndAByteOrderMark) {
    const ParsedBank parsed = Parse("\xEF\xBB\xBF// c\r\nA?{\r\n=x\r\n=y\r\n}\r\n\r\nB?{F}\r\n");
    ASSERT_EQ(parsed.bank.questions.size(), 2u);
    EXPECT_EQ(parsed.bank.questions[0].accepted, (std::vector<std::string>{"x", "y"}));
}

TEST(ParseGift, BrokenQuestionsAreLeftOutWithWarningsAtTheirLines) {
    const ParsedBank parsed = Parse(
        "Good?{T}\n\nNo close {=a\n\nOne choice{~a}\n\n// c\nNum{#abc}\n\nMatch{=a -> b =c}\n\n"
        "Dup{~a =a}\n");
    ASSERT_EQ(parsed.bank.questions.size(), 1u);
    const std::string warnings = Warnings(parsed);
    EXPECT_NE(warnings.find("t.gift:3:1: warning: no answer block"), std::string::npos) << warnings;
    EXPECT_NE(warnings.find("t.gift:5:1: warning: a multiple-choice question needs at least 2 "
                            "answers; the question is left out"),
              std::string::npos)
        << warnings;
    EXPECT_NE(warnings.find("t.gift:8:1: warning: numerical answer \"abc\" is not a number"),
              std::string::npos)
        << warnings;
    EXPECT_NE(warnings.find("t.gift:10:1: warning: matching answer \"c\" has no \"->\""),
              std::string::npos)
        << warnings;
    EXPECT_NE(warnings.find("t.gift:12:1: warning: question "), std::string::npos) << warnings;
    EXPECT_NE(warnings.find("choice 2 repeats choice 1; the question is left out"),
              std::string::npos)
        << warnings;
}

TEST(ParseGift, AFileWithNoQuestionIsAnError) {
    auto parsed = ParseGift("// only a comment\n\nA description.\n", "empty.gift");
    ASSERT_FALSE(parsed.has_value());
    EXPECT_EQ(parsed.error().back().ToString(), "empty.gift: error: no question could be imported");
}

TEST(ParseGift, NumericalWithoutAnswersAndNegativeNumbers) {
    const ParsedBank parsed = Parse("T?{#-5:0.5}\n\nR?{#-2..4}\n\nW?{#=%50%*#any}\n");
    ASSERT_EQ(parsed.bank.questions.size(), 2u) << Warnings(parsed);
    EXPECT_EQ(parsed.bank.questions[0].numbers[0], (NumericAnswer{-5, 0.5, 1, "", false}));
    EXPECT_EQ(parsed.bank.questions[1].numbers[0], (NumericAnswer{1, 3, 1, "", false}));
    EXPECT_NE(Warnings(parsed).find("no full-credit number"), std::string::npos);
}

TEST(ParseGift, EssayKeepsItsGeneralFeedbackAsTheBack) {
    const ParsedBank parsed = Parse("Describe a frog.{####Green, jumps.}");
    ASSERT_EQ(parsed.bank.questions.size(), 1u);
    EXPECT_EQ(parsed.bank.questions[0].type, QuestionType::kFlashcard);
    EXPECT_EQ(parsed.bank.questions[0].back, "Green, jumps.");
    EXPECT_TRUE(parsed.bank.questions[0].explanation.empty());
}

}  // namespace
}  // namespace summit::content
