// Shuffled display orders: a permutation per seed, a new seed per review, fixed_order kept,
// and the seed recorded with each review so the order shown can be rebuilt.
#include "app/study/shuffle.h"

#include <algorithm>
#include <set>
#include <vector>

#include <gtest/gtest.h>

#include "app/study/answering.h"
#include "app/study/session.h"
#include "tests/support/memory_collection.h"

namespace summit::study {
namespace {

content::Question Choices(int count) {
    content::Question q;
    q.id = "choices";
    q.type = content::QuestionType::kMultipleChoice;
    for (int i = 0; i < count; ++i) {
        q.choices.push_back({"choice " + std::to_string(i), i == 0, ""});
    }
    return q;
}

bool IsPermutation(const std::vector<int>& order, size_t count) {
    std::vector<int> sorted = order;
    std::ranges::sort(sorted);
    for (size_t i = 0; i < sorted.size(); ++i) {
        if (sorted[i] != static_cast<int>(i)) {
            return false;
        }
    }
    return sorted.size() == count;
}

TEST(ShownOrderTest, TheCorrectChoiceTakesEveryPlace) {
    const content::Question q = Choices(4);
    std::set<int> rows_of_correct;
    for (uint32_t seed = 0; seed < 64; ++seed) {
        const ShownOrder order = ShownOrderFor(q, seed);
        ASSERT_TRUE(IsPermutation(order.choices, 4));
        EXPECT_EQ(ShownOrderFor(q, seed).choices, order.choices) << "same seed, same order";
        rows_of_correct.insert(
            static_cast<int>(std::ranges::find(order.choices, 0) - order.choices.begin()));
    }
    EXPECT_EQ(rows_of_correct, (std::set<int>{0, 1, 2, 3}));
}

TEST(ShownOrderTest, FixedOrderKeepsTheWrittenChoices) {
    content::Question q = Choices(4);
    q.fixed_order = true;
    for (uint32_t seed = 0; seed < 16; ++seed) {
        EXPECT_EQ(ShownOrderFor(q, seed).choices, (std::vector<int>{0, 1, 2, 3}));
    }
}

TEST(ShownOrderTest, RightsAndItemsNeverShowTheAnswer) {
    content::Question matching;
    matching.id = "m";
    matching.type = content::QuestionType::kMatching;
    matching.pairs = {{"a", "1"}, {"b", "2"}};
    content::Question ordering;
    ordering.id = "o";
    ordering.type = content::QuestionType::kOrdering;
    ordering.items = {"x", "y", "z"};
    for (uint32_t seed = 0; seed < 32; ++seed) {
        EXPECT_EQ(ShownOrderFor(matching, seed).rights, (std::vector<int>{1, 0}));
        const std::vector<int> items = ShownOrderFor(ordering, seed).items;
        EXPECT_TRUE(IsPermutation(items, 3));
        EXPECT_FALSE(std::ranges::is_sorted(items)) << seed;
    }
}

TEST(ShuffleSeedTest, NewForEachReviewAndCardAndQuiz) {
    const storage::CardId card{7};
    EXPECT_EQ(ReviewShuffleSeed(card, 3), ReviewShuffleSeed(card, 3));
    EXPECT_NE(ReviewShuffleSeed(card, 3), ReviewShuffleSeed(card, 4));
    EXPECT_NE(ReviewShuffleSeed(card, 3), ReviewShuffleSeed(storage::CardId{8}, 3));
    EXPECT_EQ(QuizShuffleSeed(11, card), QuizShuffleSeed(11, card));
    EXPECT_NE(QuizShuffleSeed(11, card), QuizShuffleSeed(12, card));
    EXPECT_NE(QuizShuffleSeed(11, card), QuizShuffleSeed(11, storage::CardId{8}));
}

class ShuffleSessionTest : public summit::testing::MemoryCollectionTest {
  protected:
    void SetUp() override {
        ASSERT_NO_FATAL_FAILURE(MemoryCollectionTest::SetUp());
        ASSERT_NO_FATAL_FAILURE(ImportExampleBank());
    }
    int64_t now_ = 1'750'000'000'000;
};

// The session records the seed it offered for the card being answered; a review with nothing
// shown (AnswerCard without a seed, as `summit review`) records none.
TEST_F(ShuffleSessionTest, EachReviewKeepsTheSeedItWasShownWith) {
    auto session = StudySession::Start(
        *collection_, QueueSelection{summit::testing::DeckNamed(*collection_, "Solar system"), {}},
        [this] { return now_; });
    ASSERT_TRUE(session.has_value()) << session.error().ToString();
    ASSERT_FALSE(session->Finished());
    const storage::CardId card = session->Current().id;
    const int reps = session->Current().state.reps;
    const uint32_t seed = session->ShuffleSeed();
    EXPECT_EQ(seed, ReviewShuffleSeed(card, reps));
    if (session->DisplayedQuestion().type == content::QuestionType::kFlashcard) {
        ASSERT_TRUE(session->Reveal().has_value());
    } else {
        Answer dont_know;
        dont_know.dont_know = true;
        ASSERT_TRUE(session->Submit(dont_know).has_value());
    }
    ASSERT_TRUE(session->Rate(Rating::kAgain).has_value());
    auto log = collection_->ReadReviewLog();
    ASSERT_TRUE(log.has_value());
    ASSERT_EQ(log->size(), 1u);
    EXPECT_EQ(log->back().card_id, card);
    EXPECT_EQ(log->back().shuffle_seed, std::optional<int64_t>(seed));

    // The next review of the same card is shown with another seed.
    auto after = collection_->GetCard(card);
    ASSERT_TRUE(after.has_value());
    EXPECT_EQ(after->state.reps, reps + 1);
    EXPECT_NE(ReviewShuffleSeed(card, after->state.reps), seed);

    now_ += 60'000;
    ASSERT_TRUE(AnswerCard(*collection_, card, Rating::kGood, now_, ReviewDetails{}).has_value());
    log = collection_->ReadReviewLog();
    ASSERT_TRUE(log.has_value());
    ASSERT_EQ(log->size(), 2u);
    EXPECT_EQ(log->back().shuffle_seed, std::nullopt);
}

}  // namespace
}  // namespace summit::study
