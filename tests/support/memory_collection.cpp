// The in-memory collection fixture and the example bank it can import.
#include "tests/support/memory_collection.h"

#include <stdexcept>
#include <string>

#include "content/formats/json_bank.h"

namespace summit::testing {

storage::DeckId DeckNamed(const storage::Collection& collection, std::string_view name) {
    auto deck = collection.FindDeck(name);
    if (!deck) {
        throw std::runtime_error(deck.error().ToString());
    }
    return *deck;
}

void MemoryCollectionTest::SetUp() {
    auto opened = storage::Collection::OpenInMemory();
    ASSERT_TRUE(opened.has_value()) << opened.error().ToString();
    collection_.emplace(std::move(*opened));
}

void MemoryCollectionTest::ImportExampleBank() {
    ASSERT_TRUE(collection_.has_value());
    auto bank =
        content::LoadJsonBankFile(std::string(SUMMIT_TEST_DATA_DIR) + "/json/solar-system.json");
    if (!bank) {
        std::string errors;
        for (const Error& error : bank.error()) {
            errors += error.ToString() + "\n";
        }
        FAIL() << "example bank: " << errors;
    }
    auto report = collection_->ImportBank(*bank);
    ASSERT_TRUE(report.has_value()) << report.error().ToString();
}

}  // namespace summit::testing
