// The queue's narrow reads (LoadQueueRows) and the stored source-point keys of schema v4.
#include <algorithm>

#include "storage/codec/source_key.h"
#include "storage/testing.h"
#include "test_support.h"

namespace summit::storage::test {
namespace {

constexpr int64_t kDay = 86'400'000;
constexpr int64_t kNow = 100 * kDay;
constexpr int64_t kDayStart = kNow - kDay / 2;
constexpr int64_t kNextDay = kDayStart + kDay;

class QueueRowsTest : public CollectionTest {
  protected:
    void SetUp() override {
        Must(collection_.ImportBank(SolarBank()));           // 4 cards
        Must(collection_.ImportBank(LargeBank("big", 12)));  // 12 cards
        solar_ =
            Must(collection_.LoadCards(CardQuery::All(DeckNamed(collection_, "Solar system"))));
        big_ = Must(collection_.LoadCards(CardQuery::All(DeckNamed(collection_, "Large big"))));
    }

    void Schedule(const StudyCard& card, CardState state) {
        Must(collection_.RecordReview(card.id, state, {kNow - 10, Rating::kGood, "", true, 1}));
    }
    // A review card last reviewed `days_ago` whole days ago with this stability.
    void Review(const StudyCard& card, int64_t days_ago, double stability, int64_t due_ms) {
        CardState state;
        state.phase = CardPhase::kReview;
        state.stability = stability;
        state.due_ms = due_ms;
        state.last_review_ms = kDayStart - days_ago * kDay + 1;
        state.scheduled_days = 1;
        Schedule(card, state);
    }

    QueueRowQuery Query(std::optional<std::string> deck = {}) const {
        QueueRowQuery query;
        if (deck) {
            query.deck = DeckNamed(collection_, *deck);
        }
        query.now_ms = kNow;
        query.learning_due_before_ms = kNow + 1;
        query.review_due_before_ms = kNextDay;
        query.day_start_ms = kDayStart;
        return query;
    }

    static std::vector<int64_t> Ids(const QueueRows& rows) {
        std::vector<int64_t> ids;
        for (const QueueRow& row : rows.rows) {
            ids.push_back(row.id.value);
        }
        return ids;
    }

