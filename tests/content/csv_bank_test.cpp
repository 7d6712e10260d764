// The CSV/TSV bank reader and writer: header mapping, every type, positions, ids, round trips.
#include "content/formats/csv_bank.h"

#include <gtest/gtest.h>

#include "content/formats/table_bank.h"

namespace summit::content {
namespace {

ParsedBank MustParse(std::string_view text, char delimiter = '\0') {
    auto parsed = ParseCsvBank(text, "dir/Unit 3 Vocab.csv", delimiter);
    EXPECT_TRUE(parsed.has_value()) << (parsed ? "" : parsed.error().front().ToString());
    return parsed ? std::move(*parsed) : ParsedBank{};
}

std::vector<std::string> Strings(const ErrorList& errors, std::string_view severity) {
    std::vector<std::string> out;
    for (const Error& error : errors) {
        out.push_back(error.ToString(severity));
    }
    return out;
}

TEST(ParseCsvBank, TwoColumnsWithoutHeaderAreFlashcards) {
    ParsedBank parsed = MustParse(
        "\xEF\xBB\xBF"
        "chat,cat\r\nchien,\"dog, the animal\"\r\n");
    EXPECT_EQ(parsed.bank.id, "unit-3-vocab");
    EXPECT_EQ(parsed.bank.title, "Unit 3 Vocab");
    ASSERT_EQ(parsed.bank.questions.size(), 2u);
    EXPECT_EQ(parsed.bank.questions[0].type, QuestionType::kFlashcard);
    EXPECT_EQ(parsed.bank.questions[0].prompt, "chat");
    EXPECT_EQ(parsed.bank.questions[1].back, "dog, the animal");
    EXPECT_EQ(parsed.bank.questions[0].id, ContentId("chat"));
    EXPECT_TRUE(parsed.warnings.empty());
}

TEST(ParseCsvBank, HeaderSynonymsAnyCaseAndUnknownColumnsWarn) {
    ParsedBank parsed =
        MustParse("Term;Notes;DEFINITION;Tags\nhund;x;dog;animals de\nkatze;;cat;\n");
    ASSERT_EQ(parsed.bank.questions.size(), 2u);
    EXPECT_EQ(parsed.bank.questions[0].prompt, "hund");
    EXPECT_EQ(parsed.bank.questions[0].back, "dog");
    EXPECT_EQ(parsed.bank.questions[0].tags, (std::vector<std::string>{"animals", "de"}));
    EXPECT_EQ(Strings(parsed.warnings, "warning"),
              std::vector<std::string>{"dir/Unit 3 Vocab.csv:1:6: warning: unknown column "
                                       "\"Notes\"; its cells are ignored"});
    for (const char* header : {"question,answer", "prompt,answer", "front,back"}) {
        EXPECT_EQ(MustParse(std::string(header) + "\nq,a\n").bank.questions.size(), 1u) << header;
    }
}

TEST(ParseCsvBank, EveryTypeFromATypeColumn) {
    const std::string text =
        "id,type,question,answer,choices,correct,explanation,topic,difficulty,reversible\n"
        "f1,flashcard,Sun,A star,,,,astro,2,yes\n"
        "m1,multiple_choice,Largest planet?,,Jupiter|Saturn|Mars,Jupiter,Gas giant,,,\n"
        "m2,MC,Even numbers?,,1|2|4,2|3,,,,\n"
        "t1,true/false,Pluto is a planet,false,,,,,,\n"
        "t2,tf,Mars is red,,,yes,,,,\n"
        "y1,typed,Planets?,8|eight,,,,,,\n"
        "c1,cloze,Earth is the {{third|3rd}} planet,,,,,,,\n"
        "p1,matching,Match moons,Earth|Mars,Moon|Phobos,,,,,\n"
        "o1,ordering,Order from the Sun,,Mercury|Venus|Earth,,,,,\n";
    ParsedBank parsed = MustParse(text);
    const auto& q = parsed.bank.questions;
    ASSERT_EQ(q.size(), 9u);
    EXPECT_TRUE(q[0].reversible);
    EXPECT_EQ(q[0].difficulty, 2);
    EXPECT_EQ(q[0].topic, "astro");
    EXPECT_EQ(
        q[1].choices,
        (std::vector<Choice>{{"Jupiter", true, ""}, {"Saturn", false, ""}, {"Mars", false, ""}}));
    EXPECT_EQ(q[1].explanation, "Gas giant");
    // "2" names the choice with that text; "3" is a position.
    EXPECT_EQ(q[2].choices,
              (std::vector<Choice>{{"1", false, ""}, {"2", true, ""}, {"4", true, ""}}));
    EXPECT_EQ(q[3].type, QuestionType::kTrueFalse);
    EXPECT_FALSE(q[3].answer);
    EXPECT_TRUE(q[4].answer);
    EXPECT_EQ(q[5].accepted, (std::vector<std::string>{"8", "eight"}));
    EXPECT_EQ(q[6].type, QuestionType::kCloze);
    EXPECT_EQ(q[7].pairs, (std::vector<MatchPair>{{"Moon", "Earth"}, {"Phobos", "Mars"}}));
    EXPECT_EQ(q[8].items, (std::vector<std::string>{"Mercury", "Venus", "Earth"}));
    EXPECT_TRUE(parsed.warnings.empty());
}

TEST(ParseCsvBank, ErrorsPointAtThePhysicalLineAndCellOfTheRow) {
    const std::string text =
        "type,front,back,choices,correct\n"
        "flashcard,\"two\nlines\",b,,\n"
        "mc,Pick,,a|b,c\n"
        "essay,Why?,,,\n"
        "mc,None right,,a|b,\n";
    auto parsed = ParseCsvBank(text, "t.csv");
    ASSERT_FALSE(parsed.has_value());
    EXPECT_EQ(Strings(parsed.error(), "error"),
              (std::vector<std::string>{
                  "t.csv:4:14: error: correct answer \"c\" is neither a choice's text nor its "
                  "number",
                  "t.csv:5:1: error: unknown question type \"essay\" (known: flashcard, "
                  "multiple_choice, true_false, typed, cloze, matching, ordering)",
                  "t.csv:6:16: error: question \"" + ContentId("None right") +
                      "\": multiple choice has no correct choice",
              }));
}

TEST(ParseCsvBank, UnclosedQuoteIsOneParseError) {
    auto parsed = ParseCsvBank("front,back\nq,\"never closed\nmore\n", "t.csv");
    ASSERT_FALSE(parsed.has_value());
    ASSERT_EQ(parsed.error().size(), 1u);
    EXPECT_EQ(parsed.error()[0].code, ErrorCode::kParse);
    EXPECT_EQ(parsed.error()[0].line, 2);
    EXPECT_EQ(parsed.error()[0].column, 3);
}

TEST(ParseCsvBank, SkippedRowsAndRepeatsAreWarnings) {
    ParsedBank parsed = MustParse("front,back,comment\nq1,a1\nq2,\n,a3\nq1,new answer\n");
    ASSERT_EQ(parsed.bank.questions.size(), 1u);
    EXPECT_EQ(parsed.bank.questions[0].back, "new answer");
    std::vector<std::string> lines;
    for (const Error& warning : parsed.warnings) {
        lines.push_back(std::to_string(warning.line) + ":" + std::to_string(warning.column));
    }
    EXPECT_EQ(lines, (std::vector<std::string>{"1:12", "3:4", "4:1", "5:1"}));
    EXPECT_NE(parsed.warnings[3].message.find("as line 2; this row replaces it"),
              std::string::npos);
}

TEST(ParseCsvBank, ExplicitIdsMustBeValid) {
    auto parsed = ParseCsvBank("id,front,back\nBad Id,q,a\n", "t.csv");
    ASSERT_FALSE(parsed.has_value());
    EXPECT_EQ(parsed.error()[0].line, 2);
    EXPECT_EQ(parsed.error()[0].column, 1);
}

TEST(ParseCsvBank, EmptyFileHasNoQuestions) {
    auto parsed = ParseCsvBank("front,back\n", "t.csv");
    ASSERT_FALSE(parsed.has_value());
    EXPECT_EQ(parsed.error()[0].message, "bank has no questions");
}

Bank EveryTypeBank() {
    Bank bank;
    bank.id = "b";
    bank.title = "B";
    auto add = [&](Question q) { bank.questions.push_back(std::move(q)); };
    auto make = [](std::string id, QuestionType type, std::string prompt) {
        Question q;
        q.id = std::move(id);
        q.type = type;
        q.prompt = std::move(prompt);
        return q;
    };
    Question f = make("f", QuestionType::kFlashcard, "Say \"hi\", twice");
    f.back = "line one\nline two";
    f.reversible = true;
    f.tags = {"a", "b:c"};
    f.difficulty = 3;
    f.topic = "t";
    f.explanation = "because; reasons";
    add(f);
    Question m = make("m", QuestionType::kMultipleChoice, "Pick");
    m.choices = {{"x|y", true, ""}, {"2", false, ""}, {"back\\slash", true, ""}};
    add(m);
    Question t = make("t", QuestionType::kTrueFalse, "True?");
    t.answer = true;
    add(t);
    Question tf = make("t2", QuestionType::kTrueFalse, "False?");
    add(tf);
    Question y = make("y", QuestionType::kTyped, "Type");
    y.accepted = {"one", "1"};
    add(y);
    add(make("c", QuestionType::kCloze, "A {{b|c}} d"));
    Question p = make("p", QuestionType::kMatching, "Match");
    p.pairs = {{"l1", "r1"}, {"l2", "r2"}};
    add(p);
    Question o = make("o", QuestionType::kOrdering, "Order");
    o.items = {"1", "2", "3"};
    add(o);
    return bank;
}

TEST(WriteCsvBank, RoundTripsEveryTypeInCsvAndTsv) {
    const Bank bank = EveryTypeBank();
    for (char delimiter : {',', '\t'}) {
        ExportedText out = WriteCsvBank(bank, delimiter);
        EXPECT_TRUE(out.warnings.empty());
        EXPECT_TRUE(out.text.starts_with(delimiter == ','
                                             ? "id,type,front,back,choices,correct,tags,topic,"
                                               "explanation,reversible,difficulty\n"
                                             : "id\ttype\tfront\tback\t"));
        auto parsed = ParseCsvBank(out.text, "b.csv");
        ASSERT_TRUE(parsed.has_value()) << parsed.error().front().ToString();
        EXPECT_EQ(parsed->bank.questions, bank.questions);
        EXPECT_TRUE(parsed->warnings.empty());
    }
}

TEST(WriteCsvBank, LeavesOutWhatItCannotHoldWithAWarning) {
    Bank bank = EveryTypeBank();
    bank.description = "about";
    bank.questions[1].choices[0].feedback = "yes";
    bank.questions[0].tags = {"two words"};
    bank.questions[4].source = SourceRef{"", 2};
    ExportedText out = WriteCsvBank(bank, ',');
    ASSERT_EQ(out.warnings.size(), 4u);
    EXPECT_EQ(out.warnings[1].message,
              "question \"f\": not written: tag \"two words\" holds a space (tags are "
              "space-separated)");
    EXPECT_EQ(out.warnings[2].message,
              "question \"m\": not written: choice feedback has no column");
    auto parsed = ParseCsvBank(out.text, "b.csv");
    ASSERT_TRUE(parsed.has_value());
    EXPECT_EQ(parsed->bank.questions.size(), bank.questions.size() - 3);
}

}  // namespace
}  // namespace summit::content
