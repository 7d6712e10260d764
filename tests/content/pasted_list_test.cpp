// Pasted term/definition lists (Quizlet): naive splitting with any two separators.
#include "content/formats/pasted_list.h"

#include <gtest/gtest.h>

namespace summit::content {
namespace {

TEST(ParsePastedList, DefaultsAreTabAndNewLine) {
    auto parsed = ParsePastedList("der Hund\tthe dog\r\ndie Katze\t the cat \n\n", "words.txt");
    ASSERT_TRUE(parsed.has_value());
    ASSERT_EQ(parsed->bank.questions.size(), 2u);
    EXPECT_EQ(parsed->bank.questions[1].prompt, "die Katze");
    EXPECT_EQ(parsed->bank.questions[1].back, "the cat");
    EXPECT_TRUE(parsed->warnings.empty());
}

TEST(ParsePastedList, CustomSeparatorsKeepNewlinesAndQuotesAsText) {
    PastedListOptions options{" - ", "\n\n"};
    auto parsed = ParsePastedList(
        "\"mitosis\" - cell division\ninto two\n\nmeiosis - halves\n\n"
        "no separator here\n\nempty - \n",
        "bio.txt", options);
    ASSERT_TRUE(parsed.has_value());
    ASSERT_EQ(parsed->bank.questions.size(), 2u);
    EXPECT_EQ(parsed->bank.questions[0].prompt, "\"mitosis\"");
    EXPECT_EQ(parsed->bank.questions[0].back, "cell division\ninto two");
    ASSERT_EQ(parsed->warnings.size(), 2u);
    EXPECT_EQ(parsed->warnings[0].ToString("warning"),
              "bio.txt:6:1: warning: this card has no term separator; skipped");
    EXPECT_EQ(parsed->warnings[1].line, 8);
    EXPECT_EQ(parsed->warnings[1].column, 9);
}

TEST(ParsePastedList, CommaAndSemicolonAsQuizletOffersThem) {
    PastedListOptions options{",", ";"};
    auto parsed = ParsePastedList("a,1;b,2, with comma;", "q.txt", options);
    ASSERT_TRUE(parsed.has_value());
    ASSERT_EQ(parsed->bank.questions.size(), 2u);
    EXPECT_EQ(parsed->bank.questions[1].back, "2, with comma");
}

TEST(ParsePastedList, EmptySeparatorsAreRefused) {
    auto parsed = ParsePastedList("a", "q.txt", PastedListOptions{"", "\n"});
    ASSERT_FALSE(parsed.has_value());
    EXPECT_EQ(parsed.error()[0].code, ErrorCode::kInvalidArgument);
}

TEST(SeparatorFromOption, NamesAndEscapes) {
    EXPECT_EQ(SeparatorFromOption("Tab"), "\t");
    EXPECT_EQ(SeparatorFromOption("newline"), "\n");
    EXPECT_EQ(SeparatorFromOption("\\n\\n"), "\n\n");
    EXPECT_EQ(SeparatorFromOption("/q/\\t"), "/q/\t");
    EXPECT_EQ(SeparatorFromOption("\\\\"), "\\");
}

}  // namespace
}  // namespace summit::content
