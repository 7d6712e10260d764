// The forms of a typed answer that count as the accepted one (possessives and plurals, dates,
// country names), and the rule that keeps a different name from counting as a typo.
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "app/grading/answer_text.h"
#include "app/grading/grading.h"

namespace summit::study {
namespace {

struct FormCase {
    const char* given;
    const char* accepted;
    TextMatch match;
};

class AnswerFormTest : public testing::TestWithParam<FormCase> {};

TEST_P(AnswerFormTest, Classifies) {
    const FormCase& c = GetParam();
    const std::vector<std::string> accepted = {c.accepted};
    EXPECT_EQ(MatchAnswerText(c.given, accepted).match, c.match)
        << "\"" << c.given << "\" for \"" << c.accepted << "\"";
}

INSTANTIATE_TEST_SUITE_P(
    PossessivesAndPlurals, AnswerFormTest,
    testing::Values(
        FormCase{"Mao's", "Mao", TextMatch::kExact},
        FormCase{"Mao\u2019s", "Mao", TextMatch::kExact},
        FormCase{"Maos", "Mao", TextMatch::kExact},
        FormCase{"Kim Jong-un's", "Kim Jong-un", TextMatch::kExact},
        FormCase{"missile tests", "missile test", TextMatch::kExact},
        FormCase{"sanctions", "sanction", TextMatch::kExact},
        FormCase{"the boxes", "box", TextMatch::kExact},
        FormCase{"summit cities", "summit city", TextMatch::kExact},
        FormCase{"Americas", "America", TextMatch::kExact},
        // Only the last word (an inner plural is a slip), only -s/-es/-ies, never a number.
        FormCase{"missiles test", "missile test", TextMatch::kAlmost},
        FormCase{"Maoist", "Mao", TextMatch::kNone}, FormCase{"1990s", "1990", TextMatch::kNone}));

INSTANTIATE_TEST_SUITE_P(
    Dates, AnswerFormTest,
    testing::Values(FormCase{"12 June 2018", "12 June 2018", TextMatch::kExact},
                    FormCase{"12/06/2018", "12 June 2018", TextMatch::kExact},
                    FormCase{"June 12, 2018", "12 June 2018", TextMatch::kExact},
                    FormCase{"2018-06-12", "12 June 2018", TextMatch::kExact},
                    FormCase{"12th June 2018", "12 June 2018", TextMatch::kExact},
                    FormCase{"Jun 12 2018", "12 June 2018", TextMatch::kExact},
                    FormCase{"12.06.2018", "12 June 2018", TextMatch::kExact},
                    FormCase{"06/12/2018", "12 June 2018", TextMatch::kExact},  // US order
                    FormCase{"12 June 2018", "2018-06-12", TextMatch::kExact},
                    FormCase{"13 June 2018", "12 June 2018", TextMatch::kNone},
                    FormCase{"12 July 2018", "12 June 2018", TextMatch::kNone},
                    FormCase{"12/06/2019", "12 June 2018", TextMatch::kNone},
                    FormCase{"31/06/2018", "30 June 2018", TextMatch::kNone},  // no such day
                    FormCase{"12 June 18", "12 June 2018", TextMatch::kNone}));

INSTANTIATE_TEST_SUITE_P(
    Countries, AnswerFormTest,
    testing::Values(FormCase{"U.S.A.", "United States", TextMatch::kExact},
                    FormCase{"USA", "United States", TextMatch::kExact},
                    FormCase{"US", "the United States", TextMatch::kExact},
                    FormCase{"U.S.", "United States", TextMatch::kExact},
                    FormCase{"America", "United States", TextMatch::kExact},
                    FormCase{"the Americans", "United States", TextMatch::kExact},
                    FormCase{"United States of America", "USA", TextMatch::kExact},
                    FormCase{"DPRK", "North Korea", TextMatch::kExact},
                    FormCase{"PRC", "China", TextMatch::kExact},
                    FormCase{"UK", "Britain", TextMatch::kExact},
                    // Another country, or a country where a person is asked for.
                    FormCase{"USA", "China", TextMatch::kNone},
                    FormCase{"South Korea", "North Korea", TextMatch::kNone},
                    FormCase{"Americans", "Donald Trump", TextMatch::kNone}));

INSTANTIATE_TEST_SUITE_P(
    NearMisses, AnswerFormTest,
    testing::Values(
        // A different name part is a different person, however close the letters are.
        FormCase{"Kim Jong-il", "Kim Jong-un", TextMatch::kNone},
        FormCase{"Kim Jong-nam", "Kim Jong-un", TextMatch::kNone},
        FormCase{"Kim Jong", "Kim Jong-un", TextMatch::kNone},
        FormCase{"Kim Il-sung", "Kim Jong-un", TextMatch::kNone},
        FormCase{"Moon Jae-un", "Moon Jae-in", TextMatch::kNone},
        // Slips inside a word, a swap in a short word and a space are still typos.
        FormCase{"Kim Jong-nu", "Kim Jong-un", TextMatch::kAlmost},
        FormCase{"Kim Jnog-un", "Kim Jong-un", TextMatch::kAlmost},
        FormCase{"Xi Jinpin", "Xi Jinping", TextMatch::kAlmost},
        FormCase{"Pyong yang", "Pyongyang", TextMatch::kAlmost},
        FormCase{"Milky Wya", "Milky Way", TextMatch::kAlmost}));

TEST(AnswerFormGradeTest, DifferentNameIsWrongNotAlmost) {
    content::Question q;
    q.id = "leader";
    q.type = content::QuestionType::kTyped;
    q.prompt = "Who met Donald Trump in Singapore?";
    q.accepted = {"Kim Jong-un"};
    Answer a;
    a.text = "Kim Jong-il";
    const auto graded = Grade(q, a);
    ASSERT_TRUE(graded.has_value());
    EXPECT_EQ(graded->verdict, Verdict::kWrong);
    EXPECT_EQ(graded->score, 0.0);
    a.text = "Kim Jong-un's";
    EXPECT_EQ(Grade(q, a)->verdict, Verdict::kCorrect);
}

}  // namespace
}  // namespace summit::study
