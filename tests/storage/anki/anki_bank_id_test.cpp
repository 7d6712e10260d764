// Each Anki package's notes form banks of their own: the same note in two packages becomes two
// questions that never update each other, while importing one package again updates its own.
#include <algorithm>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "storage/anki/anki_import.h"
#include "storage/anki/anki_to_bank.h"

namespace summit::storage::anki {
namespace {

constexpr std::int64_t kDefaultDeck = 1;

// One Basic note with GUID "shared" whose back is `back`, its card in deck `deck_id` named
// `deck`, in a collection created at `crt`.
AnkiPackage OneNotePackage(std::int64_t deck_id, const std::string& deck, std::int64_t crt,
                           const std::string& back) {
    AnkiPackage package;
    package.creation_secs = crt;
    package.note_types.push_back(
        {7,
         "Basic",
         AnkiNoteType::Kind::kStandard,
         {"Front", "Back"},
         {{"Card 1", "{{Front}}", "{{FrontSide}}<hr id=answer>{{Back}}"}}});
    package.decks.push_back({kDefaultDeck, "Default"});
    if (deck_id != kDefaultDeck) {
        package.decks.push_back({deck_id, deck});
    }
    package.notes.push_back({100, "shared", 7, {"la casa", back}, {}});
    AnkiCard card;
    card.id = 200;
    card.note_id = 100;
    card.deck_id = deck_id;
    package.cards.push_back(card);
    return package;
}

ImportReport Import(Collection& collection, const AnkiPackage& package) {
    const AnkiConversion conversion = ConvertAnkiPackage(package, "p.apkg");
    auto report = ImportAnkiPackage(collection, package, conversion, {});
    EXPECT_TRUE(report.has_value()) << report.error().ToString();
    EXPECT_EQ(report.value_or(AnkiImportReport{}).banks.size(), 1u);
    return report && !report->banks.empty() ? report->banks[0] : ImportReport{};
}

std::vector<std::string> BacksByGuid(const Collection& collection) {
    auto cards = collection.LoadCards(CardQuery::All());
    EXPECT_TRUE(cards.has_value());
    std::vector<std::string> backs;
    for (const StudyCard& card : cards.value_or(std::vector<StudyCard>{})) {
        backs.push_back(card.guid.substr(0, card.guid.find('/')) + " " + card.question.back);
    }
    std::sort(backs.begin(), backs.end());
    return backs;
}

TEST(AnkiBankId, ADecksOwnIdElseTheCollectionsCreation) {
    EXPECT_EQ(AnkiBankId(OneNotePackage(1482680798652, "Spanish", 100, "house"), "Spanish"),
              "anki-d1482680798652");
    // Every collection's Default deck has id 1: its creation time tells collections apart.
    EXPECT_EQ(AnkiBankId(OneNotePackage(kDefaultDeck, "Default", 1375902000, "house"), "Default"),
              "anki-c1375902000");
    EXPECT_EQ(ConvertAnkiPackage(OneNotePackage(55, "Spanish::Nouns", 9, "house"), "p")
                  .banks.at(0)
                  .bank.id,
              "anki-c9")
        << "the top-level deck \"Spanish\" is not in this package: the collection names it";
}

TEST(AnkiBankId, TwoPackagesWithTheSameNoteStayApartAndEachUpdatesItself) {
    auto opened = Collection::OpenInMemory();
    ASSERT_TRUE(opened.has_value());
    Collection& collection = *opened;
    const AnkiPackage first = OneNotePackage(kDefaultDeck, "Default", 1000, "house");
    const AnkiPackage second = OneNotePackage(kDefaultDeck, "Default", 2000, "home");
    const AnkiPackage spanish = OneNotePackage(1482680798652, "Spanish", 1000, "casa");
    EXPECT_EQ(Import(collection, first).added, 1);
    EXPECT_EQ(Import(collection, second).added, 1);
    EXPECT_EQ(Import(collection, spanish).added, 1);
    EXPECT_EQ(BacksByGuid(collection),
              (std::vector<std::string>{"anki-c1000 house", "anki-c2000 home",
                                        "anki-d1482680798652 casa"}));

    // The first package again, its note edited: only its own question changes.
    const ImportReport again =
        Import(collection, OneNotePackage(kDefaultDeck, "Default", 1000, "the house"));
    EXPECT_EQ(again.added, 0);
    EXPECT_EQ(again.updated, 1);
    EXPECT_EQ(BacksByGuid(collection),
              (std::vector<std::string>{"anki-c1000 the house", "anki-c2000 home",
                                        "anki-d1482680798652 casa"}));
}

}  // namespace
}  // namespace summit::storage::anki
