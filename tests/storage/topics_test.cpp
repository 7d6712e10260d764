// The topics decks declare, read from the saved bank details without decoding questions.
#include <gtest/gtest.h>

#include "storage/collection.h"
#include "test_support.h"

namespace summit::storage {
namespace {

content::Bank BankWithTopics(const std::string& id, std::vector<content::Topic> topics) {
    content::Bank bank;
    bank.id = id;
    bank.title = "Deck " + id;
    bank.topics = std::move(topics);
    content::Question question;
    question.id = "q";
    question.prompt = "front";
    question.back = "back";
    question.topic = bank.topics.empty() ? "" : bank.topics.front().id;
    bank.questions.push_back(question);
    return bank;
}

class TopicsTest : public test::CollectionTest {};

TEST_F(TopicsTest, ListsTheTopicsOfOneDeckOrOfAll) {
    ASSERT_TRUE(collection_.ImportBank(
        BankWithTopics("a", {{"facts", "Facts", ""}, {"why", "Arguments", ""}})));
    ASSERT_TRUE(collection_.ImportBank(
        BankWithTopics("b", {{"facts", "Other facts", ""}, {"dates", "Dates", ""}})));
    auto one = collection_.ListTopics(test::DeckNamed(collection_, "Deck b"));
    ASSERT_TRUE(one.has_value());
    ASSERT_EQ(one->size(), 2u);
    EXPECT_EQ((*one)[0].name, "Other facts");

    auto all = collection_.ListTopics();
    ASSERT_TRUE(all.has_value());
    ASSERT_EQ(all->size(), 3u) << "a topic id shared by two banks is listed once";
    EXPECT_EQ((*all)[0].id, "facts");
    EXPECT_EQ((*all)[0].name, "Facts") << "decks in name order; the first declaration wins";

    auto missing = summit::testing::WithDeckNamed(
        collection_, "No such deck", [&](DeckId deck) { return collection_.ListTopics(deck); });
    ASSERT_FALSE(missing.has_value());
    EXPECT_EQ(missing.error().code, ErrorCode::kNotFound);
}

}  // namespace
}  // namespace summit::storage
