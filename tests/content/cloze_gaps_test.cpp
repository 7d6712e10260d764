// Cloze gap details: merged with the prompt's markers, checked, and carried through the JSON
// bank format and Moodle XML unchanged.
#include "content/model/cloze_gaps.h"

#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "content/formats/json_bank.h"
#include "content/formats/moodle_xml.h"
#include "tests/content/question_builder.h"

namespace summit::content {
namespace {

using test::Make;

// One gap of each kind, every detail set: weights, credits, feedback, tolerances, case.
Question AllKinds() {
    Question q = Make("kinds", QuestionType::kCloze,
                      "{{Bonn}} is in {{Germany|~France}}; pi is {{3.14}}; primes: {{2|3|~4}}.");
    GapDetail typed{GapKind::kTyped, 2, true};
    typed.answers = {{"Bonn", 1, "Yes"}, {"Berlin", 0.5, "Now it is"}, {"*", 0, "No"}};
    GapDetail choice{GapKind::kChoice, 1};
    choice.choices = {{"Germany", true, "Right"}, {"France", false, "", 0.25}};
    GapDetail number{GapKind::kNumerical, 3};
    number.numbers = {
        {3.14, 0.01, 1, "Good", false}, {3, 0.2, 0.5, "", false}, {0, 0, 0, "", true}};
    GapDetail ticks{GapKind::kMultiResponse, 1};
    ticks.choices = {{"2", true, "even prime", 0.5}, {"3", true, "", 0.5}, {"4", false, "", -1.0}};
    q.gaps = {typed, choice, number, ticks};
    return q;
}

TEST(ClozeGaps, WithoutDetailsGapsAreTypedOrChoiceWorthOne) {
    const auto cloze = ResolveCloze(Make("q", QuestionType::kCloze, "{{a|b}} and {{c|~d}}"));
    ASSERT_TRUE(cloze.has_value()) << cloze.error().message;
    ASSERT_EQ(cloze->gaps.size(), 2u);
    EXPECT_EQ(cloze->gaps[0].kind, GapKind::kTyped);
    EXPECT_EQ(cloze->gaps[0].accepted, (std::vector<std::string>{"a", "b"}));
    EXPECT_EQ(cloze->gaps[1].kind, GapKind::kChoice);
    EXPECT_EQ(cloze->gaps[1].choices, (std::vector<Choice>{{"c", true, ""}, {"d", false, ""}}));
    EXPECT_DOUBLE_EQ(GapShare(*cloze, 0), 0.5);
}

TEST(ClozeGaps, DetailsReplaceTheMarkersAndWeightsSetTheShares) {
    const auto cloze = ResolveCloze(AllKinds());
    ASSERT_TRUE(cloze.has_value()) << cloze.error().message;
    EXPECT_TRUE(cloze->gaps[0].accepted.empty());
    EXPECT_EQ(cloze->gaps[0].answers.size(), 3u);
    EXPECT_TRUE(cloze->gaps[0].case_sensitive);
    EXPECT_EQ(cloze->gaps[2].numbers.size(), 3u);
    EXPECT_EQ(cloze->gaps[3].shown, "2, 3");
    EXPECT_DOUBLE_EQ(GapShare(*cloze, 2), 3.0 / 7.0);
}

TEST(ClozeGaps, ANumericalGapWithoutNumbersReadsItsMarker) {
    Question q = Make("q", QuestionType::kCloze, "{{2.5|2,5}}");
    q.gaps = {GapDetail{GapKind::kNumerical}};
    EXPECT_FALSE(ResolveCloze(q).has_value());  // "2,5" is no plain number
    q.prompt = "{{2.5|3}}";
    const auto cloze = ResolveCloze(q);
    ASSERT_TRUE(cloze.has_value());
    EXPECT_EQ(cloze->gaps[0].numbers,
              (std::vector<NumericAnswer>{{2.5, 0, 1, "", false}, {3, 0, 1, "", false}}));
}

TEST(ClozeGaps, DetailsThatDoNotFitTheMarkersAreRefusedNamingTheGap) {
    auto message = [](Question q) {
        const auto cloze = ResolveCloze(q);
        return cloze ? std::string("ok") : cloze.error().message;
    };
    Question q = AllKinds();
    q.gaps.pop_back();
    EXPECT_EQ(message(q), "3 gap details for 4 gaps");
    q = AllKinds();
    q.gaps[1].weight = 0;
    EXPECT_EQ(message(q), "gap 2: its weight is not above 0");
    q = AllKinds();
    q.gaps[1].choices[1].text = "Spain";
    EXPECT_EQ(message(q), "gap 2: choice 2 is not option 2 of its marker, right or wrong alike");
    q = AllKinds();
    q.gaps[3].choices[2].correct = true;
    EXPECT_EQ(message(q), "gap 4: choice 3 is not option 3 of its marker, right or wrong alike");
    q = AllKinds();
    q.gaps[0].answers = {{"Bonn", 0.5, ""}};
    EXPECT_EQ(message(q), "gap 1: no answer earns full credit");
    q = AllKinds();
    q.gaps[2].numbers = {{3, 0, 0.5, "", false}};
    EXPECT_EQ(message(q), "gap 3: no number earns full credit");
    q = AllKinds();
    q.gaps[0].kind = GapKind::kMultiResponse;
    q.gaps[0].answers.clear();
    EXPECT_EQ(message(q), "gap 1: its marker lists no options (mark the wrong ones with \"~\")");
}

TEST(ClozeGaps, JsonBankKeepsEveryDetailAndOldBanksReadUnchanged) {
    Bank bank;
    bank.id = "b";
    bank.title = "b";
    bank.questions = {AllKinds(), Make("old", QuestionType::kCloze, "{{a}} {{b|~c}}")};
    const std::string json = WriteJsonBank(bank);
    EXPECT_NE(json.find("\"kind\": \"multi_response\""), std::string::npos) << json;
    const auto read = ParseJsonBank(json, "b.json");
    ASSERT_TRUE(read.has_value()) << read.error().front().ToString();
    EXPECT_EQ(read->questions[0], bank.questions[0]);
    EXPECT_EQ(*read, bank);
    EXPECT_EQ(json.find("gaps", json.find("\"old\"")), std::string::npos);  // nothing added
}

TEST(ClozeGaps, JsonBankReportsDetailsThatDoNotFitAtTheGaps) {
    const std::string json =
        R"({"format": "summit-bank", "version": 1, "id": "b", "title": "b", "questions": [
{"id": "q", "type": "cloze", "prompt": "{{a}}", "gaps": [{"kind": "numerical"}]},
{"id": "r", "type": "cloze", "prompt": "{{a}}", "gaps": [{"kind": "dropdown"}]}]})";
    const auto read = ParseJsonBank(json, "b.json");
    ASSERT_FALSE(read.has_value());
    std::string all;
    for (const Error& error : read.error()) {
        all += error.ToString() + "\n";
    }
    EXPECT_NE(all.find("cloze: gap 1: \"a\" is not a number"), std::string::npos) << all;
    EXPECT_NE(all.find("unknown gap kind \"dropdown\""), std::string::npos) << all;
}

