// ParseMoodleXml keeping rich text: HTML and auto-format texts as Markdown, embedded images
// as media references with their bytes in the parsed bank.
#include <string>

#include <gtest/gtest.h>

#include "content/formats/base64_decode.h"
#include "content/formats/moodle_xml.h"
#include "content/richtext/sha256.h"
#include "moodle_xml_test_support.h"

namespace summit::content {
namespace {

using test::ParseOk;
using test::Quiz;
using test::Warnings;

// base64 of these bytes, as Moodle embeds them.
const std::string kPng = std::string("\x89PNG\r\n\x1a\n", 8) + "pixels";
constexpr const char* kPngBase64 = "iVBORw0KGgpwaXhlbHM=";
const std::string kGif = "GIF89ax";
constexpr const char* kGifBase64 = "R0lGODlheA==";
constexpr const char* kTextBase64 = "anVzdCB0ZXh0";  // "just text"

// A true/false question (true is right) with the given <questiontext> element.
std::string TrueFalse(std::string_view questiontext) {
    return "<question type=\"truefalse\">" + std::string(questiontext) +
           "<answer fraction=\"100\"><text>true</text></answer>"
           "<answer fraction=\"0\"><text>false</text></answer></question>";
}

TEST(MoodleXmlImages, EmbeddedImagesBecomeMediaReferencesWithTheirBytes) {
    const ParsedBank parsed = ParseOk(
        Quiz(TrueFalse(std::string("<questiontext format=\"html\"><text><![CDATA[<p>Flag "
                                   "<img src=\"@@PLUGINFILE@@/flag%20one.png\" alt=\"A flag\"> and "
                                   "<img src=\"@@PLUGINFILE@@/dot.gif\"></p>]]></text>\n"
                                   "<file name=\"flag one.png\" path=\"/\" encoding=\"base64\">") +
                       kPngBase64 + "</file><file name=\"dot.gif\" encoding=\"base64\">\n" +
                       kGifBase64 + "\n</file></questiontext>")));
    ASSERT_EQ(parsed.bank.questions.size(), 1u) << Warnings(parsed);
    const Question& q = parsed.bank.questions[0];
    EXPECT_EQ(q.text_format, TextFormat::kMarkdown);
    EXPECT_EQ(q.prompt, "Flag ![A flag](media:" + Sha256Hex(kPng) +
                            ") and ![](media:" + Sha256Hex(kGif) + ")");
    EXPECT_EQ(parsed.images, (std::vector<std::string>{kPng, kGif}));
    EXPECT_EQ(Warnings(parsed), "");
}

TEST(MoodleXmlImages, BrokenOrUnsupportedFilesKeepTheAltTextWithAWarningAtTheirLine) {
    const ParsedBank parsed = ParseOk(Quiz(
        TrueFalse(std::string("<questiontext format=\"html\"><text><![CDATA[<p>"
                              "<img src=\"@@PLUGINFILE@@/a.png\" alt=\"Broken\">"
                              "<img src=\"@@PLUGINFILE@@/b.png\" alt=\"Text\">"
                              "<img src=\"@@PLUGINFILE@@/c.png\" alt=\"Missing\"></p>]]></text>\n"
                              "<file name=\"a.png\" encoding=\"base64\">!!notbase64</file>\n"
                              "<file name=\"b.png\" encoding=\"base64\">") +
                  kTextBase64 + "</file>\n<file name=\"unused.png\" encoding=\"base64\">" +
                  kPngBase64 + "</file></questiontext>")));
    ASSERT_EQ(parsed.bank.questions.size(), 1u);
    const Question& q = parsed.bank.questions[0];
    EXPECT_EQ(q.text_format, TextFormat::kPlain);  // only alt texts are left
    EXPECT_EQ(q.prompt, "BrokenTextMissing");
    EXPECT_TRUE(parsed.images.empty());
    const std::string warnings = Warnings(parsed);
    EXPECT_NE(warnings.find("quiz.xml:4:1: warning: embedded file \"a.png\" is not imported: it "
                            "is not valid base64"),
              std::string::npos)
        << warnings;
    EXPECT_NE(warnings.find("image \"@@PLUGINFILE@@/b.png\" is not kept"), std::string::npos);
    EXPECT_NE(warnings.find("kept its alt text \"Missing\""), std::string::npos);
    EXPECT_NE(warnings.find("embedded file \"unused.png\" is not imported: no image of the text"),
              std::string::npos);
}

TEST(MoodleXmlImages, ImagesOfAnswersFeedbackAndSeveralQuestionsAreKeptOnce) {
    const std::string image = std::string(
                                  "<text><![CDATA[<img src=\"@@PLUGINFILE@@/p.png\" "
                                  "alt=\"P\">]]></text><file name=\"p.png\" "
                                  "encoding=\"base64\">") +
                              kPngBase64 + "</file>";
    const ParsedBank parsed = ParseOk(
        Quiz("<question type=\"multichoice\"><questiontext format=\"html\">" + image +
             "</questiontext><answer fraction=\"100\" format=\"html\">" + image +
             "<feedback format=\"html\">" + image +
             "</feedback></answer><answer fraction=\"0\"><text>No</text></answer></question>" +
             TrueFalse("<questiontext format=\"html\">" + image + "</questiontext>")));
    ASSERT_EQ(parsed.bank.questions.size(), 2u) << Warnings(parsed);
    const std::string shown = "![P](media:" + Sha256Hex(kPng) + ")";
    EXPECT_EQ(parsed.bank.questions[0].choices[0].text, shown);
    EXPECT_EQ(parsed.bank.questions[0].choices[0].feedback, shown);
    EXPECT_EQ(parsed.bank.questions[1].prompt, shown);
    EXPECT_EQ(parsed.images, std::vector<std::string>{kPng});
}

TEST(MoodleXmlImages, AQuestionLeftOutTakesItsImagesWithIt) {
    const ParsedBank parsed = ParseOk(Quiz(
        std::string("<question type=\"essay\"><questiontext format=\"html\"><text>"
                    "<![CDATA[<img src=\"@@PLUGINFILE@@/p.png\">]]></text><file name=\"p.png\" "
                    "encoding=\"base64\">") +
        kPngBase64 + "</file></questiontext></question>" +
        "<question type=\"unknowntype\"><questiontext format=\"html\"><text>"
        "<![CDATA[<img src=\"@@PLUGINFILE@@/g.gif\">]]></text><file name=\"g.gif\" "
        "encoding=\"base64\">" +
        kGifBase64 + "</file></questiontext></question>"));
    ASSERT_EQ(parsed.bank.questions.size(), 1u);
    EXPECT_EQ(parsed.images, std::vector<std::string>{kPng});
}

TEST(MoodleXmlText, AutoFormatIsHtmlWhoseLineBreaksCount) {
    const ParsedBank parsed = ParseOk(Quiz(TrueFalse(
        "<questiontext format=\"moodle_auto_format\"><text>First &lt;b&gt;line&lt;/b&gt;\n"
        "second *line*</text></questiontext>")));
    ASSERT_EQ(parsed.bank.questions.size(), 1u);
    const Question& q = parsed.bank.questions[0];
    EXPECT_EQ(q.text_format, TextFormat::kMarkdown);
    EXPECT_EQ(q.prompt, "First **line**\nsecond \\*line\\*");
}

TEST(MoodleXmlText, PlainAutoFormatStaysPlain) {
    const ParsedBank parsed =
        ParseOk(Quiz(TrueFalse("<questiontext format=\"moodle_auto_format\"><text>2 * 3 &lt; 7\n"
                               "next</text></questiontext>")));
    ASSERT_EQ(parsed.bank.questions.size(), 1u);
    EXPECT_EQ(parsed.bank.questions[0].text_format, TextFormat::kPlain);
    EXPECT_EQ(parsed.bank.questions[0].prompt, "2 * 3 < 7\nnext");
}

TEST(MoodleXmlText, FilesOfATextThatIsNotHtmlAreReported) {
    const ParsedBank parsed = ParseOk(Quiz(TrueFalse(
        std::string("<questiontext format=\"plain_text\"><text>See</text>\n<file name=\"p.png\" "
                    "encoding=\"base64\">") +
        kPngBase64 + "</file></questiontext>")));
    EXPECT_TRUE(parsed.images.empty());
    EXPECT_NE(Warnings(parsed).find("quiz.xml:4:1: warning: embedded file \"p.png\" is not "
                                    "imported: only an HTML text shows images"),
              std::string::npos)
        << Warnings(parsed);
}

TEST(Base64Decode, DecodesPaddedWrappedTextAndRefusesTheRest) {
    EXPECT_EQ(DecodeBase64("aGVsbG8="), "hello");
    EXPECT_EQ(DecodeBase64("aGVs\n bG8"), "hello");
    EXPECT_EQ(DecodeBase64("YQ=="), "a");
    EXPECT_EQ(DecodeBase64(""), "");
    EXPECT_EQ(DecodeBase64("YQ"), "a");
    EXPECT_EQ(DecodeBase64("Y"), std::nullopt);
    EXPECT_EQ(DecodeBase64("YQ=a"), std::nullopt);
    EXPECT_EQ(DecodeBase64("YQ="), std::nullopt);
    EXPECT_EQ(DecodeBase64("Y*=="), std::nullopt);
}

}  // namespace
}  // namespace summit::content