    std::vector<StudyCard> solar_;
    std::vector<StudyCard> big_;
};

TEST_F(QueueRowsTest, ReadsLearningThenReviewsThenNewOfOneDeck) {
    CardState learning;
    learning.phase = CardPhase::kLearning;
    learning.due_ms = kNow - 5;
    Schedule(big_[0], learning);
    learning.due_ms = kNow + 60'000;  // not due, outside the window asked for
    Schedule(big_[1], learning);
    learning.phase = CardPhase::kRelearning;
    learning.due_ms = kNow + kDay / 4;  // day-scale step: due for the whole study day
    learning.scheduled_days = 1;
    Schedule(big_[2], learning);
    Review(big_[3], 2, 10.0, kNow - 1);
    Review(big_[4], 20, 10.0, kNow + 1);
    Review(big_[5], 1, 10.0, kNextDay);  // tomorrow: not due
    Review(solar_[0], 30, 1.0, kNow);    // another deck

    const QueueRows rows = Must(collection_.LoadQueueRows(Query("Large big")));
    // Learning by due time; reviews most at risk first (20 days beats 2); new cards in order.
    std::vector<int64_t> expected = {big_[0].id.value, big_[2].id.value, big_[4].id.value,
                                     big_[3].id.value};
    for (size_t i = 6; i < big_.size(); ++i) {
        expected.push_back(big_[i].id.value);
    }
    EXPECT_EQ(Ids(rows), expected);
    EXPECT_EQ(rows.review_due_total, 2);
    EXPECT_EQ(rows.rows[0].question_id, big_[0].question_id);
    EXPECT_EQ(rows.rows[2].state.phase, CardPhase::kReview);
    EXPECT_DOUBLE_EQ(rows.rows[2].state.stability, 10.0);
    EXPECT_EQ(rows.rows[2].state.last_review_ms, kDayStart - 20 * kDay + 1);

    const QueueRows all = Must(collection_.LoadQueueRows(Query()));
    EXPECT_EQ(all.review_due_total, 3);
    EXPECT_EQ(all.rows.size(), rows.rows.size() + 4);  // + the solar review and 3 new cards
}

TEST_F(QueueRowsTest, LimitsCutNewCardsAndLowRiskReviewsButCountEveryDueReview) {
    // Elapsed / stability: 3/1, 10/100, 50/10, 5/50 and, without stability, 4/2 since now.
    Review(big_[0], 3, 1.0, kNow - 1);
    Review(big_[1], 10, 100.0, kNow - 2);
    Review(big_[2], 50, 10.0, kNow - 3);
    Review(big_[3], 5, 50.0, kNow - 4);
    CardState sm2;
    sm2.phase = CardPhase::kReview;
    sm2.scheduled_days = 2;
    sm2.last_review_ms = kNow - 4 * kDay;
    sm2.due_ms = kNow - 5;
    Schedule(big_[4], sm2);
    Must(collection_.SetSuspended(big_[5].id, true));
    Must(collection_.BuryUntil(big_[6].id, kNextDay));

    QueueRowQuery query = Query("Large big");
    query.review_limit = 0;  // the margin still returns every due review here, ranked
    query.new_limit = 2;
    const QueueRows rows = Must(collection_.LoadQueueRows(query));
    EXPECT_EQ(Ids(rows), (std::vector<int64_t>{big_[2].id.value, big_[0].id.value, big_[4].id.value,
                                               big_[3].id.value, big_[1].id.value, big_[7].id.value,
                                               big_[8].id.value}));
    EXPECT_EQ(rows.review_due_total, 5);
}

TEST_F(QueueRowsTest, TopicFilterAndUnknownDeck) {
    content::Bank bank = LargeBank("topics", 4);
    bank.questions[1].topic = "t1";
    bank.questions[3].topic = "t1";
    Must(collection_.ImportBank(bank));
    QueueRowQuery query = Query("Large topics");
    query.topic = "t1";
    const QueueRows rows = Must(collection_.LoadQueueRows(query));
    ASSERT_EQ(rows.rows.size(), 2u);
    EXPECT_LT(rows.rows[0].id.value, rows.rows[1].id.value);

    auto missing = summit::testing::WithDeckNamed(collection_, "No such deck", [&](DeckId deck) {
        QueueRowQuery unknown = Query();
        unknown.deck = deck;
        return collection_.LoadQueueRows(unknown);
    });
    ASSERT_FALSE(missing);
    EXPECT_EQ(missing.error().code, ErrorCode::kNotFound);
}

TEST_F(QueueRowsTest, SourceKeysFollowTheQuestionsSourceAndTopic) {
    content::Bank bank = LargeBank("src", 3);
    bank.questions[0].source = content::SourceRef{"Article", 4};
    bank.questions[1].source = content::SourceRef{"Article", 4};
    bank.questions[0].topic = bank.questions[1].topic = "t";
    Must(collection_.ImportBank(bank));
    auto keys = [&] {
        std::vector<uint64_t> out;
        for (const QueueRow& row : Must(collection_.LoadQueueRows(Query("Large src"))).rows) {
            out.push_back(row.source_key);
        }
        return out;
    };
    const uint64_t key = SourceKey("src", "Article", 4, "t");
    EXPECT_NE(key, 0u);
    EXPECT_EQ(keys(), (std::vector<uint64_t>{key, key, 0}));

    bank.questions[1].topic = "u";  // re-import: the changed question's card is re-keyed
    Must(collection_.ImportBank(bank));
    EXPECT_EQ(keys(), (std::vector<uint64_t>{key, SourceKey("src", "Article", 4, "u"), 0}));
}

TEST(SourceKeyTest, SeparatesPartsAndHasNoKeyWithoutAParagraph) {
    EXPECT_EQ(SourceKey("b", "a", -1, "t"), 0u);
    EXPECT_NE(SourceKey("b", "a", 0, "t"), 0u);
    EXPECT_NE(SourceKey("ab", "", 1, "t"), SourceKey("a", "b", 1, "t"));
    EXPECT_NE(SourceKey("b", "a", 1, "t"), SourceKey("b", "a", 11, "t"));
    EXPECT_EQ(GuidBank("bank/q1"), "bank");
    EXPECT_EQ(GuidBank("plain"), "plain");
}

TEST(QueueMigrationTest, FromV3FillsEachCardsDeckAndSourceKey) {
    TempDir dir;
    const auto path = dir / "v3.db";
    ExecOnFile(path, ReadFile(DataFile("v3.sql")));
    // A question with a source point, as version 3 stored it.
    ExecOnFile(path, R"sql(
        UPDATE questions SET source_paragraph = 7, topic = 'facts:planets',
            data = json_set(data, '$.source', json('{"article":"Planets","paragraph":7}'),
                            '$.topic', 'facts:planets')
        WHERE guid = 'solar/largest';)sql");

    auto collection = Must(Collection::Open(path));
    const QueueRows rows = Must(collection.LoadQueueRows([&] {
        QueueRowQuery query;
        query.deck = DeckNamed(collection, "Solar system");
        query.now_ms = 1'730'000'000'000;
        query.learning_due_before_ms = query.now_ms;
        query.review_due_before_ms = query.now_ms;
        query.day_start_ms = query.now_ms;
        return query;
    }()));
    // The reviewed card (question 2, now with a source point), then the two unsuspended new
    // cards; the suspended reverse card is left out.
    ASSERT_EQ(rows.rows.size(), 3u);
    EXPECT_EQ(rows.rows[0].question_id.value, 2);
    EXPECT_EQ(rows.rows[0].source_key, SourceKey("solar", "Planets", 7, "facts:planets"));
    EXPECT_EQ(rows.rows[1].source_key, 0u);
    EXPECT_EQ(rows.review_due_total, 1);
    auto& db = CollectionTestPeer::Connection(collection);
    EXPECT_EQ(Must(QueryInt(db, "SELECT count(*) FROM cards WHERE deck_id = 1")), 4);
    EXPECT_EQ(
        Must(QueryInt(
            db, "SELECT count(*) FROM revlog JOIN cards c ON c.id = card_id WHERE c.deck_id = 1")),
        3);
    // Today's counts read the review's deck; a new review records it too.
    EXPECT_EQ(Must(collection.CountReviewsSince(DeckNamed(collection, "Solar system"), 0))
                  .Count(CardPhase::kReview),
              1);
    CardState next = Must(collection.GetCard(CardId{3})).state;
    Must(collection.RecordReview(CardId{3}, next, {1'730'000'000'000, Rating::kGood, "", true, 9}));
    EXPECT_EQ(Must(collection.CountReviewsSince(DeckNamed(collection, "Solar system"), 0))
                  .Count(CardPhase::kReview),
              2);
    EXPECT_EQ(Must(collection.CountReviewsSince(std::nullopt, 0)).Count(CardPhase::kReview), 2);
}

}  // namespace
}  // namespace summit::storage::test
