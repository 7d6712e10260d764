// Grading with Moodle-style credits: weighted multiple choice, typed answers with credits and
// feedback, numerical answers, cloze choice gaps, and the ratings they suggest.
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "app/grading/grading.h"
#include "app/grading/rating_policy.h"

namespace summit::study {
namespace {

using content::Question;
using content::QuestionType;

Question WeightedChoice() {
    Question q;
    q.id = "mc";
    q.type = QuestionType::kMultipleChoice;
    q.prompt = "Who is entombed?";
    q.choices = {{"No one", false, "", -0.5},
                 {"Grant", true, "", 0.5},
                 {"His wife", true, "", 0.5},
                 {"His father", false, "", -0.5}};
    return q;
}

Answer Picks(std::vector<int> chosen) {
    Answer answer;
    answer.chosen = std::move(chosen);
    return answer;
}

Answer Typed(std::string text) {
    Answer answer;
    answer.text = std::move(text);
    return answer;
}

Answer Gaps(std::vector<std::string> gaps) {
    Answer answer;
    answer.gaps = std::move(gaps);
    return answer;
}

double Score(const Question& q, const Answer& answer) {
    auto graded = Grade(q, answer);
    EXPECT_TRUE(graded.has_value());
    return graded ? graded->score : -1;
}

TEST(GradeCredits, WeightedChoicesSumTheirCreditsWithinZeroAndOne) {
    const Question q = WeightedChoice();
    EXPECT_DOUBLE_EQ(Score(q, Picks({1, 2})), 1.0);
    EXPECT_DOUBLE_EQ(Score(q, Picks({1})), 0.5);
    EXPECT_DOUBLE_EQ(Score(q, Picks({1, 0})), 0.0);
    EXPECT_DOUBLE_EQ(Score(q, Picks({0, 3})), 0.0);  // never below 0
    auto graded = Grade(q, Picks({1}));
    ASSERT_TRUE(graded.has_value());
    EXPECT_EQ(graded->verdict, Verdict::kPartial);
}

TEST(GradeCredits, SingleAnswerWithAHalfCreditChoice) {
    Question q;
    q.id = "mc";
    q.type = QuestionType::kMultipleChoice;
    q.prompt = "Difficult";
    q.choices = {{"wrong", false, "", 0.0}, {"half", false, "", 0.5}, {"full", true, "", 1.0}};
    EXPECT_DOUBLE_EQ(Score(q, Picks({1})), 0.5);
    EXPECT_DOUBLE_EQ(Score(q, Picks({2})), 1.0);
    EXPECT_DOUBLE_EQ(Score(q, Picks({0})), 0.0);
}

TEST(GradeCredits, ThirdsAddUpToFullCredit) {
    Question q = WeightedChoice();
    q.choices = {{"a", true, "", 0.3333333},
                 {"b", true, "", 0.3333333},
                 {"c", true, "", 0.3333333},
                 {"d", false, "", 0.0}};
    auto graded = Grade(q, Picks({0, 1, 2}));
    ASSERT_TRUE(graded.has_value());
    EXPECT_EQ(graded->verdict, Verdict::kCorrect);
}

Question ShortAnswer() {
    Question q;
    q.id = "sa";
    q.type = QuestionType::kTyped;
    q.prompt = "Which is the best animal?";
    q.answers = {{"Frog", 1, "Good!"}, {"Cat", 0.5, "Cats again?"}, {"*", 0, "Completely wrong"}};
    return q;
}

TEST(GradeCredits, TypedAnswersEarnTheirCreditAndShowTheirFeedback) {
    const Question q = ShortAnswer();
    auto frog = Grade(q, Typed("frog"));
    ASSERT_TRUE(frog.has_value());
    EXPECT_EQ(frog->verdict, Verdict::kCorrect);
    EXPECT_EQ(frog->feedback, "Good!");
    EXPECT_EQ(frog->correct_answer, "Frog");

    auto cat = Grade(q, Typed("Cat"));
    ASSERT_TRUE(cat.has_value());
    EXPECT_EQ(cat->verdict, Verdict::kPartial);
    EXPECT_DOUBLE_EQ(cat->score, 0.5);
    EXPECT_EQ(cat->feedback, "Cats again?");

    auto dog = Grade(q, Typed("Dog"));
    ASSERT_TRUE(dog.has_value());
    EXPECT_EQ(dog->verdict, Verdict::kWrong);
    EXPECT_EQ(dog->feedback, "Completely wrong");
}

TEST(GradeCredits, AMisspelledFullCreditAnswerIsStillAlmost) {
    Question q = ShortAnswer();
    q.answers[0].text = "Pyongyang";
    auto graded = Grade(q, Typed("Pyongang"));
    ASSERT_TRUE(graded.has_value());
    EXPECT_EQ(graded->verdict, Verdict::kAlmost);
    EXPECT_FALSE(graded->diff.empty());
}

Question Numerical() {
    Question q;
    q.id = "num";
    q.type = QuestionType::kNumerical;
    q.prompt = "When was Grant born?";
    q.numbers = {{1822, 0, 1, "Correct!", false},
                 {1822, 2, 0.5, "Close.", false},
                 {0, 0, 0, "Not even close.", true}};
    q.unit = "AD";
    return q;
}

TEST(GradeNumerical, ExactWithinToleranceAndOtherAnswers) {
    const Question q = Numerical();
    auto exact = Grade(q, Typed(" 1822 "));
    ASSERT_TRUE(exact.has_value());
    EXPECT_EQ(exact->verdict, Verdict::kCorrect);
    EXPECT_EQ(exact->feedback, "Correct!");
    EXPECT_EQ(exact->correct_answer, "1822 AD");

    auto close = Grade(q, Typed("1820"));
    ASSERT_TRUE(close.has_value());
    EXPECT_DOUBLE_EQ(close->score, 0.5);
    EXPECT_EQ(close->feedback, "Close.");

    auto far = Grade(q, Typed("1900"));
    ASSERT_TRUE(far.has_value());
    EXPECT_EQ(far->verdict, Verdict::kWrong);
    EXPECT_EQ(far->feedback, "Not even close.");

    auto words = Grade(q, Typed("eighteen"));
    ASSERT_TRUE(words.has_value());
    EXPECT_EQ(words->verdict, Verdict::kWrong);
}

TEST(GradeNumerical, TheUnitMayBeGivenOrLeftOut) {
    const Question q = Numerical();
    EXPECT_DOUBLE_EQ(Score(q, Typed("1822 AD")), 1.0);
    EXPECT_DOUBLE_EQ(Score(q, Typed("1822AD")), 1.0);
    EXPECT_DOUBLE_EQ(Score(q, Typed("1822 BC")), 0.0);
}

TEST(GradeNumerical, ToleranceBoundsDecimalCommasAndBlank) {
    Question q = Numerical();
    q.numbers = {{3.1415, 0.0005, 1, "", false}};
    q.unit.clear();
    EXPECT_DOUBLE_EQ(Score(q, Typed("3.141")), 1.0);  // exactly at the bound
    EXPECT_DOUBLE_EQ(Score(q, Typed("3,142")), 1.0);
    EXPECT_DOUBLE_EQ(Score(q, Typed("3.1421")), 0.0);
    EXPECT_DOUBLE_EQ(Score(q, Typed("+3.1415")), 1.0);
    auto blank = Grade(q, Typed("  "));
    ASSERT_TRUE(blank.has_value());
    EXPECT_TRUE(blank->dont_know);
    EXPECT_EQ(DescribeAnswer(q, Typed("3.2")), "3.2");
}

TEST(GradeCredits, RatingsFollowTheCredit) {
    const RatingThresholds thresholds;
    const Question q = Numerical();
    auto suggest = [&](const std::string& text) {
        const Answer answer = Typed(text);
        auto graded = Grade(q, answer);
        EXPECT_TRUE(graded.has_value());
        return SuggestRating(*graded, answer, thresholds);
    };
    EXPECT_EQ(suggest("1822"), Rating::kGood);
    EXPECT_EQ(suggest("1821"), Rating::kHard);
    EXPECT_EQ(suggest("1700"), Rating::kAgain);
}

TEST(GradeCloze, AChoiceGapIsRightOnlyForARightOption) {
    Question q;
    q.id = "cz";
    q.type = QuestionType::kCloze;
    q.prompt = "{{Paris|~Lyon}} is the capital; {{France}}.";
    auto right = Grade(q, Gaps({"Paris", "france"}));
    ASSERT_TRUE(right.has_value());
    EXPECT_EQ(right->verdict, Verdict::kCorrect);
    auto wrong = Grade(q, Gaps({"Lyon", "France"}));
    ASSERT_TRUE(wrong.has_value());
    EXPECT_EQ(wrong->parts[0].verdict, Verdict::kWrong);
    EXPECT_DOUBLE_EQ(wrong->score, 0.5);
    auto misspelt = Grade(q, Gaps({"Pariss", "France"}));
    ASSERT_TRUE(misspelt.has_value());
    EXPECT_EQ(misspelt->parts[0].verdict, Verdict::kWrong);  // never almost
}

}  // namespace
}  // namespace summit::study
