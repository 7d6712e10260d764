// The in-memory collection fixture and the example bank it can import.
#include "tests/support/memory_collection.h"

#include <stdexcept>
#include <string>

#include "content/formats/json_bank.h"
#include "tests/support/test_paths.h"

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
    auto bank = content::LoadJsonBankFile(
        (summit::testing::TestDataDir() / "json/solar-system.json").string());
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

content::Bank FlashcardBank(const std::string& id, int count) {
    content::Bank bank;
    bank.id = id;
    bank.title = id;
    for (int i = 0; i < count; ++i) {
        content::Question question;
        question.id = "q" + std::to_string(i);
        question.prompt = id + " front " + std::to_string(i);
        question.back = "back";
        bank.questions.push_back(question);
    }
    return bank;
}

}  // namespace summit::testing
