// StreamGift hands on a question at a time exactly what ParseGift returns as a whole: the same
// questions in the same order, the same bank name and the same warnings, or the same errors.
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "content/formats/gift.h"
#include "format_fixture.h"

namespace summit::content {
namespace {

using test::Listed;

void ExpectStreamedAsParsed(std::string_view text, std::string_view name) {
    auto parsed = ParseGift(text, name);
    ASSERT_TRUE(parsed.has_value()) << Listed(parsed.error(), "error");
    std::vector<Question> streamed_questions;
    auto streamed = StreamGift(text, name, [&](Question&& question) {
        streamed_questions.push_back(std::move(question));
        return true;
    });
    ASSERT_TRUE(streamed.has_value()) << Listed(streamed.error(), "error");
    EXPECT_EQ(streamed->questions, parsed->bank.questions.size());
    EXPECT_FALSE(streamed->stopped);
    EXPECT_TRUE(streamed_questions == parsed->bank.questions) << name;
    EXPECT_EQ(streamed->header.id, parsed->bank.id);
    EXPECT_EQ(streamed->header.title, parsed->bank.title);
    EXPECT_EQ(DeckName(streamed->header), DeckName(parsed->bank));
    EXPECT_TRUE(streamed->header.questions.empty());
    EXPECT_EQ(Listed(streamed->warnings, "warning"), Listed(parsed->warnings, "warning"));
}

// Essays, descriptions (one with no question after it), a question left out by the reader and
// one left out by the bank rules, categories, and every answer type.
constexpr std::string_view kMixed =
    "// [id:first] [tag:t1]\n::One::Which is right? {=yes#Good. ~no ~maybe}\n\n"
    "A description for the next question.\n\n"
    "$CATEGORY: $course$/top/Unit 1\n\n"
    "::Essay:: Explain. {}\n\n"
    "::Broken:: No answer block here {=a\n\n"
    "::Empty choice:: Pick {=~b}\n\n"
    "::TF:: The sky is blue {T#wrong#right}\n\n"
    "::Num:: Pi? {#3.14:0.01}\n\n"
    "::Match:: Pair {=a -> 1 =b -> 2}\n\n"
    "::Short:: Name it {=Mars =%50%Red planet}\n\n"
    "A trailing description.\n";

TEST(GiftStream, HandsOnWhatParseGiftKeepsWithItsWarnings) {
    ExpectStreamedAsParsed(kMixed, "mixed.gift");
}

TEST(GiftStream, MoodlesOwnFilesStreamAsTheyParse) {
    int read = 0;
    for (const char* name :
         {"gift/questions.gift.txt", "gift/questions_in_category.gift.txt", "gift/examples.txt"}) {
        const auto text = test::ReadFormatFixture(name);
        if (!text) {
            continue;
        }
        ++read;
        ExpectStreamedAsParsed(*text, name);
    }
    if (read == 0) {
        GTEST_SKIP() << "no GIFT fixtures in the shared fixtures";
    }
}

TEST(GiftStream, TheSinkStopsTheReading) {
    std::vector<std::string> ids;
    auto streamed = StreamGift(kMixed, "mixed.gift", [&](Question&& question) {
        ids.push_back(question.id);
        return ids.size() < 2;
    });
    ASSERT_TRUE(streamed.has_value());
    EXPECT_TRUE(streamed->stopped);
    EXPECT_EQ(streamed->questions, 2u);
    EXPECT_EQ(ids.size(), 2u);
}

TEST(GiftStream, AFileWithNoQuestionGivesParseGiftsErrorsAndNothingToTheSink) {
    constexpr std::string_view kNothing = "Only a description.\n\n::Broken:: {=a\n";
    auto parsed = ParseGift(kNothing, "none.gift");
    ASSERT_FALSE(parsed.has_value());
    int handed = 0;
    auto streamed = StreamGift(kNothing, "none.gift", [&](Question&&) { return ++handed > 0; });
    ASSERT_FALSE(streamed.has_value());
    EXPECT_EQ(handed, 0);
    EXPECT_EQ(Listed(streamed.error(), "error"), Listed(parsed.error(), "error"));
}

TEST(GiftStream, CountsBlocksAsAnUpperBound) {
    EXPECT_GE(CountGiftBlocks(kMixed), 9u);
    EXPECT_EQ(CountGiftBlocks(""), 0u);
}

}  // namespace
}  // namespace summit::content
