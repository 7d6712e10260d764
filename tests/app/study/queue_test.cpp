// The pure queue rules, one at a time, on hand-made card rows and a fixed clock.
#include "app/study/queue.h"

#include <string>
#include <vector>

#include <gtest/gtest.h>

namespace summit::study {
namespace {

constexpr int64_t kMinute = 60'000;
constexpr int64_t kHour = 60 * kMinute;
constexpr int64_t kDay = 24 * kHour;
constexpr int64_t kNow = 1'750'000'000'000;  // fixed clock
constexpr int64_t kNextDay = kNow + 6 * kHour;

// A card builder: Card(7).Review(due).Key(3) and so on.
struct Card {
    QueueCard row;
    explicit Card(int64_t id) {
        row.card_id = storage::CardId{id};
        row.question_key = static_cast<uint64_t>(id) * 1000;  // unrelated by default
        row.position = id;
    }
    Card& Learning(int64_t due_ms) {
        row.state.phase = CardPhase::kLearning;
        row.state.due_ms = due_ms;
        return *this;
    }
    Card& Relearning(int64_t due_ms) {
        row.state.phase = CardPhase::kRelearning;
        row.state.due_ms = due_ms;
        return *this;
    }
    Card& Review(int64_t due_ms, double stability = 10) {
        row.state.phase = CardPhase::kReview;
        row.state.due_ms = due_ms;
        row.state.stability = stability;
        return *this;
    }
    Card& Question(uint64_t key) {
        row.question_key = key;
        return *this;
    }
    Card& Source(uint64_t key) {
        row.source_key = key;
        return *this;
    }
    Card& Suspended() {
        row.suspended = true;
        return *this;
    }
    Card& Buried() {
        row.buried = true;
        return *this;
    }
    Card& ScheduledDays(int days) {
        row.state.scheduled_days = days;
        return *this;
    }
    operator QueueCard() const { return row; }
};

QueueOptions Options() {
    QueueOptions options;
    options.now_ms = kNow;
    options.next_day_start_ms = kNextDay;
    // Stability stands in for retrievability: the less stable, the more at risk.
    options.retrievability = [](const CardState& s) { return s.stability / 100.0; };
    return options;
}

std::string Render(const StudyQueue& queue) {
    std::string text;
    for (const QueueEntry& e : queue.entries) {
        if (!text.empty()) {
            text += ' ';
        }
        text += std::to_string(e.card_id.value) + ":" + QueueReasonName(e.reason);
    }
    return text;
}

struct OrderCase {
    const char* name;
    std::vector<QueueCard> cards;
    std::string expected;
};

class QueueOrderTest : public ::testing::TestWithParam<OrderCase> {};

TEST_P(QueueOrderTest, OrdersAsSpecified) {
    const OrderCase& c = GetParam();
    EXPECT_EQ(Render(BuildQueue(c.cards, Options())), c.expected) << c.name;
}

INSTANTIATE_TEST_SUITE_P(
    Rules, QueueOrderTest,
    ::testing::Values(
        OrderCase{"learning first, by due time",
                  {Card(1).Review(kNow - kDay), Card(2).Learning(kNow - kMinute),
                   Card(3).Relearning(kNow - 5 * kMinute)},
                  "3:learning 2:learning 1:review"},
        OrderCase{"learning not yet due is left out while other work exists",
                  {Card(1).Learning(kNow + 5 * kMinute), Card(2).Review(kNow)},
                  "2:review"},
        OrderCase{"reviews at risk first",
                  {Card(1).Review(kNow - kDay, 50), Card(2).Review(kNow - kDay, 5),
                   Card(3).Review(kNow + kHour, 20)},
                  "2:review 3:review 1:review"},
        OrderCase{"reviews due before the next day start only",
                  {Card(1).Review(kNextDay - 1), Card(2).Review(kNextDay)},
                  "1:review"},
        OrderCase{"suspended and buried excluded",
                  {Card(1).Review(kNow).Suspended(), Card(2).Learning(kNow).Buried(), Card(3),
                   Card(4).Suspended(), Card(5).Review(kNow)},
                  "3:new 5:review"},
        OrderCase{"new cards by position", {Card(9), Card(4), Card(6)}, "4:new 6:new 9:new"},
        OrderCase{"new interleaved evenly between reviews",
                  {Card(1).Review(kNow, 1), Card(2).Review(kNow, 2), Card(3).Review(kNow, 3),
                   Card(4).Review(kNow, 4), Card(5).Review(kNow, 5), Card(6).Review(kNow, 6),
                   Card(10), Card(11)},
                  "1:review 2:review 10:new 3:review 4:review 11:new 5:review 6:review"},
        OrderCase{"learn ahead only when idle",
                  {Card(1).Learning(kNow + 10 * kMinute), Card(2).Learning(kNow + 19 * kMinute),
                   Card(3).Learning(kNow + 21 * kMinute)},
                  "1:ahead 2:ahead"},
        OrderCase{"day-scale learning step is due all day",
                  {Card(1).Learning(kNow + kHour).ScheduledDays(1),
                   Card(2).Learning(kNextDay).ScheduledDays(1)},
                  "1:learning"},
        OrderCase{"two directions of a flashcard not back to back",
                  {Card(1).Review(kNow, 1).Question(7), Card(2).Review(kNow, 2).Question(7),
                   Card(3).Review(kNow, 3)},
                  "1:review 3:review 2:review"},
        OrderCase{"same source point not back to back",
                  {Card(1).Review(kNow, 1).Source(5), Card(2).Review(kNow, 2).Source(5),
                   Card(3).Review(kNow, 3).Source(6), Card(4).Review(kNow, 4).Source(6)},
                  "1:review 3:review 2:review 4:review"},
        OrderCase{"related cards stay together when nothing can go between",
                  {Card(1).Review(kNow, 1).Question(7), Card(2).Review(kNow, 2).Question(7)},
                  "1:review 2:review"},
        OrderCase{"nothing to study", {Card(1).Review(kNextDay + kDay)}, ""}),
    [](const auto& info) { return "Case" + std::to_string(info.index); });

struct LimitCase {
    int new_per_day;
    int reviews_per_day;
    StudiedToday studied;
    int reviews_due;
    int new_cards;
    int expect_review;
    int expect_new;
};

class QueueLimitTest : public ::testing::TestWithParam<LimitCase> {};

TEST_P(QueueLimitTest, AppliesDailyLimits) {
    const LimitCase& c = GetParam();
    std::vector<QueueCard> cards;
    int64_t id = 1;
    for (int i = 0; i < c.reviews_due; ++i) {
        cards.push_back(Card(id++).Review(kNow - kHour, i));
    }
    for (int i = 0; i < c.new_cards; ++i) {
        cards.push_back(Card(id++));
    }
    cards.push_back(Card(id++).Learning(kNow - kMinute));  // learning is never limited
    QueueOptions options = Options();
    options.new_per_day = c.new_per_day;
    options.reviews_per_day = c.reviews_per_day;
    options.studied_today = c.studied;
    const StudyQueue queue = BuildQueue(cards, options);
    EXPECT_EQ(queue.review, c.expect_review);
    EXPECT_EQ(queue.fresh, c.expect_new);
    EXPECT_EQ(queue.learning, 1);
    EXPECT_EQ(queue.review_due_total, c.reviews_due);
    EXPECT_EQ(queue.new_available, c.new_cards);
}

INSTANTIATE_TEST_SUITE_P(
    Limits, QueueLimitTest,
    ::testing::Values(LimitCase{20, 200, {0, 0}, 5, 30, 5, 20},  // new limit
                      LimitCase{20, 200, {15, 0}, 5, 30, 5, 5},  // minus new introduced today
                      LimitCase{20, 200, {25, 0}, 5, 30, 5, 0},  // over the new limit already
                      LimitCase{20, 10, {0, 0}, 30, 30, 10, 0},  // reviews fill the room first
                      LimitCase{20, 10, {0, 4}, 3, 30, 3, 3},    // minus reviews done today
                      LimitCase{20, 10, {2, 4}, 3, 30, 3, 1},    // new ones count toward both
                      LimitCase{0, 200, {0, 0}, 0, 30, 0, 0},    // no new cards
                      LimitCase{20, 0, {0, 0}, 5, 5, 0, 0}));    // no room at all

TEST(QueueTest, LimitedReviewsKeepTheMostAtRisk) {
    std::vector<QueueCard> cards = {Card(1).Review(kNow, 30), Card(2).Review(kNow, 10),
                                    Card(3).Review(kNow, 20)};
    QueueOptions options = Options();
    options.reviews_per_day = 2;
    EXPECT_EQ(Render(BuildQueue(cards, options)), "2:review 3:review");
}

TEST(QueueTest, WithoutRetrievabilityReviewsGoByDue) {
    std::vector<QueueCard> cards = {Card(1).Review(kNow, 1), Card(2).Review(kNow - kDay, 50)};
    QueueOptions options = Options();
    options.retrievability = nullptr;
    EXPECT_EQ(Render(BuildQueue(cards, options)), "2:review 1:review");
}

TEST(QueueTest, FirstCardIsNotRelatedToThePreviousAnswer) {
    std::vector<QueueCard> cards = {Card(2).Review(kNow, 1).Question(7), Card(3).Review(kNow, 2)};
    QueueOptions options = Options();
    options.previous = Card(1).Question(7);
    EXPECT_EQ(Render(BuildQueue(cards, options)), "3:review 2:review");
}

TEST(QueueTest, NewCardsSpreadWhenThereAreMoreNewThanReviews) {
    std::vector<QueueCard> cards = {Card(1).Review(kNow), Card(10), Card(11), Card(12)};
    EXPECT_EQ(Render(BuildQueue(cards, Options())), "10:new 1:review 11:new 12:new");
}

TEST(QueueTest, RelatedDefinition) {
    EXPECT_TRUE(Related(Card(1).Question(4), Card(2).Question(4)));
    EXPECT_TRUE(Related(Card(1).Source(9), Card(2).Source(9)));
    EXPECT_FALSE(Related(Card(1).Question(4), Card(2).Question(5)));
    // A zero key means "none", never "same".
    EXPECT_FALSE(Related(Card(1).Question(0), Card(2).Question(0)));
}

TEST(QueueTest, LongRunOfOneQuestionCostsLinearTimeAndKeepsEveryCard) {
    std::vector<QueueCard> cards;
    for (int64_t id = 1; id <= 2000; ++id) {
        cards.push_back(
            Card(id).Review(kNow, static_cast<double>(id)).Question(id <= 1000 ? 1 : id));
    }
    QueueOptions options = Options();
    options.reviews_per_day = 5000;
    const StudyQueue queue = BuildQueue(cards, options);
    ASSERT_EQ(queue.entries.size(), 2000u);
    std::vector<bool> seen(2001, false);
    for (const QueueEntry& e : queue.entries) {
        EXPECT_FALSE(seen[static_cast<size_t>(e.card_id.value)]);
        seen[static_cast<size_t>(e.card_id.value)] = true;
    }
    // The first 1000 related cards are separated by the others for as long as they last.
    for (size_t i = 1; i < 2000; ++i) {
        if (queue.entries[i].card_id.value <= 1000 && queue.entries[i - 1].card_id.value <= 1000) {
            EXPECT_GE(i, 1999u) << "related cards back to back at " << i;
            break;
        }
    }
}

}  // namespace
}  // namespace summit::study
