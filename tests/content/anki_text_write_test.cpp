// WriteAnkiText: Anki's header lines, what ParseAnkiText reads back, and the warnings for what
// Anki's note types cannot hold.
#include <string>

#include <gtest/gtest.h>

#include "content/formats/anki_text.h"
#include "tests/content/question_builder.h"

namespace summit::content {
namespace {

using test::Make;

// What Anki's note types hold exactly, with characters HTML and the separator must escape.
Bank AnkiBank() {
    Bank bank;
    bank.id = "round";
    bank.title = "round";
    bank.deck = "Biology";
    Question card = Make("card", QuestionType::kFlashcard, "Front <b> & \"quoted\"");
    card.back = "Back\non two lines";
    card.tags = {"t1", "t2"};
    Question both = Make("both", QuestionType::kFlashcard, "Up");
    both.back = "Down";
    both.reversible = true;
    both.deck = "Cells::Parts";
    Question cloze = Make("cloze", QuestionType::kCloze, "{{Paris}} is in {{France}} & <so on>.");
    cloze.explanation = "Geography";
    Question typed = Make("typed", QuestionType::kTyped, "Two?");
    typed.accepted = {"2"};
    typed.deck = "Cells";
    bank.questions = {card, both, cloze, typed};
    return bank;
}

TEST(WriteAnkiText, WritesTheHeadersAnkiWrites) {
    const ExportedText written = WriteAnkiText(AnkiBank());
    EXPECT_TRUE(
        written.text.starts_with("#separator:tab\n#html:true\n#guid column:1\n"
                                 "#notetype column:2\n#deck column:3\n#tags column:6\n"))
        << written.text;
    EXPECT_NE(written.text.find("\ncard\tBasic\tBiology\t\"Front &lt;b&gt; &amp; \"\"quoted"
                                "\"\"\"\tBack<br>on two lines\tt1 t2\n"),
              std::string::npos)
        << written.text;
    EXPECT_NE(written.text.find("\nboth\tBasic (and reversed card)\tBiology::Cells::Parts\tUp\t"),
              std::string::npos);
    EXPECT_NE(written.text.find("\tCloze\tBiology\t{{c1::Paris}} is in {{c1::France}} &amp; "
                                "&lt;so on&gt;.\tGeography\t\n"),
              std::string::npos);
}

TEST(WriteAnkiText, ParseAnkiTextReadsBackEveryNoteTypeWritten) {
    const Bank bank = AnkiBank();
    const ExportedText written = WriteAnkiText(bank);
    EXPECT_TRUE(written.warnings.empty()) << written.warnings.front().message;
    auto read = ParseAnkiText(written.text, "round.txt");
    ASSERT_TRUE(read.has_value()) << read.error().front().ToString() << "\n" << written.text;
    EXPECT_TRUE(read->warnings.empty()) << read->warnings.front().ToString();
    ASSERT_EQ(read->bank.questions.size(), bank.questions.size()) << written.text;
    for (std::size_t i = 0; i < bank.questions.size(); ++i) {
        EXPECT_EQ(read->bank.questions[i], bank.questions[i]) << i << "\n" << written.text;
    }
    EXPECT_EQ(read->bank, bank);
}

TEST(WriteAnkiText, MarkdownBecomesHtml) {
    Bank bank;
    bank.title = "b";
    Question card = Make("md", QuestionType::kFlashcard, "**Bold** and H~2~O");
    card.back = "- one\n- two";
    card.text_format = TextFormat::kMarkdown;
    bank.questions = {card};
    const ExportedText written = WriteAnkiText(bank);
    EXPECT_NE(written.text.find("\nmd\tBasic\tb\t<p><b>Bold</b> and H<sub>2</sub>O</p>\t"
                                "<ul><li>one</li><li>two</li></ul>\t\n"),
              std::string::npos)
        << written.text;
}

TEST(WriteAnkiText, WarnsForWhatAnkiCannotHold) {
    Bank bank;
    bank.title = "b";
    Question mc = Make("mc", QuestionType::kMultipleChoice, "Pick");
    mc.choices = {{"a", true, ""}, {"b", false, ""}};
    Question gaps = Make("gaps", QuestionType::kCloze, "{{third|3rd}} and {{Paris|~Lyon}}");
    Question typed = Make("typed", QuestionType::kTyped, "Name?");
    typed.accepted = {"x", "y"};
    typed.tags = {"a tag"};
    bank.questions = {mc, gaps, typed};
    const ExportedText written = WriteAnkiText(bank);
    ASSERT_EQ(written.warnings.size(), 4u);
    EXPECT_EQ(written.warnings[0].message,
              "question \"mc\": multiple_choice questions have no Anki note type that grades "
              "them; left out");
    EXPECT_EQ(written.warnings[1].message,
              "question \"gaps\": Anki's cloze takes one answer per gap: other variants, options "
              "and gap details (kinds, weights, credits, feedback, tolerances) are lost");
    EXPECT_EQ(written.warnings[2].message,
              "question \"typed\": Anki checks one typed answer: the others accepted are lost");
    EXPECT_EQ(written.warnings[3].message,
              "question \"typed\": spaces in tags are written as \"_\": Anki separates tags by "
              "spaces");
    EXPECT_NE(written.text.find("{{c1::third}} and {{c1::Paris}}"), std::string::npos);
    auto read = ParseAnkiText(written.text, "b.txt");
    ASSERT_TRUE(read.has_value());
    ASSERT_EQ(read->bank.questions.size(), 2u);
    EXPECT_EQ(read->bank.questions[1].accepted, std::vector<std::string>{"x"});
    EXPECT_EQ(read->bank.questions[1].tags, std::vector<std::string>{"a_tag"});
}

}  // namespace
}  // namespace summit::content
