// The queue read from a collection, and the study-day boundary in a real time zone.
#include <cstdlib>
#include <ctime>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "app/study/answering.h"
#include "app/study/queue.h"
#include "tests/support/memory_collection.h"
#include "tests/support/time_zone.h"

namespace summit::study {
namespace {

constexpr int64_t kMinute = 60'000;
constexpr int64_t kHour = 60 * kMinute;
constexpr int64_t kDay = 24 * kHour;

using summit::testing::LocalMs;
using summit::testing::ScopedTimeZone;

QueueCard ReviewDue(int64_t id, int64_t due_ms) {
    QueueCard card;
    card.card_id = storage::CardId{id};
    card.question_key = static_cast<uint64_t>(id);
    card.state.phase = CardPhase::kReview;
    card.state.stability = 10;
    card.state.due_ms = due_ms;
    return card;
}

std::vector<int64_t> Ids(const StudyQueue& queue) {
    std::vector<int64_t> ids;
    for (const QueueEntry& e : queue.entries) {
        ids.push_back(e.card_id.value);
    }
    return ids;
}

TEST(StudyDayTest, RolloverHourIsTheBoundaryInLocalTime) {
    ScopedTimeZone zone("America/New_York");
    DeckSettings settings;  // rollover at 04:00
    const std::vector<QueueCard> cards = {
        ReviewDue(1, LocalMs(2025, 1, 15, 3, 59)),
        ReviewDue(2, LocalMs(2025, 1, 15, 4, 0)),
        ReviewDue(3, LocalMs(2025, 1, 15, 23, 0)),
    };
    // 03:30 still belongs to the 14th: only what is due before 04:00 on the 15th.
    const int64_t before = LocalMs(2025, 1, 15, 3, 30);
    EXPECT_EQ(Ids(BuildQueue(cards, MakeQueueOptions(settings, before, {}))),
              (std::vector<int64_t>{1}));
    // At 04:00 the 15th begins and runs to 04:00 on the 16th.
    const int64_t after = LocalMs(2025, 1, 15, 4, 0);
    EXPECT_EQ(Ids(BuildQueue(cards, MakeQueueOptions(settings, after, {}))),
              (std::vector<int64_t>{1, 2, 3}));

    settings.rollover_hour = 0;
    EXPECT_EQ(Ids(BuildQueue(cards, MakeQueueOptions(settings, before, {}))),
              (std::vector<int64_t>{1, 2, 3}));
}

TEST(StudyDayTest, DayStartAcrossDaylightSavingChanges) {
    ScopedTimeZone zone("America/New_York");
    const DayRule rule{DayRule::kLocal, 4};
    // 2025-03-09: clocks jump from 02:00 to 03:00, so that study day lasts 23 hours.
    EXPECT_EQ(StudyDayStartMs(LocalMs(2025, 3, 9, 3, 30), rule), LocalMs(2025, 3, 8, 4, 0));
    EXPECT_EQ(StudyDayStartMs(LocalMs(2025, 3, 9, 4, 0), rule), LocalMs(2025, 3, 9, 4, 0));
    EXPECT_EQ(LocalMs(2025, 3, 9, 4, 0) - LocalMs(2025, 3, 8, 4, 0), 23 * kHour);
    // 2025-11-02: 01:00-02:00 happens twice; that study day lasts 25 hours.
    EXPECT_EQ(StudyDayStartMs(LocalMs(2025, 11, 3, 3, 59), rule), LocalMs(2025, 11, 2, 4, 0));
    EXPECT_EQ(StudyDayStartMs(LocalMs(2025, 11, 2, 4, 0) - 1, rule), LocalMs(2025, 11, 1, 4, 0));
}

content::Bank TopicBank() {
    content::Bank bank;
    bank.id = "topics";
    bank.title = "Topics";
    auto add = [&](const char* id, const char* topic, int paragraph, bool reversible) {
        content::Question q;
        q.id = id;
        q.type = content::QuestionType::kFlashcard;
        q.prompt = std::string("front ") + id;
        q.back = std::string("back ") + id;
        q.topic = topic;
        q.reversible = reversible;
        if (paragraph >= 0) {
            q.source = content::SourceRef{"", paragraph};
        }
        bank.questions.push_back(q);
    };
    add("p1", "facts:people", 1, true);   // two cards, related
    add("p2", "facts:people", 1, false);  // same source point as p1
    add("p3", "facts:people", 2, false);
    add("d1", "facts:dates", 3, false);
    add("d2", "facts:dates", -1, false);
    return bank;
}

class QueueFetchTest : public summit::testing::MemoryCollectionTest {
  protected:
    void SetUp() override {
        ASSERT_NO_FATAL_FAILURE(MemoryCollectionTest::SetUp());
        ASSERT_TRUE(collection_->ImportBank(TopicBank()).has_value());
    }

