// Creating a collection: the schema and the seed are one transaction, a new file appears only
// when complete, concurrent creators agree on one collection, and impossible versions are
// refused.
#include <algorithm>
#include <filesystem>
#include <thread>
#include <vector>

#include "storage/testing.h"
#include "test_support.h"

namespace summit::storage::test {
namespace {

OpenOptions SeedingWith(std::function<Status(Collection&)> seed) {
    OpenOptions options;
    options.seed = std::move(seed);
    return options;
}

Status ImportSolar(Collection& collection) {
    auto imported = collection.ImportBank(SolarBank());
    return imported ? Status{} : Fail(imported.error());
}

std::vector<std::string> FilesIn(const std::filesystem::path& dir) {
    std::vector<std::string> names;
    for (const auto& entry : std::filesystem::directory_iterator(dir)) {
        names.push_back(entry.path().filename().string());
    }
    std::ranges::sort(names);
    return names;
}

TEST(CreateTest, TheSeedIsImportedWithTheSchemaAndNothingIsLeftBeside) {
    TempDir dir;
    const auto path = dir / "collection.db";
    {
        auto collection = Must(Collection::Open(path, SeedingWith(ImportSolar)));
        EXPECT_TRUE(collection.WasCreated());
        EXPECT_EQ(Must(collection.ListQuestions()).size(), 3u);
    }
    EXPECT_EQ(FilesIn(dir.path()), std::vector<std::string>{"collection.db"});
    // The seed runs once: reopening finds the bank instead of importing it again.
    auto reopened = Must(Collection::Open(path, SeedingWith([](Collection&) -> Status {
                                              ADD_FAILURE() << "seeded an existing collection";
                                              return {};
                                          })));
    EXPECT_FALSE(reopened.WasCreated());
}

TEST(CreateTest, AFailingSeedLeavesNoCollectionBehind) {
    TempDir dir;
    const auto path = dir / "collection.db";
    auto opened =
        Collection::Open(path, SeedingWith([](Collection& collection) -> Status {
                             if (auto imported = collection.ImportBank(SolarBank()); !imported) {
                                 return Fail(imported.error());
                             }
                             return Fail(ErrorCode::kIo, "the seed broke halfway");
                         }));
    ASSERT_FALSE(opened);
    EXPECT_EQ(opened.error().code, ErrorCode::kIo);
    EXPECT_EQ(opened.error().message, "the seed broke halfway");
    EXPECT_TRUE(FilesIn(dir.path()).empty());

    // The next start creates it properly.
    auto collection = Must(Collection::Open(path, SeedingWith(ImportSolar)));
    EXPECT_TRUE(collection.WasCreated());
    EXPECT_EQ(Must(collection.ListQuestions()).size(), 3u);
}

TEST(CreateTest, ConcurrentCreatorsAllOpenTheOneCollectionOneOfThemMade) {
    TempDir dir;
    const auto path = dir / "collection.db";
    constexpr int kCreators = 6;
    std::vector<std::optional<Result<Collection>>> results(kCreators);
    {
        std::vector<std::jthread> creators;
        for (int i = 0; i < kCreators; ++i) {
            creators.emplace_back([&, i] {
                OpenOptions options = SeedingWith(ImportSolar);
                options.busy_timeout_ms = 10'000;
                results[i].emplace(Collection::Open(path, options));
            });
        }
    }
    int created = 0;
    for (auto& result : results) {
        ASSERT_TRUE(result && result->has_value()) << (*result).error().ToString();
        created += (*result)->WasCreated() ? 1 : 0;
        EXPECT_EQ(Must((*result)->ListQuestions()).size(), 3u);
    }
    EXPECT_EQ(created, 1);
    results.clear();
    EXPECT_EQ(FilesIn(dir.path()), std::vector<std::string>{"collection.db"});
}

TEST(CreateTest, ImportsAreStampedByTheGivenClock) {
    TempDir dir;
    OpenOptions options = SeedingWith(ImportSolar);
    options.clock = [] { return int64_t{1'234'567'890'123}; };
    auto collection = Must(Collection::Open(dir / "collection.db", options));
    EXPECT_EQ(Must(QueryInt(CollectionTestPeer::Connection(collection),
                            "SELECT min(created_ms) = max(created_ms) AND "
                            "max(created_ms) = 1234567890123 FROM decks")),
              1);
}

TEST(CreateTest, ANegativeSchemaVersionIsReportedAsDamagedAndTheFileIsUntouched) {
    TempDir dir;
    const auto path = dir / "odd.db";
    { Must(Collection::Open(path, SeedingWith(ImportSolar))); }
    ExecOnFile(path, "PRAGMA user_version = -3");
    const std::string before = ReadFile(path);

    auto opened = Collection::Open(path);
    ASSERT_FALSE(opened);
    EXPECT_EQ(opened.error().code, ErrorCode::kCorrupt);
    EXPECT_NE(opened.error().message.find("schema version -3"), std::string::npos);
    EXPECT_EQ(ReadFile(path), before);
}

}  // namespace
}  // namespace summit::storage::test
