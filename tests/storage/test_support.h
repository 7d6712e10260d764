// Builders and file helpers shared by the storage tests.
#pragma once

#include <filesystem>
#include <functional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include <gtest/gtest.h>

#include "content/model/bank.h"
#include "storage/collection.h"
#include "tests/support/memory_collection.h"
#include "tests/support/temp_dir.h"

namespace summit::storage::test {

// Unwraps a Result. On an error it throws, which GoogleTest reports as a failure of the
// current test with the error's text.
template <typename T>
T Must(Result<T> result) {
    if (!result) {
        throw std::runtime_error(result.error().ToString());
    }
    return std::move(*result);
}
inline void Must(const Status& status) {
    if (!status) {
        throw std::runtime_error(status.error().ToString());
    }
}

content::Question Flashcard(const std::string& id, const std::string& front,
                            const std::string& back, bool reversible = false);
content::Question MultipleChoice(const std::string& id, const std::string& prompt);
content::Question Typed(const std::string& id, const std::string& prompt,
                        const std::string& answer);

// A bank "solar" titled "Solar system" with three questions: a reversible flashcard, a
// multiple choice and a typed question (4 cards).
content::Bank SolarBank();
// A bank with `count` typed questions, for volume tests.
content::Bank LargeBank(const std::string& id, int count);
// Every deck's name, sorted.
std::vector<std::string> DeckNames(const Collection& collection);
// Records one Good review of `card` at 1,000 ms that leaves it in review, due at 5,000 ms with
// a 4-day interval: a card with a schedule and a history to keep.
void ReviewOnce(Collection& collection, CardId card);
// The SQL of every statement naming `table` that the collection runs while `work` runs, as
// SQLite's trace reports it (for checking query plans).
std::vector<std::string> StatementsNaming(Collection& collection, std::string_view table,
                                          const std::function<void()>& work);
// The detail column of each row of EXPLAIN QUERY PLAN for `sql` on the collection's
// connection (a failure, and no rows, when it does not prepare).
std::vector<std::string> QueryPlan(Collection& collection, const std::string& sql);

// Scratch directories, whole-file reads and writes and deck lookups by name come from the
// shared test support.
using summit::testing::DeckNamed;
using summit::testing::ReadFile;
using summit::testing::TempDir;
using summit::testing::WriteFile;

// Runs SQL on the file through a separate plain SQLite connection; fails the test on error.
void ExecOnFile(const std::filesystem::path& path, const std::string& sql);
// The path of a file under tests/data/storage.
std::filesystem::path DataFile(const std::string& name);

// An in-memory collection with the current schema.
class CollectionTest : public ::testing::Test {
  protected:
    Collection collection_ = Must(Collection::OpenInMemory());
};

}  // namespace summit::storage::test
