// Anki's plain-text notes: the files from Anki's own tests, every header, HTML, note types.
#include "content/formats/anki_text.h"

#include <filesystem>
#include <fstream>
#include <iterator>

#include <gtest/gtest.h>

#include "content/formats/table_bank.h"
#include "content/richtext/html_to_markdown.h"
#include "tests/support/test_paths.h"

namespace summit::content {
namespace {

const std::filesystem::path kAnkiText =
    summit::testing::SharedFixturesDir() / "formats" / "anki_text";

std::string ReadFixture(const std::string& name) {
    std::ifstream in(kAnkiText / name, std::ios::binary);
    return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

#define SKIP_WITHOUT_FIXTURES()                                         \
    if (!std::filesystem::exists(kAnkiText)) {                          \
        GTEST_SKIP() << "no shared fixtures at " << kAnkiText.string(); \
    }

ParsedBank MustParse(std::string_view text, std::string_view name = "notes.txt") {
    auto parsed = ParseAnkiText(text, name);
    EXPECT_TRUE(parsed.has_value()) << (parsed ? "" : parsed.error().front().ToString());
    return parsed ? std::move(*parsed) : ParsedBank{};
}

std::vector<std::pair<std::string, std::string>> Cards(const Bank& bank) {
    std::vector<std::pair<std::string, std::string>> cards;
    for (const Question& q : bank.questions) {
        cards.emplace_back(q.prompt, q.back);
    }
    return cards;
}

TEST(AnkiTextFixtures, TwoFieldsPadsDropsSkipsAndReplaces) {
    SKIP_WITHOUT_FIXTURES();
    ParsedBank parsed = MustParse(ReadFixture("text-2fields.txt"), "text-2fields.txt");
    EXPECT_EQ(Cards(parsed.bank), (std::vector<std::pair<std::string, std::string>>{
                                      {"食べる", "to eat"},
                                      {"飲む", "to drink"},
                                      {"テスト", "test"},
                                      {"to eat", "食べる"},
                                      {"多すぎる", "too many"},
                                  }));
    std::vector<std::string> warnings;
    for (const Error& warning : parsed.warnings) {
        warnings.push_back(warning.ToString("warning"));
    }
    EXPECT_EQ(warnings,
              (std::vector<std::string>{
                  "text-2fields.txt:6:1: warning: the same question (id \"" + ContentId("飲む") +
                      "\") as line 3; this row replaces it",
                  "text-2fields.txt:7:23: warning: this note has 3 fields but the file 2 "
                  "columns; the extra fields are dropped",
                  "text-2fields.txt:8:1: warning: the flashcard has no back (answer); skipped",
                  "text-2fields.txt:9:8: warning: the flashcard has no back (answer); skipped",
                  "text-2fields.txt:10:1: warning: the row has no question (front); skipped",
              }));
}

TEST(AnkiTextFixtures, ThirdColumnIsTags) {
    SKIP_WITHOUT_FIXTURES();
    ParsedBank parsed = MustParse(ReadFixture("text-tags.txt"));
    ASSERT_EQ(parsed.bank.questions.size(), 2u);
    EXPECT_EQ(Cards(parsed.bank),
              (std::vector<std::pair<std::string, std::string>>{{"foo", "bar"}, {"foo2", "bar2"}}));
    // Anki tags are space-separated: "baz,qux" is one tag.
    EXPECT_EQ(parsed.bank.questions[0].tags, std::vector<std::string>{"baz,qux"});
    EXPECT_EQ(parsed.bank.questions[1].tags, std::vector<std::string>{"baz2"});
    EXPECT_TRUE(parsed.warnings.empty());
}

TEST(AnkiTextFixtures, OneNoteWithoutTrailingNewline) {
    SKIP_WITHOUT_FIXTURES();
    ParsedBank parsed = MustParse(ReadFixture("text-update.txt"));
    EXPECT_EQ(Cards(parsed.bank), (std::vector<std::pair<std::string, std::string>>{{"1", "x"}}));
    EXPECT_TRUE(parsed.warnings.empty());
}

TEST(ParseAnkiText, TheDocumentedExampleWithHeaders) {
    ParsedBank parsed = MustParse(
        "#separator:tab\n#html:true\n#deck:Biology::Cells\n#tags:exam1\n"
        "#columns:Front\tBack\tTags\n#tags column:3\n"
        "What is the <b>powerhouse</b> of the cell?\tMitochondrion&nbsp;&amp; co<br>more\t"
        "organelle\n");
    EXPECT_EQ(parsed.bank.deck, "Biology::Cells");
    ASSERT_EQ(parsed.bank.questions.size(), 1u);
    const Question& q = parsed.bank.questions[0];
    // The bold is kept: the note becomes Markdown, its other texts escaped as needed.
    EXPECT_EQ(q.text_format, TextFormat::kMarkdown);
    EXPECT_EQ(q.prompt, "What is the **powerhouse** of the cell?");
    EXPECT_EQ(q.back, "Mitochondrion & co\nmore");
    EXPECT_EQ(q.tags, (std::vector<std::string>{"exam1", "organelle"}));
    EXPECT_TRUE(parsed.warnings.empty());
}

TEST(ParseAnkiText, SeparatorNamesAndAnkisValueCut) {
    EXPECT_EQ(SeparatorFromName("Comma"), ',');
    EXPECT_EQ(SeparatorFromName("SEMICOLON"), ';');
    EXPECT_EQ(SeparatorFromName("Tab;;;"), '\t');
    EXPECT_EQ(SeparatorFromName("Space"), ' ');
    EXPECT_EQ(SeparatorFromName("Pipe"), '|');
    EXPECT_EQ(SeparatorFromName("colon"), ':');
    EXPECT_EQ(SeparatorFromName(","), ',');
    EXPECT_EQ(SeparatorFromName("\t"), '\t');
    ParsedBank parsed = MustParse("#separator:Pipe\n#html:false\na<b>|\"b|c\"\n");
    EXPECT_EQ(Cards(parsed.bank),
              (std::vector<std::pair<std::string, std::string>>{{"a<b>", "b|c"}}));
}

TEST(ParseAnkiText, GuidNotetypeAndUnknownHeaderColumns) {
    const std::string text =
        "#separator:tab\n#html:false\n#guid column:1\n#notetype column:2\n#deck column:3\n"
        "#tags column:6\n#if matches:keep both\n#frobnicate:yes\n# a comment: with a colon\n"
        "cU1%zNUzk1\tBasic\tDeck\thello\tworld\tt1 t2\n"
        "abc\tCloze\tDeck\t{{c1::Paris::city}} is in {{c2::France}}\tExtra info\t\n"
        "xyz\tBasic (and reversed card)\tDeck\tup\tdown\t\n"
        "t-1\tBasic (type in the answer)\tDeck\tTwo?\t2\t\n"
        "odd\tImage Occlusion\tDeck\tfront\tback\t\n";
    ParsedBank parsed = MustParse(text);
    const auto& q = parsed.bank.questions;
    ASSERT_EQ(q.size(), 5u);
    EXPECT_EQ(q[0].id, "g" + ContentId("cU1%zNUzk1").substr(1));
    EXPECT_EQ(q[0].tags, (std::vector<std::string>{"t1", "t2"}));
    EXPECT_EQ(q[1].id, "abc");
    EXPECT_EQ(q[1].type, QuestionType::kCloze);
    EXPECT_EQ(q[1].prompt, "{{Paris}} is in {{France}}");
    EXPECT_EQ(q[1].explanation, "Extra info");
    EXPECT_TRUE(q[2].reversible);
    EXPECT_EQ(q[3].type, QuestionType::kTyped);
    EXPECT_EQ(q[3].accepted, std::vector<std::string>{"2"});
    EXPECT_EQ(q[4].type, QuestionType::kFlashcard);
    // Every note names the one deck "Deck": the bank's.
    EXPECT_EQ(parsed.bank.deck, "Deck");
    EXPECT_EQ(q[0].deck, "");
    std::vector<std::string> messages;
    for (const Error& warning : parsed.warnings) {
        messages.push_back(std::to_string(warning.line) + " " + warning.message.substr(0, 20));
    }
    EXPECT_EQ(messages, (std::vector<std::string>{
                            "7 #if matches: is igno",
                            "8 unknown header \"#fro",
                            "11 cloze hints (::hint)",
                            "14 note type \"Image Occ",
                        }));
}

TEST(ParseAnkiText, DeckColumnGivesSubDecksBelowTheSharedDeck) {
    ParsedBank shared = MustParse(
        "#separator:tab\n#deck column:1\nBio::Cells\ta\tb\nBio\tc\td\nBio::Cells::Parts\te\tf\n");
    EXPECT_EQ(shared.bank.deck, "Bio");
    ASSERT_EQ(shared.bank.questions.size(), 3u);
    EXPECT_EQ(shared.bank.questions[0].deck, "Cells");
    EXPECT_EQ(shared.bank.questions[1].deck, "");
    EXPECT_EQ(shared.bank.questions[2].deck, "Cells::Parts");
    EXPECT_TRUE(shared.warnings.empty());
    ParsedBank named =
        MustParse("#separator:tab\n#deck:Bio\n#deck column:1\nBio::Cells\ta\tb\nChem\tc\td\n");
    EXPECT_EQ(named.bank.deck, "Bio");
    EXPECT_EQ(named.bank.questions[0].deck, "Cells");
    EXPECT_EQ(named.bank.questions[1].deck, "");
    ASSERT_EQ(named.warnings.size(), 1u);
    EXPECT_EQ(named.warnings[0].message,
              "deck \"Chem\" is not below \"Bio\" (#deck:); the note goes into \"Bio\"");
}

TEST(ParseAnkiText, ColumnsHeaderFixesTheCountAndNamesFields) {
    ParsedBank parsed =
        MustParse("#separator:comma\n#columns:Back,Front,Extra\nb1,f1,e1,x\nb2,f2\n");
    ASSERT_EQ(parsed.bank.questions.size(), 2u);
    EXPECT_EQ(parsed.bank.questions[0].prompt, "f1");
    EXPECT_EQ(parsed.bank.questions[0].back, "b1");
    EXPECT_EQ(parsed.bank.questions[0].explanation, "e1");
    ASSERT_EQ(parsed.warnings.size(), 1u);
    EXPECT_EQ(parsed.warnings[0].line, 3);
    EXPECT_EQ(parsed.warnings[0].column, 10);
}

TEST(ParseAnkiText, LegacyTagsLineAndDetectedSemicolon) {
    ParsedBank parsed = MustParse("tags:one two\nq1;a1\nq2;a2\n");
    ASSERT_EQ(parsed.bank.questions.size(), 2u);
    EXPECT_EQ(parsed.bank.questions[1].tags, (std::vector<std::string>{"one", "two"}));
}

TEST(AnkiHtmlFields, MarkupMakesANoteMarkdownAndPlainHtmlStaysPlain) {
    const ParsedBank parsed = MustParse(
        "#separator:tab\n#html:true\n<b>Bold</b> 2 * 3\tback<br>two\tt1\n"
        "a &lt;b&gt; *\tc<div>d</div>\tmy<b>tag</b>\n");
    ASSERT_EQ(parsed.bank.questions.size(), 2u);
    const Question& rich = parsed.bank.questions[0];
    EXPECT_EQ(rich.text_format, TextFormat::kMarkdown);
    EXPECT_EQ(rich.prompt, "**Bold** 2 \\* 3");
    EXPECT_EQ(rich.back, "back\ntwo");
    const Question& plain = parsed.bank.questions[1];
    EXPECT_EQ(plain.text_format, TextFormat::kPlain);
    EXPECT_EQ(plain.prompt, "a <b> *");
    EXPECT_EQ(plain.back, "c\n\nd");
    // Tags are never HTML.
    EXPECT_EQ(plain.tags, std::vector<std::string>{"my<b>tag</b>"});
}

TEST(AnkiHtmlFields, ClozeNotesKeepTheirMarkupAroundGaps) {
    const ParsedBank parsed = MustParse(
        "#html:true\n#notetype:Cloze\n#separator:tab\n<i>Paris</i> is in {{c1::France}}\t"
        "<b>extra</b>\n");
    ASSERT_EQ(parsed.bank.questions.size(), 1u);
    const Question& q = parsed.bank.questions[0];
    EXPECT_EQ(q.type, QuestionType::kCloze);
    EXPECT_EQ(q.text_format, TextFormat::kMarkdown);
    EXPECT_EQ(q.prompt, "*Paris* is in {{France}}");
    EXPECT_EQ(q.explanation, "**extra**");
}

TEST(AnkiHtmlFields, TagsBreaksAndEntities) {
    EXPECT_EQ(HtmlToPlain("<div>a &lt;b&gt;</div><div>c&#233;&#x41;</div>"), "a <b>\n\ncéA");
    EXPECT_EQ(HtmlToPlain("x<script>alert(1)</script>y &unknown; &"), "xy &unknown; &");
    EXPECT_EQ(HtmlToPlain("1 < 2"), "1 < 2");
}

}  // namespace
}  // namespace summit::content
