// ParseMoodleXml on Moodle's own XML import fixtures (../shared/fixtures/formats/moodle_xml):
// the categories, questions and refusals the fixtures' README lists.
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "content/formats/moodle_xml.h"
#include "content/model/cloze_gaps.h"
#include "content/richtext/image_type.h"
#include "content/richtext/question_texts.h"
#include "content/richtext/sha256.h"
#include "format_fixture.h"

namespace summit::content {
namespace {

using test::ReadFormatFixture;

#define PARSE_FIXTURE_OR_SKIP(var, name)                         \
    const auto var##_text = ReadFormatFixture(name);             \
    if (!var##_text) {                                           \
        GTEST_SKIP() << "fixture formats/" << name << " absent"; \
    }                                                            \
    auto var = ParseMoodleXml(*var##_text, name)

std::string All(const ErrorList& errors, std::string_view severity) {
    std::string all;
    for (const Error& error : errors) {
        all += error.ToString(severity) + "\n";
    }
    return all;
}

TEST(MoodleXmlFixtures, NestedCategoriesBecomeSubDecks) {
    PARSE_FIXTURE_OR_SKIP(parsed, "moodle_xml/nested_categories_with_questions.xml");
    ASSERT_TRUE(parsed.has_value()) << All(parsed.error(), "error");
    const std::vector<Question>& q = parsed->bank.questions;
    ASSERT_EQ(q.size(), 5u) << All(parsed->warnings, "warning");
    int true_false = 0;
    int essays = 0;
    for (const Question& question : q) {
        true_false += question.type == QuestionType::kTrueFalse ? 1 : 0;
        essays += question.type == QuestionType::kFlashcard ? 1 : 0;
    }
    EXPECT_EQ(true_false, 4);
    EXPECT_EQ(essays, 1);
    EXPECT_EQ(q[0].deck, "Iota");
    EXPECT_EQ(q[0].prompt, "Testing Iota Question");
    EXPECT_EQ(q[0].text_format, TextFormat::kPlain);
    EXPECT_EQ(q[0].id, "iota::iota-question");
    EXPECT_EQ(q[1].deck, "Iota::Kappa");
    EXPECT_EQ(q[1].type, QuestionType::kFlashcard);
    EXPECT_EQ(q[1].prompt, "Testing Kappa Essay Question");
    EXPECT_EQ(q[2].deck, "Iota::Kappa");
    EXPECT_EQ(q[3].deck, "Iota::Kappa::Lambda");
    EXPECT_EQ(q[4].deck, "Iota::Mu");
    // Four category descriptions (plain_text, markdown, moodle_auto_format) and one essay.
    const std::string warnings = All(parsed->warnings, "warning");
    EXPECT_NE(warnings.find("category \"Iota::Kappa::Lambda\""), std::string::npos) << warnings;
    EXPECT_NE(warnings.find("self-rated flashcard"), std::string::npos) << warnings;
}

TEST(MoodleXmlFixtures, AChildCategoryMayComeBeforeItsParent) {
    PARSE_FIXTURE_OR_SKIP(parsed, "moodle_xml/categories_reverse_order.xml");
    ASSERT_TRUE(parsed.has_value()) << All(parsed.error(), "error");
    const std::vector<Question>& q = parsed->bank.questions;
    ASSERT_EQ(q.size(), 2u);
    EXPECT_EQ(q[0].deck, "Sigma::Tau");
    EXPECT_EQ(q[0].type, QuestionType::kFlashcard);
    EXPECT_EQ(q[1].deck, "Sigma");
    EXPECT_EQ(q[1].type, QuestionType::kTyped);
    EXPECT_EQ(q[1].prompt, "Testing Sigma Question");
    EXPECT_TRUE(q[1].accepted.empty());
    ASSERT_EQ(q[1].answers.size(), 3u);
    EXPECT_EQ(q[1].answers[0], (TextAnswer{"yes", 1, ""}));
    EXPECT_EQ(q[1].answers[1], (TextAnswer{"no", 0, ""}));
    EXPECT_EQ(q[1].answers[2], (TextAnswer{"may be", 0, ""}));
    EXPECT_EQ(All(parsed->warnings, "warning").find("case-sensitive"), std::string::npos);
}

TEST(MoodleXmlFixtures, ExportCategoryHasOneTrueQuestion) {
    PARSE_FIXTURE_OR_SKIP(parsed, "moodle_xml/export_category.xml");
    ASSERT_TRUE(parsed.has_value()) << All(parsed.error(), "error");
    ASSERT_EQ(parsed->bank.questions.size(), 1u);
    const Question& q = parsed->bank.questions[0];
    EXPECT_EQ(q.deck, "Alpha");
    EXPECT_EQ(q.type, QuestionType::kTrueFalse);
    EXPECT_TRUE(q.answer);
    EXPECT_EQ(parsed->bank.id, "export_category");
}

TEST(MoodleXmlFixtures, DeprecatedCategoryIdnumberIsReportedNotLost) {
    PARSE_FIXTURE_OR_SKIP(parsed, "moodle_xml/deprecated_category.xml");
    ASSERT_TRUE(parsed.has_value()) << All(parsed.error(), "error");
    ASSERT_EQ(parsed->bank.questions.size(), 1u);
    EXPECT_EQ(parsed->bank.questions[0].type, QuestionType::kTrueFalse);
    EXPECT_EQ(parsed->bank.questions[0].deck, "Alpha");
    EXPECT_NE(All(parsed->warnings, "warning").find("idnumber \"alpha-idnumber\""),
              std::string::npos);
}

TEST(MoodleXmlFixtures, EntitiesInIdnumbersAreDecoded) {
    PARSE_FIXTURE_OR_SKIP(parsed, "moodle_xml/html_chars_in_idnumbers.xml");
    ASSERT_TRUE(parsed.has_value()) << All(parsed.error(), "error");
    ASSERT_EQ(parsed->bank.questions.size(), 1u);
    // "T &amp; F" read as "T & F": the slug has no "amp".
    EXPECT_EQ(parsed->bank.questions[0].id, "t-f");
    EXPECT_NE(All(parsed->warnings, "warning").find("idnumber \"The inequalities < & >\""),
              std::string::npos)
        << All(parsed->warnings, "warning");
}

TEST(MoodleXmlFixtures, InvalidGradeIsRefusedAtItsLine) {
    PARSE_FIXTURE_OR_SKIP(parsed, "moodle_xml/error_invalid_grades.xml");
    ASSERT_FALSE(parsed.has_value());
    ASSERT_EQ(parsed.error().size(), 1u) << All(parsed.error(), "error");
    EXPECT_EQ(parsed.error()[0].line, 38);
    EXPECT_NE(parsed.error()[0].message.find("\"33\""), std::string::npos);
}

TEST(MoodleXmlFixtures, EveryBrokenClozeIsReported) {
    PARSE_FIXTURE_OR_SKIP(parsed, "moodle_xml/broken_cloze_questions.xml");
    ASSERT_FALSE(parsed.has_value());
    const ErrorList& errors = parsed.error();
    // One per question, at its line, then "no question could be imported".
    ASSERT_EQ(errors.size(), 6u) << All(errors, "error");
    const int lines[] = {4, 20, 36, 52, 68};
    for (int i = 0; i < 5; ++i) {
        EXPECT_EQ(errors[i].line, lines[i]) << errors[i].ToString();
    }
    EXPECT_NE(errors[0].message.find("at least one"), std::string::npos);
    EXPECT_NE(errors[1].message.find("{1:MULTICHOICE} has no answers"), std::string::npos);
    EXPECT_NE(errors[2].message.find("at least 2 choices"), std::string::npos);
    EXPECT_NE(errors[3].message.find("full credit"), std::string::npos);
    EXPECT_NE(errors[4].message.find("\"zero\" is not a number"), std::string::npos)
        << errors[4].message;
}

TEST(MoodleXmlFixtures, MultianswerBecomesAClozeWithFiveGaps) {
    PARSE_FIXTURE_OR_SKIP(parsed, "moodle_xml/multianswer.xml");
    ASSERT_TRUE(parsed.has_value()) << All(parsed.error(), "error");
    ASSERT_EQ(parsed->bank.questions.size(), 1u);
    const Question& q = parsed->bank.questions[0];
    EXPECT_EQ(q.type, QuestionType::kCloze);
    EXPECT_EQ(q.deck, "Default for Test images in backup");
    EXPECT_NE(q.prompt.find("San Francisco: {{California|~Arizona}}"), std::string::npos)
        << q.prompt;
    EXPECT_NE(q.prompt.find("Tucson: {{~California|Arizona}}"), std::string::npos);
    EXPECT_NE(q.prompt.find("Phoenix: {{~California|Arizona}}"), std::string::npos);
    EXPECT_NE(q.prompt.find("France is {{Paris}}."), std::string::npos);
    // The three embedded PNGs are kept: shown by hash, their bytes with the bank.
    EXPECT_EQ(q.text_format, TextFormat::kMarkdown);
    ASSERT_EQ(parsed->images.size(), 3u);
    for (const std::string& image : parsed->images) {
        EXPECT_TRUE(CheckImageBytes(image).has_value());
    }
    const std::string flag = "![California flag](media:" + Sha256Hex(parsed->images[0]) + ")";
    EXPECT_NE(q.prompt.find("California " + flag), std::string::npos) << q.prompt;
    EXPECT_NE(q.prompt.find("![Arizona flag](media:" + Sha256Hex(parsed->images[1]) + ")"),
              std::string::npos);
    EXPECT_EQ(q.explanation, "This is a Moodle question ![Moodle logo](media:" +
                                 Sha256Hex(parsed->images[2]) + ")");
    const std::string warnings = All(parsed->warnings, "warning");
    EXPECT_EQ(warnings.find("embedded file"), std::string::npos) << warnings;
    // Nothing of the gaps is lost: the feedback of every option and answer, Marseille's half
    // credit and the catch-all's feedback are in the gaps' details.
    EXPECT_EQ(warnings.find("cloze gap"), std::string::npos) << warnings;
    ASSERT_EQ(q.gaps.size(), 5u);
    for (std::size_t i = 0; i < 4; ++i) {
        EXPECT_EQ(q.gaps[i].kind, GapKind::kChoice);
        EXPECT_EQ(q.gaps[i].weight, 1);
        ASSERT_EQ(q.gaps[i].choices.size(), 2u);
    }
    EXPECT_EQ(q.gaps[0].choices[0], (Choice{"California", true, "OK"}));
    EXPECT_EQ(q.gaps[1].choices[0], (Choice{"California", false, "Wrong"}));
    EXPECT_EQ(q.gaps[1].choices[1], (Choice{"Arizona", true, "OK"}));
    EXPECT_EQ(q.gaps[4].kind, GapKind::kTyped);
    ASSERT_EQ(q.gaps[4].answers.size(), 3u);
    EXPECT_EQ(q.gaps[4].answers[0], (TextAnswer{"Paris", 1, "Congratulations!"}));
    EXPECT_EQ(q.gaps[4].answers[1].text, "Marseille");
    EXPECT_EQ(q.gaps[4].answers[1].credit, 0.5);
    EXPECT_EQ(q.gaps[4].answers[1].feedback.rfind("No, that is the second largest city", 0), 0u)
        << q.gaps[4].answers[1].feedback;
    EXPECT_EQ(q.gaps[4].answers[2].text, "*");
    EXPECT_EQ(q.gaps[4].answers[2].credit, 0);
    EXPECT_TRUE(ResolveCloze(q).has_value());
    // Graded as plain text: the catch-all stays "*".
    const auto plain = ResolveCloze(PlainQuestion(q));
    ASSERT_TRUE(plain.has_value()) << plain.error().message;
    EXPECT_EQ(plain->gaps[4].answers[2].text, "*");
    EXPECT_EQ(plain->gaps[1].choices[1].text, "Arizona");
}

}  // namespace
}  // namespace summit::content