    StudyQueue Fetch(QueueSelection selection, int64_t now_ms) {
        auto queue = FetchQueue(*collection_, selection, now_ms);
        EXPECT_TRUE(queue.has_value()) << queue.error().ToString();
        return queue ? *queue : StudyQueue{};
    }

    int64_t now_ = 1'750'000'000'000;
};

TEST_F(QueueFetchTest, NewCardsOfTheDeckInImportOrderWithRelatedSpaced) {
    const StudyQueue queue =
        Fetch({summit::testing::DeckNamed(*collection_, "Topics"), std::nullopt}, now_);
    ASSERT_EQ(queue.entries.size(), 6u);
    EXPECT_EQ(queue.fresh, 6);
    std::set<int64_t> distinct;
    for (size_t i = 0; i < queue.entries.size(); ++i) {
        EXPECT_EQ(queue.entries[i].reason, QueueReason::kNew);
        distinct.insert(queue.entries[i].card_id.value);
    }
    EXPECT_EQ(distinct.size(), 6u);
    // No two neighbours from one question or one source point.
    auto cards = collection_->LoadCards({summit::testing::DeckNamed(*collection_, "Topics"),
                                         storage::CardSelection::kAll, 0, now_});
    ASSERT_TRUE(cards.has_value());
    std::vector<QueueCard> rows;
    for (const auto& card : *cards) {
        rows.push_back(ToQueueCard(card, 0, now_));
    }
    auto row_of = [&](storage::CardId id) {
        for (const auto& row : rows) {
            if (row.card_id == id) {
                return row;
            }
        }
        return QueueCard{};
    };
    for (size_t i = 1; i < queue.entries.size(); ++i) {
        EXPECT_FALSE(
            Related(row_of(queue.entries[i - 1].card_id), row_of(queue.entries[i].card_id)))
            << "at " << i;
    }
}

TEST_F(QueueFetchTest, TopicSelectionAndUnknownDeck) {
    const StudyQueue dates = Fetch({std::nullopt, "facts:dates"}, now_);
    EXPECT_EQ(dates.entries.size(), 2u);
    auto missing =
        summit::testing::WithDeckNamed(*collection_, "No such deck", [&](storage::DeckId deck) {
            return FetchQueue(*collection_, {deck, std::nullopt}, now_);
        });
    ASSERT_FALSE(missing.has_value());
    EXPECT_EQ(missing.error().code, ErrorCode::kNotFound);
}

TEST_F(QueueFetchTest, NewCardsIntroducedTodayCountAgainstTheLimit) {
    DeckSettings settings;
    settings.new_per_day = 3;
    ASSERT_TRUE(SaveDeckSettings(*collection_, std::nullopt, settings).has_value());
    StudyQueue queue = Fetch({}, now_);
    ASSERT_EQ(queue.fresh, 3);

    const storage::CardId first = queue.entries[0].card_id;
    ASSERT_TRUE(AnswerCard(*collection_, first, Rating::kGood, now_, {}).has_value());
    queue = Fetch({}, now_ + 1000);
    EXPECT_EQ(queue.fresh, 2);
    EXPECT_EQ(queue.learning, 0);  // due in 10 minutes; new cards are still there
    for (const QueueEntry& e : queue.entries) {
        EXPECT_NE(e.card_id, first);
    }

    // Once the new limit is used up the learning card is asked ahead...
    for (int i = 0; i < 2; ++i) {
        ASSERT_TRUE(AnswerCard(*collection_, queue.entries[static_cast<size_t>(i)].card_id,
                               Rating::kEasy, now_ + 2000, {})
                        .has_value());
    }
    queue = Fetch({}, now_ + 3000);
    ASSERT_EQ(queue.entries.size(), 1u);
    EXPECT_EQ(queue.entries[0], (QueueEntry{first, QueueReason::kAhead}));
    // ...and is an ordinary learning card once due.
    queue = Fetch({}, now_ + 10 * kMinute);
    ASSERT_EQ(queue.entries.size(), 1u);
    EXPECT_EQ(queue.entries[0], (QueueEntry{first, QueueReason::kLearning}));
    // A new study day brings new cards back.
    queue = Fetch({}, now_ + kDay);
    EXPECT_EQ(queue.fresh, 3);
}

// Today's answers are counted only as far as the review limit: past it the room is 0 however
// the answers split between new and review cards, and below it the count is exact.
TEST_F(QueueFetchTest, AnswersPastTheReviewLimitLeaveOnlyLearningCards) {
    DeckSettings settings;
    settings.new_per_day = 6;
    settings.reviews_per_day = 2;
    ASSERT_TRUE(SaveDeckSettings(*collection_, std::nullopt, settings).has_value());
    StudyQueue queue = Fetch({}, now_);
    ASSERT_EQ(queue.fresh, 2);
    std::set<int64_t> answered;
    settings.reviews_per_day = 6;
    ASSERT_TRUE(SaveDeckSettings(*collection_, std::nullopt, settings).has_value());
    for (int i = 0; i < 3; ++i) {
        queue = Fetch({}, now_ + i);
        ASSERT_FALSE(queue.entries.empty());
        const storage::CardId card = queue.entries[0].card_id;
        ASSERT_EQ(queue.entries[0].reason, QueueReason::kNew);
        ASSERT_TRUE(AnswerCard(*collection_, card, Rating::kGood, now_ + i, {}).has_value());
        answered.insert(card.value);
    }

    settings.reviews_per_day = 2;  // three new cards today: one past the limit
    ASSERT_TRUE(SaveDeckSettings(*collection_, std::nullopt, settings).has_value());
    queue = Fetch({}, now_ + 1000);
    EXPECT_EQ(queue.fresh, 0);
    EXPECT_EQ(queue.review, 0);
    EXPECT_EQ(queue.ahead, 3);  // the answered cards, due within the learn-ahead window
    for (const QueueEntry& e : queue.entries) {
        EXPECT_TRUE(answered.count(e.card_id.value)) << e.card_id.value;
    }

    settings.reviews_per_day = 4;  // room for one more
    ASSERT_TRUE(SaveDeckSettings(*collection_, std::nullopt, settings).has_value());
    queue = Fetch({}, now_ + 1000);
    EXPECT_EQ(queue.fresh, 1);
    EXPECT_EQ(queue.ahead, 0);
}

TEST_F(QueueFetchTest, SuspendedAndBuriedCardsAreLeftOut) {
    const StudyQueue all = Fetch({}, now_);
    ASSERT_GE(all.entries.size(), 2u);
    const storage::CardId suspended = all.entries[0].card_id;
    const storage::CardId buried = all.entries[1].card_id;
    ASSERT_TRUE(collection_->SetSuspended(suspended, true).has_value());
    ASSERT_TRUE(collection_->BuryUntil(buried, now_ + kHour).has_value());
    const StudyQueue queue = Fetch({}, now_);
    EXPECT_EQ(queue.entries.size(), all.entries.size() - 2);
    for (const QueueEntry& e : queue.entries) {
        EXPECT_NE(e.card_id, suspended);
        EXPECT_NE(e.card_id, buried);
    }
    EXPECT_EQ(Fetch({}, now_ + 2 * kHour).entries.size(), all.entries.size() - 1);
}

}  // namespace
}  // namespace summit::study
