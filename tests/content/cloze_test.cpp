// Cloze prompts: splitting into text and gaps, blanks, and the syntax errors.
#include "content/model/cloze.h"

#include <string>

#include <gtest/gtest.h>

namespace summit::content {
namespace {

TEST(ParseCloze, SplitsTextAndGapsWithVariants) {
    auto cloze = ParseCloze("Earth is the {{third|3rd}} planet from the {{Sun}}.");
    ASSERT_TRUE(cloze.has_value()) << cloze.error().message;
    EXPECT_EQ(cloze->texts, (std::vector<std::string>{"Earth is the ", " planet from the ", "."}));
    ASSERT_EQ(cloze->gaps.size(), 2u);
    EXPECT_EQ(cloze->gaps[0].answers, (std::vector<std::string>{"third", "3rd"}));
    EXPECT_EQ(cloze->gaps[1].answers, (std::vector<std::string>{"Sun"}));
}

TEST(ParseCloze, GapsAtTheEdgesLeaveEmptyTexts) {
    auto cloze = ParseCloze("{{Mercury}} and {{Venus}}");
    ASSERT_TRUE(cloze.has_value());
    EXPECT_EQ(cloze->texts, (std::vector<std::string>{"", " and ", ""}));
    EXPECT_EQ(cloze->texts.size(), cloze->gaps.size() + 1);
}

TEST(ParseCloze, TrimsAnswersAndKeepsSingleBracesAsText) {
    auto cloze = ParseCloze("Set {a} is { {{ x | y }} }");
    ASSERT_TRUE(cloze.has_value()) << cloze.error().message;
    EXPECT_EQ(cloze->texts, (std::vector<std::string>{"Set {a} is { ", " }"}));
    EXPECT_EQ(cloze->gaps[0].answers, (std::vector<std::string>{"x", "y"}));
}

TEST(ParseCloze, UnclosedGapGivesItsPosition) {
    auto cloze = ParseCloze("Earth is the {{third planet.");
    ASSERT_FALSE(cloze.has_value());
    EXPECT_EQ(cloze.error().code, ErrorCode::kParse);
    EXPECT_EQ(cloze.error().message, "unclosed \"{{\" at character 14");
}

TEST(ParseCloze, PositionsCountCharactersNotBytes) {
    auto cloze = ParseCloze("Über {{");
    ASSERT_FALSE(cloze.has_value());
    EXPECT_EQ(cloze.error().message, "unclosed \"{{\" at character 6");
}

TEST(ParseCloze, EmptyGapIsAnError) {
    auto cloze = ParseCloze("The {{ }} is hot.");
    ASSERT_FALSE(cloze.has_value());
    EXPECT_EQ(cloze.error().code, ErrorCode::kParse);
    EXPECT_EQ(cloze.error().message, "empty gap or variant at character 5");
}

TEST(ParseCloze, EmptyVariantIsAnError) {
    auto cloze = ParseCloze("The {{Sun|}} is hot.");
    ASSERT_FALSE(cloze.has_value());
    EXPECT_EQ(cloze.error().message, "empty gap or variant at character 5");
}

TEST(ParseCloze, NoGapIsAnError) {
    auto cloze = ParseCloze("The Sun is hot.");
    ASSERT_FALSE(cloze.has_value());
    EXPECT_EQ(cloze.error().code, ErrorCode::kParse);
    EXPECT_EQ(cloze.error().message, "no gap, mark one as {{answer}}");
}

TEST(ParseCloze, CloseWithoutOpenIsAnError) {
    auto cloze = ParseCloze("The Sun}} is {{hot}}.");
    ASSERT_FALSE(cloze.has_value());
    EXPECT_EQ(cloze.error().message, "\"}}\" without \"{{\" at character 8");
}

TEST(ParseCloze, NestedGapIsAnError) {
    auto cloze = ParseCloze("A {{b {{c}} d}}");
    ASSERT_FALSE(cloze.has_value());
    EXPECT_EQ(cloze.error().message, "\"{{\" inside a gap at character 7");
}

TEST(ClozeWithBlanks, ReplacesEachGap) {
    auto cloze = ParseCloze("Earth is the {{third|3rd}} planet from the {{Sun}}.");
    ASSERT_TRUE(cloze.has_value());
    EXPECT_EQ(ClozeWithBlanks(*cloze), "Earth is the ____ planet from the ____.");
}

TEST(ClozeWithBlanks, BuiltByHand) {
    ClozeText cloze{{"", " orbits"}, {ClozeGap{{"Moon"}}}};
    EXPECT_EQ(ClozeWithBlanks(cloze), "____ orbits");
}

}  // namespace
}  // namespace summit::content
