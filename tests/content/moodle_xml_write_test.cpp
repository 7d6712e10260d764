// WriteMoodleXml: what ParseMoodleXml reads back, the exact XML Moodle is given for fractions,
// cloze gaps, categories and images, and the warnings for what Moodle cannot hold.
#include <string>
#include <vector>

#include <gtest/gtest.h>
#include <libxml/parser.h>
#include <libxml/xpath.h>

#include "content/formats/moodle_xml.h"
#include "content/richtext/sha256.h"
#include "tests/content/question_builder.h"

namespace summit::content {
namespace {

using test::Make;

// Every type Moodle holds, with characters XML, HTML and embedded answers must escape.
Bank MoodleBank() {
    Bank bank;
    bank.id = "round";
    bank.title = "round";
    Question mc = Make("mc", QuestionType::kMultipleChoice, "Which <one> & \"two\" ]]> here?");
    mc.choices = {{"a < b", true, "yes: #1"}, {"c & d", false, "no {really}"}};
    mc.explanation = "Because\nof two lines.";
    mc.tags = {"t1", "t 2"};
    Question weighted = Make("weighted", QuestionType::kMultipleChoice, "Pick two");
    weighted.choices = {{"a", true, "", 0.5}, {"b", true, "", 0.5}, {"c", false, "", -1.0}};
    Question partial = Make("partial", QuestionType::kMultipleChoice, "Pick one");
    partial.choices = {{"a", true, "", 1.0}, {"b", false, "half", 0.5}, {"c", false, "", 0.0}};
    Question fixed = Make("fixed", QuestionType::kMultipleChoice, "In place");
    fixed.choices = {{"x", true, ""}, {"None of the above", false, ""}};
    fixed.fixed_order = true;
    Question tf = Make("tf", QuestionType::kTrueFalse, "True?");
    tf.answer = true;
    tf.deck = "Unit 1::Part a/b";
    Question tf_false = Make("tf-false", QuestionType::kTrueFalse, "False?");
    tf_false.deck = "Unit 1::Part a/b";
    Question typed = Make("typed", QuestionType::kTyped, "Name?");
    typed.accepted = {"x", "y z"};
    typed.deck = "Unit 1::Part a/b";
    Question credited = Make("credited", QuestionType::kTyped, "Animal?");
    credited.answers = {{"Frog", 1, "Good"}, {"Cat", 0.25, ""}, {"*", 0, "No"}};
    credited.note = "Read: {this} first.";
    Question number = Make("number", QuestionType::kNumerical, "Pi?");
    number.numbers = {
        {3.1415, 0.0005, 1, "ok", false}, {3, 0.5, 0.5, "", false}, {0, 0, 0, "far off", true}};
    Question metres = Make("metres", QuestionType::kNumerical, "How long?");
    metres.numbers = {{2.5, 0, 1, "", false}};
    metres.unit = "m";
    Question pairs = Make("pairs", QuestionType::kMatching, "Match");
    pairs.pairs = {{"Canada", "Ottawa"}, {"Italy", "Rome & co"}};
    Question cloze = Make("cloze", QuestionType::kCloze,
                          "{{Paris|~Lyon|~Nice}} is in {{France}}; 2 + 2 = {{4|4.0}} & "
                          "{{a/b#c\"d\\e~f}} <ok>.");
    cloze.explanation = "Geography.";
    Question card = Make("card", QuestionType::kFlashcard, "Front");
    card.back = "Back\ntext";
    card.explanation = "Why";
    Question rich =
        Make("rich", QuestionType::kMultipleChoice, "What is **bold** and H~2~O?\n- one\n- two");
    rich.text_format = TextFormat::kMarkdown;
    rich.choices = {{"*yes*", true, ""}, {"no", false, "^not^ this"}};
    rich.explanation = "Because\nof it.";
    Question rich_cloze = Make("rich-cloze", QuestionType::kCloze, "The **{{Sun}}** is a *star*.");
    rich_cloze.text_format = TextFormat::kMarkdown;
    bank.questions = {mc,     weighted, partial, fixed, tf,   tf_false, typed,     credited,
                      number, metres,   pairs,   cloze, card, rich,     rich_cloze};
    return bank;
}

TEST(WriteMoodleXml, ParseMoodleXmlReadsBackEveryTypeMoodleHolds) {
    const Bank bank = MoodleBank();
    const ExportedText written = WriteMoodleXml(bank);
    ASSERT_EQ(written.warnings.size(), 1u) << written.warnings.front().message;
    EXPECT_EQ(written.warnings[0].message,
              "question \"card\": a flashcard is written as an essay, graded by hand in Moodle, "
              "its back as the information for graders");
    auto read = ParseMoodleXml(written.text, "round.xml");
    ASSERT_TRUE(read.has_value()) << read.error().front().ToString() << "\n" << written.text;
    ASSERT_EQ(read->bank.questions.size(), bank.questions.size()) << written.text;
    for (std::size_t i = 0; i < bank.questions.size(); ++i) {
        const Question& a = read->bank.questions[i];
        const Question& b = bank.questions[i];
        EXPECT_EQ(a, b) << i << "\n" << written.text;
    }
    EXPECT_EQ(read->bank, bank);
}

// The written file read with libxml2's XPath, each query's string values in order.
class WrittenXml {
  public:
    explicit WrittenXml(const std::string& text)
        : doc_(xmlReadMemory(text.data(), static_cast<int>(text.size()), "w.xml", nullptr,
                             XML_PARSE_NONET)) {}
    ~WrittenXml() { xmlFreeDoc(doc_); }
    WrittenXml(const WrittenXml&) = delete;
    WrittenXml& operator=(const WrittenXml&) = delete;

