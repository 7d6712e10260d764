// ParseGift on Moodle's own GIFT files (../shared/fixtures/formats/gift): the question counts
// Moodle's tests assert, and every question's contents.
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "content/formats/gift.h"
#include "format_fixture.h"

namespace summit::content {
namespace {

using test::ReadFormatFixture;

#define READ_FIXTURE_OR_SKIP(var, name)                          \
    const auto var##_text = ReadFormatFixture(name);             \
    if (!var##_text) {                                           \
        GTEST_SKIP() << "fixture formats/" << name << " absent"; \
    }                                                            \
    auto var = ParseGift(*var##_text, name);                     \
    ASSERT_TRUE(var.has_value()) << var.error().front().ToString()

std::string Warnings(const ParsedBank& parsed) {
    std::string all;
    for (const Error& warning : parsed.warnings) {
        all += warning.ToString("warning") + "\n";
    }
    return all;
}

TEST(GiftFixtures, QuestionsGiftHasMoodlesNineQuestions) {
    READ_FIXTURE_OR_SKIP(parsed, "gift/questions.gift.txt");
    const std::vector<Question>& q = parsed->bank.questions;
    ASSERT_EQ(q.size(), 9u) << Warnings(*parsed);
    EXPECT_EQ(parsed->bank.id, "questions");
    EXPECT_EQ(parsed->bank.title, "questions");

    EXPECT_EQ(q[0].id, "q8");
    EXPECT_EQ(q[0].type, QuestionType::kFlashcard);  // the essay
    EXPECT_EQ(q[0].prompt, "How are you?");
    EXPECT_FALSE(q[0].back.empty());

    EXPECT_EQ(q[1].id, "moodle-activities");
    EXPECT_EQ(q[1].type, QuestionType::kMatching);
    // The HTML's bold is kept as Markdown.
    EXPECT_EQ(q[1].text_format, TextFormat::kMarkdown);
    EXPECT_EQ(q[1].prompt, "Match the **activity** to the description.");
    ASSERT_EQ(q[1].pairs.size(), 4u);
    EXPECT_EQ(q[1].pairs[0].left, "An activity supporting asynchronous discussions.");
    EXPECT_EQ(q[1].pairs[0].right, "Forum");
    EXPECT_EQ(q[1].pairs[1].left,
              "A teacher asks a question and specifies a choice of multiple responses.");
    EXPECT_EQ(q[1].pairs[2].left, "A bank of record entries which participants can add to.");
    EXPECT_EQ(q[1].pairs[3].left, "A collection of web pages that anyone can add to or edit.");
    EXPECT_EQ(q[1].pairs[3].right, "Wiki");

    EXPECT_EQ(q[2].id, "q2");
    EXPECT_EQ(q[2].type, QuestionType::kMultipleChoice);
    EXPECT_EQ(q[2].prompt, "What's between orange and green in the spectrum?");
    ASSERT_EQ(q[2].choices.size(), 3u);
    EXPECT_EQ(q[2].choices[0], (Choice{"yellow", true, "right; good!"}));
    EXPECT_EQ(q[2].choices[1], (Choice{"red", false, "wrong, it's yellow"}));
    EXPECT_EQ(q[2].choices[2], (Choice{"blue", false, "wrong, it's yellow"}));

    EXPECT_EQ(q[3].id, "colours");
    ASSERT_EQ(q[3].choices.size(), 4u);
    EXPECT_EQ(q[3].choices[0], (Choice{"yellow", true, "right; good!", 0.5}));
    EXPECT_EQ(q[3].choices[1], (Choice{"red", false, "wrong", -1.0}));
    EXPECT_EQ(q[3].choices[2], (Choice{"off-beige", true, "right; good!", 0.5}));
    EXPECT_EQ(q[3].choices[3], (Choice{"blue", false, "wrong", -1.0}));

    EXPECT_EQ(q[4].id, "q5");
    EXPECT_EQ(q[4].type, QuestionType::kNumerical);
    EXPECT_EQ(q[4].prompt, "What is a number from 1 to 5? _____\";");
    ASSERT_EQ(q[4].numbers.size(), 2u);
    EXPECT_EQ(q[4].numbers[0], (NumericAnswer{3, 2, 1, "", false}));
    EXPECT_EQ(q[4].numbers[1], (NumericAnswer{0, 0, 0, "Completely wrong", true}));

    EXPECT_EQ(q[5].id, "shortanswer");
    EXPECT_EQ(q[5].type, QuestionType::kTyped);
    EXPECT_TRUE(q[5].accepted.empty());
    ASSERT_EQ(q[5].answers.size(), 3u);
    EXPECT_EQ(q[5].answers[0], (TextAnswer{"Frog", 1, "Good!"}));
    EXPECT_EQ(q[5].answers[1], (TextAnswer{"Cat", 0.5, "What is it with Moodlers and cats?"}));
    EXPECT_EQ(q[5].answers[2], (TextAnswer{"*", 0, "Completely wrong"}));

    EXPECT_EQ(q[6].id, "q1");
    EXPECT_EQ(q[6].type, QuestionType::kTrueFalse);
    EXPECT_FALSE(q[6].answer);
    EXPECT_EQ(q[6].prompt, "42 is the Absolute Answer to everything._____\";");
    EXPECT_EQ(q[6].explanation,
              "Answering True: 42 is the Ultimate Answer.\n"
              "Answering False: You gave the right answer.\n\n"
              "This is, of course, a Hitchiker's Guide to the Galaxy reference.");

    EXPECT_EQ(q[7].id, "2-08-tsl");
    EXPECT_EQ(q[8].id, "2-08-tsl-2");  // the repeated title made unique
    EXPECT_TRUE(q[7].answer);
    EXPECT_TRUE(q[8].answer);
    EXPECT_EQ(q[8].prompt, "TSL is blablabla.");

    const std::string warnings = Warnings(*parsed);
    EXPECT_NE(warnings.find("gift/questions.gift.txt:2:1: warning: an essay"), std::string::npos)
        << warnings;
    EXPECT_NE(warnings.find("gift/questions.gift.txt:5:1: warning: extra matching answer \"Chat\""),
              std::string::npos)
        << warnings;
    EXPECT_NE(warnings.find(":41:1: warning: the true/false feedback"), std::string::npos)
        << warnings;
    EXPECT_EQ(parsed->warnings.size(), 3u) << warnings;
}

TEST(GiftFixtures, QuestionsInCategoryGoIntoItsSubDeck) {
    READ_FIXTURE_OR_SKIP(parsed, "gift/questions_in_category.gift.txt");
    const std::vector<Question>& q = parsed->bank.questions;
    ASSERT_EQ(q.size(), 4u) << Warnings(*parsed);
    for (const Question& question : q) {
        EXPECT_EQ(question.deck, "Default for New Features") << question.id;
    }
    EXPECT_EQ(q[0].type, QuestionType::kMatching);
    EXPECT_EQ(q[0].pairs.size(), 4u);

    EXPECT_EQ(q[1].id, "greeting");
    // Two <br> in a row read as a blank line.
    EXPECT_EQ(q[1].prompt, "Listen to this greeting:\n\nWhat language is being spoken?");
    ASSERT_EQ(q[1].choices.size(), 4u);
    EXPECT_EQ(q[1].choices[1], (Choice{"French", true, "Yes, well done!"}));

    EXPECT_EQ(q[2].id, "moodle-user");
    EXPECT_EQ(q[2].type, QuestionType::kTyped);
    EXPECT_EQ(q[2].accepted, std::vector<std::string>{"Moodler"});
    EXPECT_TRUE(q[2].answers.empty());

    EXPECT_EQ(q[3].id, "moodle-acronym");
    EXPECT_EQ(q[3].type, QuestionType::kTrueFalse);
    EXPECT_TRUE(q[3].answer);
    EXPECT_EQ(q[3].prompt,
              "Moodle is an acronym for Modular Object-Oriented Dynamic Learning Environment.");
}

TEST(GiftFixtures, ExamplesHoldFortyThreeQuestionsOfEveryKind) {
    READ_FIXTURE_OR_SKIP(parsed, "gift/examples.txt");
    const std::vector<Question>& q = parsed->bank.questions;
    ASSERT_EQ(q.size(), 43u) << Warnings(*parsed);
    // {FALSE#No one is buried in Grant's tomb.}: Moodle's first '#' is the feedback for a wrong
    // answer.
    EXPECT_EQ(Warnings(*parsed),
              "gift/examples.txt:113:1: warning: the true/false feedback for "
              "each answer is shown in the explanation\n");

    EXPECT_EQ(q[0].prompt, "Who's buried in Grant's tomb?");
    EXPECT_EQ(q[0].choices.size(), 3u);
    EXPECT_TRUE(q[0].choices[2].correct);
    EXPECT_EQ(q[1].prompt, "Grant is _____ in Grant's tomb.");
    EXPECT_EQ(q[1].choices[1], (Choice{"entombed", true, ""}));
    EXPECT_EQ(q[2].type, QuestionType::kTrueFalse);
    EXPECT_FALSE(q[2].answer);
    EXPECT_EQ(q[3].accepted, (std::vector<std::string>{"no one", "nobody"}));
    EXPECT_EQ(q[4].numbers, (std::vector<NumericAnswer>{{1822, 1, 1, "", false}}));
    // The same question written three times in the file keeps three distinct ids.
    EXPECT_EQ(q[5].id, q[0].id + "-2");

    EXPECT_EQ(q[7].prompt,
              "The American holiday of Thanksgiving is celebrated on the _____ "
              "Thursday of November.");
    EXPECT_EQ(q[10].accepted, (std::vector<std::string>{"four", "4"}));
    EXPECT_FALSE(q[11].answer);  // {F}
    EXPECT_TRUE(q[12].answer);   // {T}
    EXPECT_EQ(q[14].pairs[1], (MatchPair{"Italy", "Rome"}));
    EXPECT_EQ(q[14].pairs[3], (MatchPair{"India", "New Delhi"}));

    EXPECT_EQ(q[15].numbers, (std::vector<NumericAnswer>{{1822, 0, 1, "", false}}));
    EXPECT_EQ(q[16].prompt, "What is the value of pi (to 3 decimal places)? _____.");
    EXPECT_EQ(q[16].numbers, (std::vector<NumericAnswer>{{3.1415, 0.0005, 1, "", false}}));
    ASSERT_EQ(q[17].numbers.size(), 1u);  // the range 3.141..3.142, as midpoint and half-width
    EXPECT_NEAR(q[17].numbers[0].value, 3.1415, 1e-12);
    EXPECT_NEAR(q[17].numbers[0].tolerance, 0.0005, 1e-12);
    EXPECT_EQ(q[18].numbers,
              (std::vector<NumericAnswer>{{1822, 0, 1, "", false}, {1822, 2, 0.5, "", false}}));
    EXPECT_EQ(q[19].numbers, (std::vector<NumericAnswer>{{4, 0, 1, "", false}}));

    EXPECT_EQ(q[20].id, "kanji-origins");
    EXPECT_EQ(q[20].prompt, "Japanese characters originally\ncame from what country?");
    EXPECT_EQ(q[21].id, "thanksgiving-date");
    EXPECT_EQ(q[22].choices[0].feedback, "feedback comment on the wrong answer");
    EXPECT_EQ(q[23].answers[0], (TextAnswer{"no one", 1, "excellent answer!"}));
    EXPECT_EQ(q[24].prompt, "Who's buried in **Grant's tomb**?");  // [markdown] kept as written
    EXPECT_EQ(q[25].explanation, "Answering True: No one is buried in Grant's tomb.");
    EXPECT_EQ(q[26].choices[1], (Choice{"half credit answer", false, "", 0.5}));
    EXPECT_EQ(q[27].id, "jesus-hometown");
    EXPECT_EQ(q[27].prompt, "Jesus Christ was from _____.");
    EXPECT_EQ(q[27].choices[1],
              (Choice{"Bethlehem", false, "He was born here, but not raised here.", 0.25}));
    EXPECT_EQ(q[28].id, "jesus-hometown-2");
    EXPECT_EQ(q[28].answers[1], (TextAnswer{"Nazereth", 0.75, "Right, but misspelled."}));
    EXPECT_EQ(q[29].choices[1], (Choice{"Grant", true, "", 0.5}));
    EXPECT_EQ(q[30].choices[0], (Choice{"No one", false, "", -0.5}));

    // Escaped control characters are text, never syntax.
    ASSERT_EQ(q[31].choices.size(), 3u);
    EXPECT_EQ(q[31].choices[1], (Choice{"= 2 + 3", true, ""}));
    EXPECT_EQ(q[32].id, "gift-control-characters");
    ASSERT_EQ(q[32].choices.size(), 6u);
    const char* controls[] = {"~", "=", "#", "{", "}", "\\"};
    for (int i = 0; i < 6; ++i) {
        EXPECT_EQ(q[32].choices[static_cast<size_t>(i)].text, controls[i]);
    }
    EXPECT_EQ(q[32].choices[0].feedback, "~ is a control character.");
    EXPECT_TRUE(q[32].choices[5].correct);
    EXPECT_EQ(q[32].choices[5].feedback.substr(0, 22), "Correct! \\ (backslash)");

    EXPECT_EQ(q[38].pairs.size(), 3u);  // "=Canada->Ottawa" without spaces
    EXPECT_EQ(q[38].pairs[0], (MatchPair{"Canada", "Ottawa"}));
    EXPECT_EQ(q[39].id, "grant-s-tomb");
    EXPECT_EQ(q[42].id, "numerical-example");
    EXPECT_EQ(q[42].numbers[1].feedback,
              "He was born in 1822.\nYou get 50% credit for being close.");
}

}  // namespace
}  // namespace summit::content
