// Every index on the cards table is one some query plan uses: the study queue's selections,
// the due-card read of every deck and the deck list. An index no plan used would be size for
// nothing (a million-review collection keeps 10 MB of card indexes).
#include <functional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include <sqlite3.h>

#include "storage/testing.h"
#include "test_support.h"

namespace summit::storage::test {
namespace {

constexpr int64_t kNow = 1'800'000'000'000;

TEST(CardIndexesTest, EveryCardIndexIsUsedByAQueryPlan) {
    auto collection = Must(Collection::OpenInMemory());
    Must(collection.ImportBank(SolarBank()));
    const DeckId deck = DeckNamed(collection, "Solar system");
    const auto statements = StatementsNaming(collection, "cards", [&] {
        Must(collection.LoadCards(CardQuery::Due(std::nullopt, kNow, kNow)));
        QueueRowQuery queue;
        queue.now_ms = kNow;
        queue.learning_due_before_ms = kNow;
        queue.review_due_before_ms = kNow;
        queue.day_start_ms = kNow;
        Must(collection.LoadQueueRows(queue));
        queue.deck = deck;
        Must(collection.LoadQueueRows(queue));
        Must(collection.ListDecks(kNow, kNow));
    });
    ASSERT_GE(statements.size(), 3u);

    sqlite3* db = CollectionTestPeer::Handle(collection);
    std::set<std::string> existing;
    sqlite3_stmt* indexes = nullptr;
    ASSERT_EQ(sqlite3_prepare_v2(db,
                                 "SELECT name FROM sqlite_schema WHERE type = 'index' AND "
                                 "tbl_name = 'cards' AND sql IS NOT NULL",
                                 -1, &indexes, nullptr),
              SQLITE_OK);
    while (sqlite3_step(indexes) == SQLITE_ROW) {
        existing.insert(reinterpret_cast<const char*>(sqlite3_column_text(indexes, 0)));
    }
    sqlite3_finalize(indexes);
    ASSERT_FALSE(existing.empty());

    std::set<std::string> used;
    for (const std::string& sql : statements) {
        for (const std::string& detail : QueryPlan(collection, sql)) {
            for (const std::string& index : existing) {
                if (detail.find("INDEX " + index + " ") != std::string::npos ||
                    detail.ends_with("INDEX " + index)) {
                    used.insert(index);
                }
            }
        }
    }
    EXPECT_EQ(used, existing);
}

}  // namespace
}  // namespace summit::storage::test
