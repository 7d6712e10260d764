// NonAsciiQuestionCharacters: each character beyond ASCII of any question text, once.
#include "test_support.h"

namespace summit::storage::test {
namespace {

TEST(TextCharsTest, EachNonAsciiCharacterOfAnyQuestionTextComesOnce) {
    auto collection = Must(Collection::OpenInMemory());
    EXPECT_EQ(Must(collection.NonAsciiQuestionCharacters()), "");
    content::Bank bank = SolarBank();
    bank.questions.push_back(Flashcard("jp", "日本", "にほん 日本"));
    bank.questions.push_back(Typed("fr", "Café?", "é"));
    bank.questions.push_back(MultipleChoice("emoji", "Pick 🚀"));
    Must(collection.ImportBank(bank));

    const std::string characters = Must(collection.NonAsciiQuestionCharacters());
    for (const char* expected : {"日", "本", "に", "ほ", "ん", "é", "🚀"}) {
        const std::string_view text = characters;
        const size_t first = text.find(expected);
        ASSERT_NE(first, std::string::npos) << expected;
        EXPECT_EQ(text.find(expected, first + 1), std::string::npos) << expected << " twice";
    }
    EXPECT_EQ(characters.size(), 3u * 5u + 2u + 4u);
}

}  // namespace
}  // namespace summit::storage::test