TEST(ClozeGaps, MoodleXmlWritesEachKindAndReadsItBackUnchanged) {
    Bank bank;
    bank.id = "b";
    bank.title = "b";
    bank.questions = {AllKinds()};
    const ExportedText written = WriteMoodleXml(bank);
    EXPECT_TRUE(written.warnings.empty()) << written.warnings.front().message;
    for (const char* embedded :
         {"{2:SHORTANSWER_C:=Bonn#Yes~%50%Berlin#Now it is~*#No}",
          "{1:MULTICHOICE:=Germany#Right~%25%France}", "{3:NUMERICAL:=3.14:0.01#Good~%50%3:0.2~*}",
          "{1:MULTIRESPONSE:%50%2#even prime~%50%3~%-100%4}"}) {
        EXPECT_NE(written.text.find(embedded), std::string::npos) << embedded << "\n"
                                                                  << written.text;
    }
    const auto read = ParseMoodleXml(written.text, "w.xml");
    ASSERT_TRUE(read.has_value()) << read.error().front().ToString();
    for (const Error& warning : read->warnings) {  // Moodle's penalty may be warned, no gap
        EXPECT_EQ(warning.message.find("gap"), std::string::npos) << warning.message;
    }
    ASSERT_EQ(read->bank.questions.size(), 1u);
    const Question& q = read->bank.questions[0];
    EXPECT_EQ(q.prompt, bank.questions[0].prompt);
    EXPECT_EQ(q.gaps, bank.questions[0].gaps);
}

TEST(ClozeGaps, MoodleXmlRoundsAWeightThatIsNoWholeNumberWithAWarning) {
    Bank bank;
    bank.id = "b";
    bank.title = "b";
    Question q = Make("w", QuestionType::kCloze, "{{a}} {{b}}");
    q.gaps = {GapDetail{GapKind::kTyped, 1.5}, GapDetail{GapKind::kTyped, 1}};
    bank.questions = {q};
    const ExportedText written = WriteMoodleXml(bank);
    EXPECT_NE(written.text.find("{2:SHORTANSWER:=a} {1:SHORTANSWER:=b}"), std::string::npos)
        << written.text;
    ASSERT_EQ(written.warnings.size(), 1u);
    EXPECT_NE(written.warnings[0].message.find("written rounded"), std::string::npos);
}

}  // namespace
}  // namespace summit::content
