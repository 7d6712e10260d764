// The browser's search worker on a collection file: searches run on the worker's own
// connection, only the newest result is shown, and a bad query comes back as an error.
#include "app/ui/browse/search_worker.h"

#include <gtest/gtest.h>

#include "tests/support/memory_collection.h"
#include "tests/support/temp_dir.h"

namespace summit::ui {
namespace {

storage::BrowseQuery Query(std::string search) {
    storage::BrowseQuery query;
    query.search = std::move(search);
    return query;
}

class SearchWorkerTest : public ::testing::Test {
  protected:
    void SetUp() override {
        auto opened = storage::Collection::Open(dir_ / "collection.db");
        ASSERT_TRUE(opened.has_value()) << opened.error().ToString();
        collection_.emplace(std::move(*opened));
        ASSERT_TRUE(collection_->ImportBank(summit::testing::FlashcardBank("deck", 30)));
    }

    summit::testing::TempDir dir_;
    std::optional<storage::Collection> collection_;
};

TEST_F(SearchWorkerTest, SearchesOnItsOwnConnectionAndKeepsOnlyTheNewestResult) {
    SearchWorker worker(*collection_);
    worker.Submit(Query("q1"));
    worker.Submit(Query("q2"));
    const uint64_t newest = worker.Submit(Query(""));
    EXPECT_TRUE(worker.Pending());
    worker.WaitIdle();
    auto result = worker.TakeResult();
    ASSERT_TRUE(result.has_value());
    EXPECT_EQ(result->generation, newest);
    ASSERT_TRUE(result->ids.has_value());
    EXPECT_EQ(result->ids->size(), 30u);
    EXPECT_FALSE(worker.Pending());
    EXPECT_FALSE(worker.TakeResult().has_value());
}

TEST_F(SearchWorkerTest, SeesWhatTheUiConnectionCommittedAndReportsBadQueries) {
    SearchWorker worker(*collection_);
    const auto all = collection_->SearchCards(Query(""));
    ASSERT_TRUE(all.has_value());
    ASSERT_TRUE(collection_->ApplyBulk({storage::BulkKind::kSuspend, {}, "", 0},
                                       std::vector<storage::CardId>{(*all)[0], (*all)[1]}));
    worker.Submit(Query("is:suspended"));
    worker.WaitIdle();
    auto result = worker.TakeResult();
    ASSERT_TRUE(result && result->ids.has_value());
    EXPECT_EQ(result->ids->size(), 2u);

    worker.Submit(Query("is:"));
    worker.WaitIdle();
    result = worker.TakeResult();
    ASSERT_TRUE(result.has_value());
    ASSERT_FALSE(result->ids.has_value());
    EXPECT_EQ(result->ids.error().code, ErrorCode::kParse);
    EXPECT_EQ(result->ids.error().column, 4);
}

}  // namespace
}  // namespace summit::ui
