// The home view's rows come from the collection's deck list.
#include "app/ui/home/home_model_load.h"

#include <gtest/gtest.h>

#include "storage/collection.h"

namespace summit::ui {
namespace {

content::Bank SmallBank(const std::string& id, const std::string& deck, int questions) {
    content::Bank bank;
    bank.id = id;
    bank.title = deck;
    for (int i = 0; i < questions; ++i) {
        content::Question question;
        question.id = "q" + std::to_string(i);
        question.prompt = "Front " + std::to_string(i);
        question.back = "Back " + std::to_string(i);
        question.reversible = i == 0;  // one question with two cards
        bank.questions.push_back(question);
    }
    return bank;
}

TEST(LoadHomeModelTest, EmptyCollectionHasNoRows) {
    auto collection = storage::Collection::OpenInMemory();
    ASSERT_TRUE(collection) << collection.error().ToString();
    auto model = LoadHomeModel(*collection, 1'700'000'000'000);
    ASSERT_TRUE(model) << model.error().ToString();
    EXPECT_TRUE(model->decks.empty());
}

TEST(LoadHomeModelTest, OneRowPerDeckWithItsCounts) {
    auto collection = storage::Collection::OpenInMemory();
    ASSERT_TRUE(collection) << collection.error().ToString();
    ASSERT_TRUE(collection->ImportBank(SmallBank("b1", "Capitals", 3)));
    ASSERT_TRUE(collection->ImportBank(SmallBank("b2", "日本語 verbs", 2)));
    auto model = LoadHomeModel(*collection, 1'700'000'000'000);
    ASSERT_TRUE(model) << model.error().ToString();
    ASSERT_EQ(model->decks.size(), 2u);
    const DeckRow* capitals = nullptr;
    const DeckRow* verbs = nullptr;
    for (const DeckRow& row : model->decks) {
        EXPECT_NE(row.deck_id.value, 0);
        (row.name == "Capitals" ? capitals : verbs) = &row;
    }
    ASSERT_NE(capitals, nullptr);
    ASSERT_NE(verbs, nullptr);
    EXPECT_EQ(verbs->name, "日本語 verbs");
    EXPECT_EQ(capitals->question_count, 3);
    EXPECT_EQ(capitals->new_count, 4);  // the reversible question has two cards
    EXPECT_EQ(capitals->learning_count, 0);
    EXPECT_EQ(capitals->due_count, 0);
    EXPECT_EQ(verbs->question_count, 2);
    EXPECT_NE(HomeModelText(*model).find("日本語 verbs"), std::string::npos);
}

TEST(LoadHomeModelTest, NewCountsAreCappedByTheDailyLimit) {
    auto collection = storage::Collection::OpenInMemory();
    ASSERT_TRUE(collection) << collection.error().ToString();
    ASSERT_TRUE(collection->ImportBank(SmallBank("big", "Big deck", 30)));
    auto model = LoadHomeModel(*collection, 1'700'000'000'000);
    ASSERT_TRUE(model) << model.error().ToString();
    ASSERT_EQ(model->decks.size(), 1u);
    EXPECT_EQ(model->decks.front().question_count, 30);
    EXPECT_EQ(model->decks.front().new_count, 20) << "the default 20 new cards a day";
}

}  // namespace
}  // namespace summit::ui
