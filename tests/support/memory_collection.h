// A GoogleTest fixture holding an in-memory collection with the current schema, optionally
// loaded with the example bank, so study tests start from one line instead of their own setup.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include <gtest/gtest.h>

#include "content/model/bank.h"
#include "storage/collection.h"

namespace summit::testing {

// SetUp opens an empty in-memory collection into collection_ and fails the test (fatally) when
// it cannot. Fixtures that extend SetUp call ASSERT_NO_FATAL_FAILURE(MemoryCollectionTest::SetUp())
// first, so a failed open stops them before they touch collection_.
// The id of the deck named `name`, as the command line resolves --deck NAME. Throws when no
// deck has the name, which GoogleTest reports as a failure of the current test.
storage::DeckId DeckNamed(const storage::Collection& collection, std::string_view name);

// Calls `use` with the id of the deck named `name`, or returns the resolver's error (kNotFound
// "no deck named '<name>'") without calling it: a name resolved once, as at the command line.
template <typename F>
auto WithDeckNamed(const storage::Collection& collection, std::string_view name, F&& use)
    -> decltype(use(storage::DeckId{})) {
    auto deck = collection.FindDeck(name);
    if (!deck) {
        return std::unexpected(deck.error());
    }
    return use(*deck);
}

// A bank `id` (titled `id`) of `count` one-card flashcards "q0".."q<count-1>", for tests that
// need decks of known sizes.
content::Bank FlashcardBank(const std::string& id, int count);

class MemoryCollectionTest : public ::testing::Test {
  protected:
    void SetUp() override;

    // Imports tests/data/json/solar-system.json (deck "Solar system"); fails the test fatally
    // when the file cannot be read or imported.
    void ImportExampleBank();

    std::optional<storage::Collection> collection_;
};

}  // namespace summit::testing
