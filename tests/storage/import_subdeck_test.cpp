// Questions with a per-question deck go into sub-decks "Bank deck::Sub", created on import,
// and move when a re-import changes their deck.
#include <set>
#include <string>

#include "storage/testing.h"
#include "test_support.h"

namespace summit::storage::test {
namespace {

using ImportSubDeckTest = CollectionTest;

// The guids listed for `deck` and not for any of `subdecks`: the questions directly in `deck`
// (a deck's listing includes its subdecks).
std::set<std::string> DirectGuids(Collection& collection, const std::string& deck,
                                  std::initializer_list<std::string> subdecks) {
    std::set<std::string> guids;
    for (const auto& question : Must(collection.ListQuestions(DeckNamed(collection, deck)))) {
        guids.insert(question.guid);
    }
    for (const std::string& subdeck : subdecks) {
        for (const auto& question :
             Must(collection.ListQuestions(DeckNamed(collection, subdeck)))) {
            guids.erase(question.guid);
        }
    }
    return guids;
}

content::Bank BankWithSubDecks() {
    content::Bank bank = SolarBank();
    bank.questions[1].deck = "Giants";
    bank.questions[2].deck = "Counts::Planets";
    return bank;
}

TEST_F(ImportSubDeckTest, QuestionsGoIntoSubDecksBelowTheBankDeck) {
    const ImportReport report = Must(collection_.ImportBank(BankWithSubDecks()));
    EXPECT_EQ(report.deck, "Solar system");
    EXPECT_TRUE(report.deck_created);
    EXPECT_EQ(report.added, 3);

    const auto top = Must(collection_.ListQuestions(DeckNamed(collection_, "Solar system")));
    EXPECT_EQ(top.size(), 3u);  // with its subdecks
    EXPECT_EQ(DirectGuids(collection_, "Solar system",
                          {"Solar system::Giants", "Solar system::Counts::Planets"}),
              std::set<std::string>{"solar/sun"});
    const auto giants =
        Must(collection_.ListQuestions(DeckNamed(collection_, "Solar system::Giants")));
    ASSERT_EQ(giants.size(), 1u);
    EXPECT_EQ(giants[0].guid, "solar/largest");
    const DeckId planets = DeckNamed(collection_, "Solar system::Counts::Planets");
    const auto counted = Must(collection_.ListQuestions(planets));
    ASSERT_EQ(counted.size(), 1u);
    CardQuery query;
    query.deck = planets;
    query.selection = CardSelection::kAll;
    EXPECT_EQ(Must(collection_.LoadCards(query)).size(), 1u);  // its card is there too
}

TEST_F(ImportSubDeckTest, ReimportMovesAQuestionWhoseDeckChanged) {
    Must(collection_.ImportBank(BankWithSubDecks()));
    content::Bank moved = BankWithSubDecks();
    moved.questions[1].deck.clear();
    const ImportReport report = Must(collection_.ImportBank(moved));
    EXPECT_EQ(report.updated, 1);
    EXPECT_FALSE(report.deck_created);
    EXPECT_EQ(DirectGuids(collection_, "Solar system", {"Solar system::Counts::Planets"}),
              (std::set<std::string>{"solar/sun", "solar/largest"}));
    CardQuery query;
    query.deck = DeckNamed(collection_, "Solar system");
    query.selection = CardSelection::kAll;
    EXPECT_EQ(Must(collection_.LoadCards(query)).size(), 4u);  // the sun's card both ways
    EXPECT_TRUE(
        Must(collection_.ListQuestions(DeckNamed(collection_, "Solar system::Giants"))).empty());
}

TEST_F(ImportSubDeckTest, TheDeckOverrideAlsoPrefixesSubDecks) {
    Must(collection_.ImportBank(BankWithSubDecks(), std::string("Astro")));
    EXPECT_EQ(Must(collection_.ListQuestions(DeckNamed(collection_, "Astro::Giants"))).size(), 1u);
}

}  // namespace
}  // namespace summit::storage::test
