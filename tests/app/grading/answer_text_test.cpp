// Tests for free-text answer comparison: normalization, edit distance, the almost rule and
// the close-miss diff.
#include "app/grading/answer_text.h"

#include <string>
#include <vector>

#include <gtest/gtest.h>

namespace summit::study {
namespace {

struct NormalizeCase {
    const char* input;
    const char* expected;
};

class NormalizeTest : public testing::TestWithParam<NormalizeCase> {};

TEST_P(NormalizeTest, Folds) {
    EXPECT_EQ(NormalizeAnswer(GetParam().input), GetParam().expected);
}

INSTANTIATE_TEST_SUITE_P(
    Table, NormalizeTest,
    testing::Values(
        NormalizeCase{"Café", "cafe"}, NormalizeCase{"CAFE\u0301", "cafe"},
        NormalizeCase{"Beijing", "beijing"}, NormalizeCase{"  Xi   Jinping  ", "xi jinping"},
        NormalizeCase{"\tXi\n Jinping.", "xi jinping"}, NormalizeCase{"Kim Jong-un", "kim jong un"},
        NormalizeCase{"Kim Jong\u2013un", "kim jong un"},
        NormalizeCase{"\u201cdenuclearisation\u201d", "denuclearisation"},
        NormalizeCase{"don\u2019t", "dont"}, NormalizeCase{"don't", "dont"},
        NormalizeCase{"The Korean War", "korean war"},
        NormalizeCase{"a buffer state", "buffer state"}, NormalizeCase{"An ally", "ally"},
        NormalizeCase{"the", "the"}, NormalizeCase{"theatre", "theatre"},
        NormalizeCase{"3.5", "3.5"}, NormalizeCase{"1,000", "1000"},
        NormalizeCase{"1,000,000", "1000000"}, NormalizeCase{"3,5", "3,5"},
        NormalizeCase{"1950.", "1950"}, NormalizeCase{"Stra\u00dfe", "strasse"},
        NormalizeCase{"\ufb01sh", "fish"}, NormalizeCase{"\u00a0Seoul\u2003", "seoul"},
        NormalizeCase{"?!", ""}, NormalizeCase{"soft\u00adhyphen", "softhyphen"},
        NormalizeCase{"bad\xffutf8", "bad\uFFFDutf8"}));

TEST(EditDistanceTest, CountsCodePointEdits) {
    EXPECT_EQ(EditDistance("", ""), 0);
    EXPECT_EQ(EditDistance("abc", ""), 3);
    EXPECT_EQ(EditDistance("kitten", "sitting"), 3);
    EXPECT_EQ(EditDistance("beijing", "biejing"), 1);  // one adjacent swap
    EXPECT_EQ(EditDistance("café", "cafe"), 1);        // é is one code point
    EXPECT_EQ(EditDistance("ca", "abc"), 3);           // optimal string alignment, not full DL
}

TEST(AlmostToleranceTest, DependsOnLengthAndDigits) {
    EXPECT_EQ(AlmostTolerance("sun", "sum"), 0);
    EXPECT_EQ(AlmostTolerance("seoul", "soul"), 1);
    EXPECT_EQ(AlmostTolerance("pyongyan", "x"), 1);   // 8 code points
    EXPECT_EQ(AlmostTolerance("pyongyang", "x"), 2);  // 9 code points
    EXPECT_EQ(AlmostTolerance("19500", "1950"), 0);   // numbers never almost
    EXPECT_EQ(AlmostTolerance("world war", "world war 2"), 0);
}

struct MatchCase {
    const char* given;
    std::vector<std::string> accepted;
    TextMatch match;
    int nearest;
};

class MatchTest : public testing::TestWithParam<MatchCase> {};

TEST_P(MatchTest, Classifies) {
    const MatchCase& c = GetParam();
    const TextMatchResult result = MatchAnswerText(c.given, c.accepted);
    EXPECT_EQ(result.match, c.match) << c.given;
    EXPECT_EQ(result.nearest, c.nearest) << c.given;
}

const std::vector<std::string> kCafe = {"café"};
const std::vector<std::string> kEight = {"8", "eight"};
const std::vector<std::string> kDprk = {"North Korea", "DPRK"};

INSTANTIATE_TEST_SUITE_P(
    Table, MatchTest,
    testing::Values(MatchCase{"Cafe", kCafe, TextMatch::kExact, 0},
                    MatchCase{"CAFÉ!", kCafe, TextMatch::kExact, 0},
                    MatchCase{"caffe", kCafe, TextMatch::kAlmost, 0},
                    MatchCase{"coffee", kCafe, TextMatch::kNone, 0},
                    MatchCase{"8", kEight, TextMatch::kExact, 0},
                    MatchCase{"Eight", kEight, TextMatch::kExact, 1},
                    MatchCase{"9", kEight, TextMatch::kNone, 0},
                    MatchCase{"eihgt", kEight, TextMatch::kAlmost, 1},
                    MatchCase{"dprk", kDprk, TextMatch::kExact, 1},
                    MatchCase{"the North  Korea", kDprk, TextMatch::kExact, 0},
                    MatchCase{"Noth Korea", kDprk, TextMatch::kAlmost, 0},
                    MatchCase{"Nrth Kroea", kDprk, TextMatch::kAlmost, 0},  // 2 edits, 11 chars
                    MatchCase{"Nrth Kra", kDprk, TextMatch::kNone, 0},      // 3 edits
                    MatchCase{"DPR", kDprk, TextMatch::kAlmost, 1},  // 4 chars: 1 edit allowed
                    MatchCase{"", kDprk, TextMatch::kNone, -1},
                    MatchCase{"...", kDprk, TextMatch::kNone, -1},
                    MatchCase{"sum", std::vector<std::string>{"sun"}, TextMatch::kNone, 0},
                    MatchCase{"1945", std::vector<std::string>{"1954"}, TextMatch::kNone, 0},
                    MatchCase{"?!", std::vector<std::string>{"?!"}, TextMatch::kExact, 0},
                    MatchCase{"!?", std::vector<std::string>{"?!"}, TextMatch::kNone, 0}));

using Kind = DiffSegment::Kind;

TEST(DiffAnswerTextTest, ShowsMissingAndExtraLetters) {
    const std::vector<DiffSegment> expected = {
        {Kind::kSame, "Pyong"}, {Kind::kMissing, "y"}, {Kind::kSame, "ang"}};
    EXPECT_EQ(DiffAnswerText("pyongang", "Pyongyang"), expected);
    const std::vector<DiffSegment> extra = {
        {Kind::kSame, "Se"}, {Kind::kExtra, "e"}, {Kind::kSame, "oul"}};
    EXPECT_EQ(DiffAnswerText("Seeoul", "Seoul"), extra);
}

TEST(DiffAnswerTextTest, SubstitutionIsMissingThenExtra) {
    const std::vector<DiffSegment> expected = {
        {Kind::kSame, "Beij"}, {Kind::kMissing, "i"}, {Kind::kExtra, "e"}, {Kind::kSame, "ng"}};
    EXPECT_EQ(DiffAnswerText("beijeng", "Beijing"), expected);
}

TEST(DiffAnswerTextTest, IgnoresCaseAccentsAndPunctuation) {
    const std::vector<DiffSegment> expected = {{Kind::kSame, "Café au lait."}};
    EXPECT_EQ(DiffAnswerText("  CAFE   au-lait ", "Café au lait."), expected);
    const std::vector<DiffSegment> with_article = {{Kind::kSame, "Cafe"}, {Kind::kMissing, "s"}};
    EXPECT_EQ(DiffAnswerText("the cafe", "Cafes"), with_article);
}

TEST(DiffAnswerTextTest, SpaceDifferencesCount) {
    const std::vector<DiffSegment> expected = {
        {Kind::kSame, "ice"}, {Kind::kMissing, " "}, {Kind::kSame, "cream"}};
    EXPECT_EQ(DiffAnswerText("icecream", "ice cream"), expected);
}

TEST(DiffAnswerTextTest, EmptySides) {
    EXPECT_TRUE(DiffAnswerText("", "").empty());
    const std::vector<DiffSegment> missing = {{Kind::kMissing, "Sun"}};
    EXPECT_EQ(DiffAnswerText("", "Sun"), missing);
    const std::vector<DiffSegment> extra = {{Kind::kExtra, "Sun"}};
    EXPECT_EQ(DiffAnswerText("Sun", ""), extra);
}

TEST(DiffAnswerTextTest, KindNames) {
    EXPECT_STREQ(DiffKindName(Kind::kSame), "same");
    EXPECT_STREQ(DiffKindName(Kind::kMissing), "missing");
    EXPECT_STREQ(DiffKindName(Kind::kExtra), "extra");
}

}  // namespace
}  // namespace summit::study
