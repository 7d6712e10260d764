// Tests for the suggested rating: the mapping from verdicts, and the thresholds at their edges.
#include "app/grading/rating_policy.h"

#include <optional>

#include <gtest/gtest.h>

namespace summit::study {
namespace {

using content::QuestionType;

GradeResult Graded(Verdict verdict, double score, QuestionType type = QuestionType::kTyped) {
    GradeResult g;
    g.type = type;
    g.verdict = verdict;
    g.score = score;
    return g;
}

Answer Took(int64_t duration_ms, bool used_hint = false) {
    Answer a;
    a.duration_ms = duration_ms;
    a.used_hint = used_hint;
    return a;
}

struct RatingCase {
    Verdict verdict;
    double score;
    int64_t duration_ms;
    bool used_hint;
    Rating expected;
};

class SuggestRatingTest : public testing::TestWithParam<RatingCase> {};

// Default thresholds, a typed question with no text to read or type: the Easy limit is
// max(easy_min_ms, easy_base_ms_typed) = 2500 ms.
TEST_P(SuggestRatingTest, Maps) {
    const RatingCase& c = GetParam();
    const auto rating = SuggestRating(Graded(c.verdict, c.score), Took(c.duration_ms, c.used_hint),
                                      RatingThresholds{});
    ASSERT_TRUE(rating.has_value());
    EXPECT_EQ(*rating, c.expected);
}

INSTANTIATE_TEST_SUITE_P(
    Table, SuggestRatingTest,
    testing::Values(RatingCase{Verdict::kWrong, 0.0, 1000, false, Rating::kAgain},
                    RatingCase{Verdict::kPartial, 0.49, 1000, false, Rating::kAgain},
                    RatingCase{Verdict::kPartial, 0.5, 1000, false, Rating::kHard},  // at the edge
                    RatingCase{Verdict::kPartial, 0.9, 1000, false, Rating::kHard},
                    RatingCase{Verdict::kAlmost, 0.5, 1000, false, Rating::kHard},
                    RatingCase{Verdict::kAlmost, 0.25, 1000, false, Rating::kHard},
                    RatingCase{Verdict::kCorrect, 1.0, 1000, true, Rating::kHard},   // hint
                    RatingCase{Verdict::kCorrect, 1.0, 2500, false, Rating::kEasy},  // at the limit
                    RatingCase{Verdict::kCorrect, 1.0, 2501, false, Rating::kGood},
                    RatingCase{Verdict::kCorrect, 1.0, 1, false, Rating::kEasy},
                    RatingCase{Verdict::kCorrect, 1.0, 0, false, Rating::kGood}));  // unknown time

TEST(SuggestRatingTest, FlashcardIsNotSuggested) {
    GradeResult g;
    g.type = QuestionType::kFlashcard;
    EXPECT_EQ(SuggestRating(g, Took(500), RatingThresholds{}), std::nullopt);
}

TEST(SuggestRatingTest, DontKnowIsAgain) {
    GradeResult g = Graded(Verdict::kWrong, 0);
    g.dont_know = true;
    EXPECT_EQ(SuggestRating(g, Took(500), RatingThresholds{}), Rating::kAgain);
}

TEST(SuggestRatingTest, PartialThresholdIsConfigurable) {
    RatingThresholds t;
    t.partial_credit_hard_min = 0.8;
    EXPECT_EQ(SuggestRating(Graded(Verdict::kPartial, 0.79), Took(500), t), Rating::kAgain);
    EXPECT_EQ(SuggestRating(Graded(Verdict::kPartial, 0.8), Took(500), t), Rating::kHard);
}

TEST(EasyLimitMsTest, AddsReadingAndTypingTimeWithinClamps) {
    RatingThresholds t;
    GradeResult g = Graded(Verdict::kCorrect, 1, QuestionType::kTyped);
    g.read_chars = 100;
    g.answer_chars = 10;
    EXPECT_EQ(EasyLimitMs(g, t), 2500 + 40 * 100 + 300 * 10);  // 9500
    g.read_chars = 1000;
    EXPECT_EQ(EasyLimitMs(g, t), 20'000);  // upper clamp
    g = Graded(Verdict::kCorrect, 1, QuestionType::kTrueFalse);
    EXPECT_EQ(EasyLimitMs(g, t), 2'000);  // lower clamp over the 1.5 s base
    g = Graded(Verdict::kCorrect, 1, QuestionType::kMatching);
    EXPECT_EQ(EasyLimitMs(g, t), 4'000);
}

TEST(EasyLimitMsTest, EdgeDecidesEasyOrGood) {
    RatingThresholds t;
    GradeResult g = Graded(Verdict::kCorrect, 1, QuestionType::kMultipleChoice);
    g.read_chars = 50;  // 2000 + 40 * 50 = 4000 ms
    EXPECT_EQ(SuggestRating(g, Took(4000), t), Rating::kEasy);
    EXPECT_EQ(SuggestRating(g, Took(4001), t), Rating::kGood);
}

TEST(ValidateRatingThresholdsTest, DefaultsAreValid) {
    EXPECT_TRUE(ValidateRatingThresholds(RatingThresholds{}).has_value());
}

TEST(ValidateRatingThresholdsTest, RejectsOutOfRange) {
    RatingThresholds t;
    t.partial_credit_hard_min = 1.5;
    auto status = ValidateRatingThresholds(t);
    ASSERT_FALSE(status.has_value());
    EXPECT_EQ(status.error().code, ErrorCode::kInvalidArgument);
    EXPECT_NE(status.error().message.find("partial_credit_hard_min"), std::string::npos);

    t = RatingThresholds{};
    t.easy_max_ms = 1000;  // below easy_min_ms
    status = ValidateRatingThresholds(t);
    ASSERT_FALSE(status.has_value());
    EXPECT_NE(status.error().message.find("easy_max_ms"), std::string::npos);

    t = RatingThresholds{};
    t.easy_base_ms_ordering = -1;
    status = ValidateRatingThresholds(t);
    ASSERT_FALSE(status.has_value());
    EXPECT_NE(status.error().message.find("easy_base_ms_ordering"), std::string::npos);
}

// A blind guess is right half the time on these, so speed never earns Easy.
TEST(SuggestRatingTest, GuessableQuestionsAreNeverSuggestedEasy) {
    RatingThresholds t;
    GradeResult tf = Graded(Verdict::kCorrect, 1, QuestionType::kTrueFalse);
    tf.parts.resize(1);
    EXPECT_TRUE(IsGuessable(tf));
    EXPECT_EQ(SuggestRating(tf, Took(500), t), Rating::kGood);

    GradeResult two = Graded(Verdict::kCorrect, 1, QuestionType::kMultipleChoice);
    two.parts.resize(2);
    EXPECT_TRUE(IsGuessable(two));
    EXPECT_EQ(SuggestRating(two, Took(500), t), Rating::kGood);

    GradeResult three = Graded(Verdict::kCorrect, 1, QuestionType::kMultipleChoice);
    three.parts.resize(3);
    EXPECT_FALSE(IsGuessable(three));
    EXPECT_EQ(SuggestRating(three, Took(500), t), Rating::kEasy);

    // A wrong guess is still Again.
    tf.verdict = Verdict::kWrong;
    EXPECT_EQ(SuggestRating(tf, Took(500), t), Rating::kAgain);
}

}  // namespace
}  // namespace summit::study
