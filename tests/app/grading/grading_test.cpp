// Tests for Grade() and DescribeAnswer(): every question type, table-driven where the rules
// have many cases.
#include "app/grading/grading.h"

#include <string>
#include <vector>

#include <gtest/gtest.h>

namespace summit::study {
namespace {

using content::Question;
using content::QuestionType;
using Kind = DiffSegment::Kind;

Question Typed(std::vector<std::string> accepted) {
    Question q;
    q.id = "typed";
    q.type = QuestionType::kTyped;
    q.prompt = "Which capital?";
    q.accepted = std::move(accepted);
    return q;
}

Question Cloze(std::string prompt) {
    Question q;
    q.id = "cloze";
    q.type = QuestionType::kCloze;
    q.prompt = std::move(prompt);
    return q;
}

Question MultipleChoice(std::vector<bool> correct) {
    Question q;
    q.id = "mc";
    q.type = QuestionType::kMultipleChoice;
    q.prompt = "Pick";
    for (size_t i = 0; i < correct.size(); ++i) {
        q.choices.push_back({"choice " + std::to_string(i), correct[i], ""});
    }
    return q;
}

Question Matching() {
    Question q;
    q.id = "match";
    q.type = QuestionType::kMatching;
    q.prompt = "Match";
    q.pairs = {{"Titan", "Saturn"}, {"Europa", "Jupiter"}, {"Io", "Jupiter"}, {"Moon", "Earth"}};
    return q;
}

Question Ordering() {
    Question q;
    q.id = "order";
    q.type = QuestionType::kOrdering;
    q.prompt = "Order";
    q.items = {"Mercury", "Venus", "Earth", "Mars"};
    return q;
}

GradeResult MustGrade(const Question& q, const Answer& a) {
    auto result = Grade(q, a);
    EXPECT_TRUE(result.has_value()) << (result ? "" : result.error().ToString());
    return result ? *result : GradeResult{};
}

struct TypedCase {
    const char* given;
    Verdict verdict;
    double score;
};

class TypedGradeTest : public testing::TestWithParam<TypedCase> {};

TEST_P(TypedGradeTest, Grades) {
    const TypedCase& c = GetParam();
    Answer a;
    a.text = c.given;
    const GradeResult r = MustGrade(Typed({"Café", "coffee house", "8", "eight"}), a);
    ASSERT_TRUE(r.verdict.has_value());
    EXPECT_EQ(*r.verdict, c.verdict) << c.given;
    EXPECT_DOUBLE_EQ(r.score, c.score) << c.given;
    EXPECT_EQ(r.correct_answer, "Café");
    ASSERT_EQ(r.parts.size(), 1u);
    EXPECT_EQ(r.parts[0].verdict, c.verdict);
    EXPECT_EQ(r.diff.empty(), c.verdict != Verdict::kAlmost) << c.given;
}

INSTANTIATE_TEST_SUITE_P(
    Table, TypedGradeTest,
    testing::Values(TypedCase{"Café", Verdict::kCorrect, 1.0},               // exact
                    TypedCase{"Cafe", Verdict::kCorrect, 1.0},               // accent
                    TypedCase{"cAFÉ", Verdict::kCorrect, 1.0},               // case
                    TypedCase{"Café!!", Verdict::kCorrect, 1.0},             // punctuation
                    TypedCase{"  coffee   house ", Verdict::kCorrect, 1.0},  // whitespace
                    TypedCase{"the coffee house", Verdict::kCorrect, 1.0},   // article
                    TypedCase{"a café", Verdict::kCorrect, 1.0},             // article
                    TypedCase{"\u201cCafé\u201d", Verdict::kCorrect, 1.0},   // curly quotes
                    TypedCase{"coffee\u2013house", Verdict::kCorrect, 1.0},  // en dash
                    TypedCase{"Caffé", Verdict::kAlmost, 0.5},               // 1 edit in 4..8
                    TypedCase{"cofee huose", Verdict::kAlmost, 0.5},         // 2 edits in 9+
                    TypedCase{"cofee hose", Verdict::kAlmost, 0.5},
                    TypedCase{"cofe huose", Verdict::kWrong, 0.0},  // 3 edits
                    TypedCase{"Tea", Verdict::kWrong, 0.0},
                    TypedCase{"8", Verdict::kCorrect, 1.0},  // numbers exact
                    TypedCase{"eight", Verdict::kCorrect, 1.0},
                    TypedCase{"9", Verdict::kWrong, 0.0}, TypedCase{"80", Verdict::kWrong, 0.0}));

TEST(GradeTypedTest, AlmostCarriesDiffAgainstNearestAccepted) {
    Answer a;
    a.text = "Pyongang";
    const GradeResult r = MustGrade(Typed({"Pyongyang"}), a);
    EXPECT_EQ(*r.verdict, Verdict::kAlmost);
    const std::vector<DiffSegment> diff = {
        {Kind::kSame, "Pyong"}, {Kind::kMissing, "y"}, {Kind::kSame, "ang"}};
    EXPECT_EQ(r.diff, diff);
    EXPECT_EQ(r.parts[0].diff, diff);
    EXPECT_EQ(r.parts[0].given, "Pyongang");
    EXPECT_EQ(r.parts[0].expected, "Pyongyang");
}

TEST(GradeTypedTest, ShortAnswersAreNeverAlmost) {
    Answer a;
    a.text = "Sum";
    EXPECT_EQ(*MustGrade(Typed({"Sun"}), a).verdict, Verdict::kWrong);
}

TEST(GradeTypedTest, EmptyTextIsDontKnow) {
    Answer a;
    a.text = "   ";
    const GradeResult r = MustGrade(Typed({"Seoul"}), a);
    EXPECT_TRUE(r.dont_know);
    EXPECT_EQ(*r.verdict, Verdict::kWrong);
    EXPECT_TRUE(r.parts.empty());
    EXPECT_EQ(r.correct_answer, "Seoul");
    EXPECT_EQ(r.answer_chars, 5);
}

TEST(GradeTypedTest, ExplicitDontKnowWinsOverText) {
    Answer a;
    a.text = "Seoul";
    a.dont_know = true;
    const GradeResult r = MustGrade(Typed({"Seoul"}), a);
    EXPECT_TRUE(r.dont_know);
    EXPECT_EQ(*r.verdict, Verdict::kWrong);
    EXPECT_DOUBLE_EQ(r.score, 0.0);
}

struct ClozeCase {
    std::vector<std::string> gaps;
    Verdict verdict;
    double score;
    std::vector<Verdict> parts;
};

class ClozeGradeTest : public testing::TestWithParam<ClozeCase> {};

TEST_P(ClozeGradeTest, Grades) {
    const ClozeCase& c = GetParam();
    Answer a;
    a.gaps = c.gaps;
    const GradeResult r =
        MustGrade(Cloze("Earth is the {{third|3rd}} planet from the {{Sun}} in {{Milky Way}}."), a);
    EXPECT_EQ(*r.verdict, c.verdict);
    EXPECT_DOUBLE_EQ(r.score, c.score);
    ASSERT_EQ(r.parts.size(), c.parts.size());
    for (size_t i = 0; i < c.parts.size(); ++i) {
        EXPECT_EQ(r.parts[i].verdict, c.parts[i]) << "gap " << i;
    }
    EXPECT_EQ(r.correct_answer, "Earth is the third planet from the Sun in Milky Way.");
}

constexpr Verdict kC = Verdict::kCorrect;
constexpr Verdict kA = Verdict::kAlmost;
constexpr Verdict kW = Verdict::kWrong;

INSTANTIATE_TEST_SUITE_P(
    Table, ClozeGradeTest,
    testing::Values(ClozeCase{{"third", "Sun", "Milky Way"}, kC, 1.0, {kC, kC, kC}},
                    ClozeCase{{"3rd", "sun", "the milky way"}, kC, 1.0, {kC, kC, kC}},
                    ClozeCase{{"Third.", " SUN ", "milky-way"}, kC, 1.0, {kC, kC, kC}},
                    ClozeCase{{"thrid", "Sun", "Milky Way"}, kA, 2.5 / 3, {kA, kC, kC}},
                    ClozeCase{
                        {"third", "Moon", "Milky Way"}, Verdict::kPartial, 2.0 / 3, {kC, kW, kC}},
                    ClozeCase{{"thrid", "", "Milky Wya"}, Verdict::kPartial, 1.0 / 3, {kA, kW, kA}},
                    ClozeCase{{"first", "Moon", "Andromeda"}, kW, 0.0, {kW, kW, kW}}));

TEST(GradeClozeTest, AlmostGapHasDiff) {
    Answer a;
    a.gaps = {"Pyongang"};
    const GradeResult r = MustGrade(Cloze("The capital is {{Pyongyang}}."), a);
    ASSERT_EQ(r.parts.size(), 1u);
    const std::vector<DiffSegment> diff = {
        {Kind::kSame, "Pyong"}, {Kind::kMissing, "y"}, {Kind::kSame, "ang"}};
    EXPECT_EQ(r.parts[0].diff, diff);
}

TEST(GradeClozeTest, AllGapsEmptyIsDontKnow) {
    Answer a;
    a.gaps = {"", " "};
    const GradeResult r = MustGrade(Cloze("{{a}} and {{b}}"), a);
    EXPECT_TRUE(r.dont_know);
    EXPECT_EQ(*r.verdict, Verdict::kWrong);
}

TEST(GradeClozeTest, WrongGapCountIsInvalidArgument) {
    Answer a;
    a.gaps = {"third"};
    const auto r = Grade(Cloze("Earth is the {{third}} planet from the {{Sun}}."), a);
    ASSERT_FALSE(r.has_value());
    EXPECT_EQ(r.error().code, ErrorCode::kInvalidArgument);
}

TEST(GradeClozeTest, MalformedPromptIsParseError) {
    Answer a;
    a.gaps = {"x"};
    const auto r = Grade(Cloze("Earth is the {{third planet."), a);
    ASSERT_FALSE(r.has_value());
    EXPECT_EQ(r.error().code, ErrorCode::kParse);
}

struct ChoiceCase {
    std::vector<bool> correct;
    std::vector<int> chosen;
    Verdict verdict;
    double score;
};

class ChoiceGradeTest : public testing::TestWithParam<ChoiceCase> {};

TEST_P(ChoiceGradeTest, Grades) {
    const ChoiceCase& c = GetParam();
    Answer a;
    a.chosen = c.chosen;
    const GradeResult r = MustGrade(MultipleChoice(c.correct), a);
    EXPECT_EQ(*r.verdict, c.verdict);
    EXPECT_DOUBLE_EQ(r.score, c.score);
    EXPECT_EQ(r.parts.size(), c.correct.size());
}

INSTANTIATE_TEST_SUITE_P(
    Table, ChoiceGradeTest,
    testing::Values(ChoiceCase{{false, true, false}, {1}, kC, 1.0},
                    ChoiceCase{{false, true, false}, {0}, kW, 0.0},
                    ChoiceCase{
                        {false, true, false}, {0, 1}, kW, 0.0},  // single answer: all or nothing
                    ChoiceCase{{false, true, false}, {}, kW, 0.0},
                    ChoiceCase{{true, true, false, true}, {0, 1, 3}, kC, 1.0},
                    ChoiceCase{{true, true, false, true}, {3, 0, 1, 1}, kC, 1.0},  // order, repeats
                    ChoiceCase{{true, true, false, true}, {0, 1}, Verdict::kPartial, 2.0 / 3},
                    ChoiceCase{{true, true, false, true}, {0}, Verdict::kPartial, 1.0 / 3},
                    ChoiceCase{{true, true, false, true}, {0, 1, 2}, Verdict::kPartial, 1.0 / 3},
                    ChoiceCase{{true, true, false, false}, {0, 1, 2, 3}, kW, 0.0},  // all picked
                    ChoiceCase{{true, true, false, true}, {2}, kW, 0.0}));

TEST(GradeMultipleChoiceTest, PartsShowEachChoice) {
    Answer a;
    a.chosen = {0, 2};
    const GradeResult r = MustGrade(MultipleChoice({true, true, false}), a);
    ASSERT_EQ(r.parts.size(), 3u);
    EXPECT_EQ(r.parts[0].verdict, kC);  // picked, correct
    EXPECT_EQ(r.parts[1].verdict, kW);  // missed
    EXPECT_EQ(r.parts[1].expected, "choice 1");
    EXPECT_EQ(r.parts[1].given, "");
    EXPECT_EQ(r.parts[2].verdict, kW);  // picked, not correct
    EXPECT_EQ(r.parts[2].given, "choice 2");
    EXPECT_EQ(r.correct_answer, "choice 0; choice 1");
}

TEST(GradeMultipleChoiceTest, OutOfRangeChoiceIsInvalidArgument) {
    Answer a;
    a.chosen = {3};
    const auto r = Grade(MultipleChoice({true, false}), a);
    ASSERT_FALSE(r.has_value());
    EXPECT_EQ(r.error().code, ErrorCode::kInvalidArgument);
}

TEST(GradeTrueFalseTest, RightAndWrong) {
    Question q;
    q.type = QuestionType::kTrueFalse;
    q.prompt = "China is North Korea's main trading partner.";
    q.answer = true;
    Answer a;
    a.said_true = true;
    GradeResult r = MustGrade(q, a);
    EXPECT_EQ(*r.verdict, kC);
    EXPECT_EQ(r.correct_answer, "True");
    a.said_true = false;
    r = MustGrade(q, a);
    EXPECT_EQ(*r.verdict, kW);
    EXPECT_EQ(r.parts[0].given, "False");
    a.dont_know = true;
    r = MustGrade(q, a);
    EXPECT_TRUE(r.dont_know);
    EXPECT_EQ(*r.verdict, kW);
    EXPECT_EQ(r.correct_answer, "True");
}

struct MatchingCase {
    std::vector<int> matches;
    Verdict verdict;
    double score;
};

class MatchingGradeTest : public testing::TestWithParam<MatchingCase> {};

TEST_P(MatchingGradeTest, Grades) {
    Answer a;
    a.matches = GetParam().matches;
    const GradeResult r = MustGrade(Matching(), a);
    EXPECT_EQ(*r.verdict, GetParam().verdict);
    EXPECT_DOUBLE_EQ(r.score, GetParam().score);
}

INSTANTIATE_TEST_SUITE_P(Table, MatchingGradeTest,
                         testing::Values(MatchingCase{{0, 1, 2, 3}, kC, 1.0},
                                         MatchingCase{{0, 2, 1, 3}, kC, 1.0},  // same right text
                                         MatchingCase{{0, 1, 1, 3}, kC, 1.0},
                                         MatchingCase{{3, 1, 2, 0}, Verdict::kPartial, 0.5},
                                         MatchingCase{{0, -1, 2, 3}, Verdict::kPartial, 0.75},
                                         MatchingCase{{3, 3, 3, 0}, kW, 0.0},
                                         MatchingCase{{-1, -1, -1, -1}, kW, 0.0}));

TEST(GradeMatchingTest, PartsNameTheChosenRight) {
    Answer a;
    a.matches = {3, 1, 2, 0};
    const GradeResult r = MustGrade(Matching(), a);
    EXPECT_EQ(r.parts[0].verdict, kW);
    EXPECT_EQ(r.parts[0].expected, "Saturn");
    EXPECT_EQ(r.parts[0].given, "Earth");
    EXPECT_EQ(r.parts[1].verdict, kC);
    EXPECT_EQ(r.correct_answer, "Titan → Saturn; Europa → Jupiter; Io → Jupiter; Moon → Earth");
}

TEST(GradeMatchingTest, BadAnswersAreInvalidArgument) {
    Answer a;
    a.matches = {0, 1, 2};
    EXPECT_EQ(Grade(Matching(), a).error().code, ErrorCode::kInvalidArgument);
    a.matches = {0, 1, 2, 4};
    EXPECT_EQ(Grade(Matching(), a).error().code, ErrorCode::kInvalidArgument);
    a.matches = {0, 1, 2, -2};
    EXPECT_EQ(Grade(Matching(), a).error().code, ErrorCode::kInvalidArgument);
}

struct OrderingCase {
    std::vector<int> order;
    Verdict verdict;
    double score;
    int parts_right;
};

class OrderingGradeTest : public testing::TestWithParam<OrderingCase> {};

TEST_P(OrderingGradeTest, Grades) {
    Answer a;
    a.order = GetParam().order;
    const GradeResult r = MustGrade(Ordering(), a);
    EXPECT_EQ(*r.verdict, GetParam().verdict);
    EXPECT_DOUBLE_EQ(r.score, GetParam().score);
    int right = 0;
    for (const auto& part : r.parts) {
        right += part.verdict == kC ? 1 : 0;
    }
    EXPECT_EQ(right, GetParam().parts_right);
}

// Scores are the fraction of the 6 item pairs in the right relative order.
INSTANTIATE_TEST_SUITE_P(Table, OrderingGradeTest,
                         testing::Values(OrderingCase{{0, 1, 2, 3}, kC, 1.0, 4},
                                         OrderingCase{{1, 0, 2, 3}, Verdict::kPartial, 5.0 / 6, 2},
                                         OrderingCase{{3, 0, 1, 2}, Verdict::kPartial, 3.0 / 6, 0},
                                         OrderingCase{{0, 2, 1, 3}, Verdict::kPartial, 5.0 / 6, 2},
                                         OrderingCase{{3, 2, 1, 0}, kW, 0.0, 0}));

TEST(GradeOrderingTest, EqualItemsAreInterchangeable) {
    Question q = Ordering();
    q.items = {"A", "B", "B", "C"};
    Answer a;
    a.order = {0, 2, 1, 3};
    const GradeResult r = MustGrade(q, a);
    EXPECT_EQ(*r.verdict, kC);
    EXPECT_DOUBLE_EQ(r.score, 1.0);
}

TEST(GradeOrderingTest, NotAPermutationIsInvalidArgument) {
    Answer a;
    a.order = {0, 1, 1, 3};
    EXPECT_EQ(Grade(Ordering(), a).error().code, ErrorCode::kInvalidArgument);
    a.order = {0, 1, 2};
    EXPECT_EQ(Grade(Ordering(), a).error().code, ErrorCode::kInvalidArgument);
    a.order = {0, 1, 2, 4};
    EXPECT_EQ(Grade(Ordering(), a).error().code, ErrorCode::kInvalidArgument);
}

TEST(GradeFlashcardTest, IsSelfRated) {
    Question q;
    q.type = QuestionType::kFlashcard;
    q.prompt = "What kind of object is the Sun?";
    q.back = "A star";
    const GradeResult r = MustGrade(q, Answer{});
    EXPECT_TRUE(r.SelfRated());
    EXPECT_FALSE(r.verdict.has_value());
    EXPECT_EQ(r.correct_answer, "A star");
}

TEST(DescribeAnswerTest, EveryType) {
    Answer mc;
    mc.chosen = {2, 0};
    EXPECT_EQ(DescribeAnswer(MultipleChoice({true, false, true}), mc), "choice 0; choice 2");
    EXPECT_EQ(DescribeAnswer(MultipleChoice({true, false}), Answer{}), "(nothing chosen)");
    Answer typed;
    typed.text = "Seoul";
    EXPECT_EQ(DescribeAnswer(Typed({"Seoul"}), typed), "Seoul");
    EXPECT_EQ(DescribeAnswer(Typed({"Seoul"}), Answer{}), "I don't know");
    Answer cloze;
    cloze.gaps = {"3rd", "Moon"};
    EXPECT_EQ(DescribeAnswer(Cloze("Earth is the {{third}} planet from the {{Sun}}."), cloze),
              "Earth is the [3rd] planet from the [Moon].");
    Answer matching;
    matching.matches = {0, 1, -1, 7};
    EXPECT_EQ(DescribeAnswer(Matching(), matching),
              "Titan → Saturn; Europa → Jupiter; Io → ?; Moon → ?");
    Answer ordering;
    ordering.order = {1, 0, 2, 3};
    EXPECT_EQ(DescribeAnswer(Ordering(), ordering), "Venus → Mercury → Earth → Mars");
    Question tf;
    tf.type = QuestionType::kTrueFalse;
    Answer said_false;
    EXPECT_EQ(DescribeAnswer(tf, said_false), "False");
    Answer dont_know;
    dont_know.dont_know = true;
    EXPECT_EQ(DescribeAnswer(tf, dont_know), "I don't know");
    Question flashcard;
    EXPECT_EQ(DescribeAnswer(flashcard, Answer{}), "(self-rated)");
}

TEST(VerdictNameTest, Names) {
    EXPECT_STREQ(VerdictName(Verdict::kCorrect), "correct");
    EXPECT_STREQ(VerdictName(Verdict::kAlmost), "almost");
    EXPECT_STREQ(VerdictName(Verdict::kPartial), "partial");
    EXPECT_STREQ(VerdictName(Verdict::kWrong), "wrong");
}

// A Markdown question is graded on its texts without markup, and shows them that way.
TEST(GradeMarkdownTest, TypedAnswersCompareWithoutMarkup) {
    Question q = Typed({"H~2~O", "*water*"});
    q.text_format = content::TextFormat::kMarkdown;
    Answer a;
    a.text = "h2o";
    const GradeResult formula = MustGrade(q, a);
    EXPECT_EQ(formula.verdict, Verdict::kCorrect);
    EXPECT_EQ(formula.correct_answer, "H2O");
    a.text = "water";
    EXPECT_EQ(MustGrade(q, a).verdict, Verdict::kCorrect);
    // The same texts in a plain question are taken literally.
    q.text_format = content::TextFormat::kPlain;
    a.text = "h2o";
    EXPECT_NE(MustGrade(q, a).verdict, Verdict::kCorrect);
}

}  // namespace
}  // namespace summit::study
