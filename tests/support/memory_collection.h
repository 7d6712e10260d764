// A GoogleTest fixture holding an in-memory collection with the current schema, optionally
// loaded with the example bank, so study tests start from one line instead of their own setup.
#pragma once

#include <optional>

#include <gtest/gtest.h>

#include "storage/collection.h"

namespace summit::testing {

// SetUp opens an empty in-memory collection into collection_ and fails the test (fatally) when
// it cannot. Fixtures that extend SetUp call ASSERT_NO_FATAL_FAILURE(MemoryCollectionTest::SetUp())
// first, so a failed open stops them before they touch collection_.
class MemoryCollectionTest : public ::testing::Test {
  protected:
    void SetUp() override;

    // Imports tests/data/json/solar-system.json (deck "Solar system"); fails the test fatally
    // when the file cannot be read or imported.
    void ImportExampleBank();

    std::optional<storage::Collection> collection_;
};

}  // namespace summit::testing