    bool ok() const { return doc_ != nullptr; }
    std::vector<std::string> Values(const char* xpath) const {
        std::vector<std::string> values;
        xmlXPathContextPtr context = xmlXPathNewContext(doc_);
        xmlXPathObjectPtr found =
            xmlXPathEvalExpression(reinterpret_cast<const xmlChar*>(xpath), context);
        for (int i = 0; found && found->nodesetval && i < found->nodesetval->nodeNr; ++i) {
            xmlChar* text = xmlNodeGetContent(found->nodesetval->nodeTab[i]);
            values.emplace_back(reinterpret_cast<const char*>(text));
            xmlFree(text);
        }
        xmlXPathFreeObject(found);
        xmlXPathFreeContext(context);
        return values;
    }

  private:
    xmlDocPtr doc_;
};

using Strings = std::vector<std::string>;

TEST(WriteMoodleXml, WritesMoodlesFractionsCategoriesAndEmbeddedAnswers) {
    const ExportedText written = WriteMoodleXml(MoodleBank());
    const WrittenXml xml(written.text);
    ASSERT_TRUE(xml.ok()) << written.text;
    EXPECT_EQ(xml.Values("//question[idnumber='weighted']/answer/@fraction"),
              (Strings{"50", "50", "-100"}));
    EXPECT_EQ(xml.Values("//question[idnumber='weighted']/single"), Strings{"false"});
    EXPECT_EQ(xml.Values("//question[idnumber='mc']/answer/@fraction"), (Strings{"100", "0"}));
    EXPECT_EQ(xml.Values("//question[idnumber='fixed']/shuffleanswers"), Strings{"false"});
    EXPECT_EQ(xml.Values("//question[@type='category']/category/text"),
              (Strings{"$course$/top/Unit 1/Part a//b", "$course$/top"}));
    EXPECT_EQ(xml.Values("//question[idnumber='cloze']/questiontext/text"),
              Strings{"<p>{1:MULTICHOICE:=Paris~Lyon~Nice} is in {1:SHORTANSWER:=France}; 2 + 2 = "
                      "{1:SHORTANSWER:=4~=4.0} &amp; {1:SHORTANSWER:=a\\/b\\#c\\\"d\\\\e\\~f} "
                      "&lt;ok&gt;.</p>"});
    EXPECT_EQ(xml.Values("//question[idnumber='metres']/units/unit/unit_name"), Strings{"m"});
    EXPECT_EQ(xml.Values("//question[idnumber='card']/@type"), Strings{"essay"});
    EXPECT_EQ(xml.Values("//question[@type='description']/questiontext/text"),
              Strings{"Read: {this} first."});
    EXPECT_EQ(xml.Values("//question[idnumber='rich']/questiontext/@format"), Strings{"html"});
    EXPECT_EQ(xml.Values("//question[idnumber='rich']/questiontext/text"),
              Strings{"<p>What is <b>bold</b> and H<sub>2</sub>O?</p><ul><li>one</li><li>two</li>"
                      "</ul>"});
    // Moodle writes HTML in CDATA; a text holding "]]>" cannot be, and is escaped instead.
    EXPECT_NE(written.text.find("<![CDATA[<p>What is <b>bold</b>"), std::string::npos);
    EXPECT_EQ(xml.Values("//question[idnumber='mc']/questiontext/text"),
              Strings{"Which <one> & \"two\" ]]> here?"});
}

TEST(WriteMoodleXml, CreditsBecomeTheNearestMoodleGradeWithAWarning) {
    Bank bank;
    Question q = Make("thirds", QuestionType::kMultipleChoice, "Pick");
    q.choices = {{"a", true, "", 1.0 / 3},
                 {"b", true, "", 0.34},
                 {"c", true, "", 0.33},
                 {"d", false, "", -0.26}};
    Question even = Make("even", QuestionType::kMultipleChoice, "Pick all");
    even.choices = {{"a", true, ""}, {"b", true, ""}, {"c", true, ""}, {"d", false, ""}};
    bank.questions = {q, even};
    const ExportedText written = WriteMoodleXml(bank);
    const WrittenXml xml(written.text);
    EXPECT_EQ(xml.Values("//question[idnumber='thirds']/answer/@fraction"),
              (Strings{"33.33333", "33.33333", "33.33333", "-25"}));
    EXPECT_EQ(xml.Values("//question[idnumber='even']/answer/@fraction"),
              (Strings{"33.33333", "33.33333", "33.33333", "-33.33333"}));
    ASSERT_EQ(written.warnings.size(), 2u);
    EXPECT_EQ(written.warnings[0].message,
              "question \"thirds\": a credit that is not one of Moodle's grades is written as the "
              "nearest one");
    EXPECT_NE(written.warnings[1].message.find("\"even\": several correct choices"),
              std::string::npos);
    EXPECT_TRUE(ParseMoodleXml(written.text, "t.xml").has_value());
}

TEST(WriteMoodleXml, EmbedsTheImagesTheCollectionHas) {
    const std::string png = std::string("\x89PNG\r\n\x1a\n", 8) + "pixels";
    const std::string hash = Sha256Hex(png);
    const std::string missing(64, 'b');
    Bank bank;
    Question q = Make("pic", QuestionType::kFlashcard,
                      "Name ![a cat](media:" + hash + ") and ![a dog](media:" + missing + ")");
    q.text_format = TextFormat::kMarkdown;
    q.back = "Cat ![a cat](media:" + hash + ")";
    bank.questions = {q};
    const ExportedText written =
        WriteMoodleXml(bank, [&](std::string_view wanted) -> std::optional<std::string> {
            if (wanted == hash) {
                return png;
            }
            return std::nullopt;
        });
    const WrittenXml xml(written.text);
    EXPECT_EQ(xml.Values("//questiontext/text"),
              Strings{"<p>Name <img src=\"@@PLUGINFILE@@/" + hash +
                      ".png\" alt=\"a cat\"> and a dog</p>"});
    EXPECT_EQ(xml.Values("//questiontext/file/@name"), Strings{hash + ".png"});
    EXPECT_EQ(xml.Values("//questiontext/file/@encoding"), Strings{"base64"});
    EXPECT_EQ(xml.Values("//questiontext/file"), Strings{"iVBORw0KGgpwaXhlbHM="});
    EXPECT_EQ(xml.Values("//graderinfo/file/@name"), Strings{hash + ".png"});
    ASSERT_EQ(written.warnings.size(), 2u);
    EXPECT_EQ(written.warnings[1].message,
              "question \"pic\": image " + missing +
                  " is not in the collection: its alt text is written");
}

TEST(WriteMoodleXml, LeavesOutOrderingAndBrokenClozeWithAWarning) {
    Bank bank;
    Question order = Make("order", QuestionType::kOrdering, "Order");
    order.items = {"1", "2"};
    order.deck = "Elsewhere";
    order.note = "Not written";
    Question broken = Make("broken", QuestionType::kCloze, "No gaps");
    Question kept = Make("kept", QuestionType::kTrueFalse, "Kept");
    kept.topic = "x";
    bank.questions = {order, broken, kept};
    const ExportedText written = WriteMoodleXml(bank);
    ASSERT_EQ(written.warnings.size(), 3u);
    EXPECT_EQ(written.warnings[0].message,
              "question \"order\": Moodle's standard question types have no ordering question; "
              "left out");
    EXPECT_NE(written.warnings[1].message.find("\"broken\": its cloze prompt does not parse"),
              std::string::npos);
    EXPECT_EQ(written.warnings[2].message,
              "question \"kept\": topic, difficulty and source are not written: Moodle questions "
              "have none");
    const WrittenXml xml(written.text);
    EXPECT_EQ(xml.Values("//question/@type"), Strings{"truefalse"});
}

}  // namespace
}  // namespace summit::content
