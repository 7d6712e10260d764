// Grading cloze gaps of every kind (typed with credits and case, choice, numerical,
// multi-response), their weights in the score, and the ratings the score suggests.
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "app/grading/grading.h"
#include "app/grading/rating_policy.h"

namespace summit::study {
namespace {

using content::Choice;
using content::GapDetail;
using content::GapKind;
using content::Question;
using content::QuestionType;

// Gap 1 typed (case-sensitive, Berlin half credit), 2 a choice, 3 numerical 3.14 +/- 0.01
// (3 +/- 0.2 half), 4 multi-response (2 and 3 right, 4 a penalty); weights 2, 1, 3, 2.
Question Kinds() {
    Question q;
    q.id = "kinds";
    q.type = QuestionType::kCloze;
    q.prompt = "{{Bonn}} is in {{Germany|~France}}; pi is {{3.14}}; primes: {{2|3|~4}}.";
    GapDetail typed{GapKind::kTyped, 2, true};
    typed.answers = {{"Bonn", 1, "Yes"}, {"Berlin", 0.5, "Now it is"}, {"*", 0, "No"}};
    GapDetail choice{GapKind::kChoice, 1};
    choice.choices = {{"Germany", true, "Right"}, {"France", false, ""}};
    GapDetail number{GapKind::kNumerical, 3};
    number.numbers = {{3.14, 0.01, 1, "Good", false}, {3, 0.2, 0.5, "", false}};
    GapDetail ticks{GapKind::kMultiResponse, 2};
    ticks.choices = {{"2", true, "even", 0.5}, {"3", true, "", 0.5}, {"4", false, "", -1.0}};
    q.gaps = {typed, choice, number, ticks};
    return q;
}

Answer Given(std::vector<std::string> gaps, std::vector<int> ticks) {
    Answer answer;
    answer.gaps = std::move(gaps);
    answer.gap_picks = {{}, {}, {}, std::move(ticks)};
    return answer;
}

GradeResult GradeOk(const Question& q, const Answer& answer) {
    auto graded = Grade(q, answer);
    EXPECT_TRUE(graded.has_value()) << graded.error().message;
    return graded ? *graded : GradeResult{};
}

TEST(GradeClozeGaps, EveryGapRightIsCorrectWithEachGapsFeedback) {
    const GradeResult r = GradeOk(Kinds(), Given({"Bonn", "Germany", "3.145", ""}, {0, 1}));
    EXPECT_EQ(r.verdict, Verdict::kCorrect);
    EXPECT_DOUBLE_EQ(r.score, 1.0);
    ASSERT_EQ(r.parts.size(), 4u);
    EXPECT_EQ(r.parts[2].expected, "3.14 ± 0.01");
    EXPECT_EQ(r.parts[3].given, "2; 3");
    EXPECT_EQ(r.feedback, "Gap 1: Yes\nGap 2: Right\nGap 3: Good\nGap 4: even");
    EXPECT_EQ(r.correct_answer, "Bonn is in Germany; pi is 3.14; primes: 2, 3.");
}

TEST(GradeClozeGaps, GapScoresCombineByWeight) {
    // Typed at half credit (2 x 0.5), choice right (1), number at half (3 x 0.5), one of two
    // ticks (2 x 0.5): (1 + 1 + 1.5 + 1) / 8.
    const GradeResult r = GradeOk(Kinds(), Given({"Berlin", "Germany", "3.1", ""}, {1}));
    EXPECT_EQ(r.verdict, Verdict::kPartial);
    EXPECT_DOUBLE_EQ(r.score, 4.5 / 8);
    EXPECT_EQ(r.parts[0].verdict, Verdict::kWrong);
    EXPECT_EQ(r.parts[1].verdict, Verdict::kCorrect);
    // A wrong tick takes its penalty: 2 and 4 is 0.5 - 1, at least 0.
    const GradeResult penalty = GradeOk(Kinds(), Given({"", "", "", ""}, {0, 2}));
    EXPECT_EQ(penalty.verdict, Verdict::kWrong);
    EXPECT_DOUBLE_EQ(penalty.score, 0);
    EXPECT_FALSE(penalty.dont_know);
}

TEST(GradeClozeGaps, ACaseSensitiveGapWantsTheLettersInTheirCase) {
    const GradeResult lower = GradeOk(Kinds(), Given({"bonn", "Germany", "3.14", ""}, {0, 1}));
    EXPECT_EQ(lower.parts[0].verdict, Verdict::kWrong);
    EXPECT_DOUBLE_EQ(lower.score, 6.0 / 8);
    EXPECT_EQ(lower.feedback.substr(0, 11), "Gap 1: No\nG");  // the catch-all's feedback
    Question q = Kinds();
    q.gaps[0].case_sensitive = false;
    EXPECT_EQ(GradeOk(q, Given({"bonn", "Germany", "3.14", ""}, {0, 1})).verdict,
              Verdict::kCorrect);
}

TEST(GradeClozeGaps, NothingGivenIsIDontKnowAndBadTicksAreErrors) {
    EXPECT_TRUE(GradeOk(Kinds(), Given({"", " ", "", ""}, {})).dont_know);
    auto out_of_range = Grade(Kinds(), Given({"Bonn", "", "", ""}, {5}));
    ASSERT_FALSE(out_of_range.has_value());
    EXPECT_EQ(out_of_range.error().code, ErrorCode::kInvalidArgument);
    Answer short_picks = Given({"Bonn", "", "", ""}, {0});
    short_picks.gap_picks.pop_back();
    EXPECT_FALSE(Grade(Kinds(), short_picks).has_value());
    EXPECT_EQ(DescribeAnswer(Kinds(), Given({"Bonn", "France", "3", ""}, {0, 2})),
              "[Bonn] is in [France]; pi is [3]; primes: [2; 4].");
}

TEST(GradeClozeGaps, AMultipleChoiceGapWithCreditEarnsIt) {
    Question q = Kinds();
    q.gaps[1].choices[1].credit = 0.25;
    const GradeResult r = GradeOk(q, Given({"Bonn", "France", "3.14", ""}, {0, 1}));
    EXPECT_DOUBLE_EQ(r.score, 7.25 / 8);
    EXPECT_EQ(r.parts[1].verdict, Verdict::kWrong);
}

TEST(GradeClozeGaps, RatingsFollowTheWeightedScore) {
    const RatingThresholds thresholds;
    auto suggest = [&](const Answer& answer) {
        return SuggestRating(GradeOk(Kinds(), answer), answer, thresholds);
    };
    EXPECT_EQ(suggest(Given({"Bonn", "Germany", "3.14", ""}, {0, 1})), Rating::kGood);
    // Only the heavy numerical gap wrong: 5/8 is Hard; only it right: 3/8 is Again.
    EXPECT_EQ(suggest(Given({"Bonn", "Germany", "9", ""}, {0, 1})), Rating::kHard);
    EXPECT_EQ(suggest(Given({"x", "France", "3.14", ""}, {2})), Rating::kAgain);
}

}  // namespace
}  // namespace summit::study
