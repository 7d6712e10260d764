// The report from the review log's summaries (FetchStatsSummaryInput) equals the report from
// every row (FetchStatsInput) on generated collections: random answers over two years, many
// on day boundaries, same-day repeats, future answers, answers undone, cards deleted and
// restored, in time zones with half- and quarter-hour offsets and every rollover hour.
#include <algorithm>
#include <cstdint>
#include <memory>
#include <random>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "app/decks/deck_settings_store.h"
#include "app/stats/day_index.h"
#include "app/stats/fetch.h"
#include "app/stats/report.h"
#include "stats_test_util.h"
#include "storage/collection.h"

namespace summit::stats {
namespace {

using testing::kDayMs;
using testing::TzGuard;

constexpr int64_t kHourMs = 3'600'000;
constexpr int64_t kNow = 20'786 * kDayMs + 15 * kHourMs + 123;  // 2026-11-28, mid-afternoon

template <typename T>
T Must(Result<T> result) {
    EXPECT_TRUE(result.has_value()) << result.error().ToString();
    return std::move(*result);
}

class SummaryFetchTest : public ::testing::Test {
  protected:
    void SetUp() override {
        collection_ =
            std::make_unique<storage::Collection>(Must(storage::Collection::OpenInMemory()));
        content::Bank bank;
        bank.id = "gen";
        bank.title = "Generated";
        for (int i = 0; i < 40; ++i) {
            content::Question question;
            question.id = "q" + std::to_string(i);
            question.prompt = "Prompt " + question.id;
            question.back = "Back";
            question.topic = "t" + std::to_string(i % 5);
            question.reversible = i % 3 == 0;
            bank.questions.push_back(question);
        }
        ASSERT_TRUE(collection_->ImportBank(bank).has_value());
        storage::CardQuery query = storage::CardQuery::All();
        query.full_questions = false;
        for (const storage::StudyCard& card : Must(collection_->LoadCards(query))) {
            cards_.push_back(card.id);
        }
    }

    // Local instants near the study-day boundaries of several rollover hours, and anywhere.
    int64_t RandomTime(int64_t from_ms, int64_t to_ms) {
        const int64_t any =
            from_ms + static_cast<int64_t>(rng_() % static_cast<uint64_t>(to_ms - from_ms));
        if (rng_() % 3 != 0) {
            return any;
        }
        // Snap to a whole local hour and step a millisecond either side of it.
        const int64_t hour = any - any % kHourMs;
        const int64_t offsets[] = {-1, 0, 1, 30 * 60'000 - 1, 45 * 60'000, 15 * 60'000 - 1};
        return std::clamp(hour + offsets[rng_() % std::size(offsets)], from_ms, to_ms - 1);
    }

    // `count` answers to random cards, with random phases and intervals, some repeated within
    // hours on the same card; appended oldest first as imports do.
    void AppendRandomLog(int count, int64_t from_ms, int64_t to_ms) {
        struct Event {
            int64_t time_ms;
            storage::CardId card;
        };
        std::vector<Event> events;
        for (int i = 0; i < count; ++i) {
            const storage::CardId card = cards_[rng_() % cards_.size()];
            const int64_t time = RandomTime(from_ms, to_ms);
            events.push_back({time, card});
            if (rng_() % 4 == 0) {  // again within a few hours: often the same study day
                events.push_back(
                    {std::min(to_ms - 1, time + static_cast<int64_t>(rng_() % (30 * kHourMs))),
                     card});
            }
        }
        std::sort(events.begin(), events.end(), [](const Event& a, const Event& b) {
            return a.time_ms != b.time_ms ? a.time_ms < b.time_ms : a.card.value < b.card.value;
        });
        std::vector<storage::ReviewAppend> log;
        for (const Event& event : events) {
            log.push_back({event.card, RandomState(event.time_ms), RandomRecord(event.time_ms)});
        }
        ASSERT_TRUE(collection_->AppendReviews(log).has_value());
    }

    CardState RandomState(int64_t time_ms) {
        static constexpr int kIntervals[] = {0, 1, 3, 20, 21, 22, 60, 400};
        CardState state;
        state.phase = static_cast<CardPhase>(rng_() % 4);
        state.scheduled_days = kIntervals[rng_() % std::size(kIntervals)];
        state.stability = 0.5 + static_cast<double>(rng_() % 500) / 10;
        state.difficulty = 1 + static_cast<double>(rng_() % 90) / 10;
        state.last_review_ms = time_ms;
        state.due_ms = time_ms + state.scheduled_days * kDayMs;
        state.reps = 1 + static_cast<int>(rng_() % 20);
        state.lapses = static_cast<int>(rng_() % 4);
        return state;
    }

    storage::ReviewRecord RandomRecord(int64_t time_ms) {
        storage::ReviewRecord record;
        record.time_ms = time_ms;
        record.rating = static_cast<Rating>(1 + rng_() % 4);
        record.correct = record.rating != Rating::kAgain;
        record.duration_ms = 1'000 + static_cast<int64_t>(rng_() % 30'000);
        return record;
    }

    void SetRollover(int hour) {
        study::DeckSettings settings;
        settings.rollover_hour = hour;
        ASSERT_TRUE(study::SaveDeckSettings(*collection_, std::nullopt, settings).has_value());
    }

    // Both reports as JSON, for the default options and a year-long period.
    void ExpectSameReports(bool expect_summary = true) {
        for (const int period : {30, 365}) {
            ReportOptions options;
            options.period_days = period;
            const StatsInput rows = Must(FetchStatsInput(*collection_, {}, kNow));
            const StatsInput summary =
                Must(FetchStatsSummaryInput(*collection_, {}, kNow, options));
            ASSERT_FALSE(rows.summary.has_value());
            EXPECT_EQ(summary.summary.has_value(), expect_summary);
            EXPECT_TRUE(summary.reviews.empty() || !expect_summary);
            EXPECT_EQ(StatsJson(ComputeReport(summary, options)),
                      StatsJson(ComputeReport(rows, options)))
                << "period " << period;
        }
    }

    std::unique_ptr<storage::Collection> collection_;
    std::vector<storage::CardId> cards_;
    std::mt19937_64 rng_{20261207};
};

TEST_F(SummaryFetchTest, EqualsTheRowsInTimeZonesAndRolloverHours) {
    AppendRandomLog(3'000, kNow - 800 * kDayMs, kNow + 2 * kDayMs);
    for (const char* zone :
         {"UTC", "America/New_York", "Asia/Kathmandu", "Australia/Lord_Howe", "Asia/Kolkata"}) {
        TzGuard tz(zone);
        for (const int hour : {0, 4, 23}) {
            SetRollover(hour);
            SCOPED_TRACE(std::string(zone) + " rollover " + std::to_string(hour));
            ExpectSameReports();
        }
    }
}

TEST_F(SummaryFetchTest, RetentionCountsOnlyTheFirstAnswerOfADay) {
    TzGuard tz("UTC");
    // The same card answered in the review phase three times today and twice yesterday.
    std::vector<storage::ReviewAppend> log;
    for (const int64_t time : {kNow - kDayMs, kNow - kDayMs + kHourMs, kNow - 3 * kHourMs,
                               kNow - 2 * kHourMs, kNow - kHourMs}) {
        CardState state;
        state.phase = CardPhase::kReview;
        state.scheduled_days = 30;
        storage::ReviewRecord record;
        record.time_ms = time;
        record.rating = time == kNow - 3 * kHourMs ? Rating::kGood : Rating::kAgain;
        log.push_back({cards_[0], state, record});
    }
    ASSERT_TRUE(collection_->AppendReviews(log).has_value());
    const StatsInput input = Must(FetchStatsSummaryInput(*collection_, {}, kNow));
    ASSERT_TRUE(input.summary.has_value());
    const RetentionTable table = ComputeReport(input).retention;
    EXPECT_EQ(table.mature[kPeriodToday].passed, 1);  // the first of today only
    EXPECT_EQ(table.mature[kPeriodToday].failed, 0);
    EXPECT_EQ(table.mature[kPeriodWeek].passed, 1);
    EXPECT_EQ(table.mature[kPeriodWeek].failed, 1);  // yesterday's first
    ExpectSameReports();
}

TEST_F(SummaryFetchTest, EqualsTheRowsAfterUndoDeletionAndRestore) {
    TzGuard tz("Europe/Berlin");
    AppendRandomLog(1'500, kNow - 400 * kDayMs, kNow - 2 * kHourMs);
    // Answers of today, recorded one by one as the window does, then two taken back.
    for (int i = 0; i < 6; ++i) {
        const storage::CardId card = cards_[static_cast<size_t>(i % 3)];
        const int64_t time = kNow - kHourMs + i * 60'000;
        ASSERT_TRUE(
            collection_->RecordReview(card, RandomState(time), RandomRecord(time)).has_value());
    }
    ASSERT_TRUE(collection_->UndoLastReview().has_value());
    ASSERT_TRUE(collection_->UndoLastReview().has_value());
    ExpectSameReports();
    // Deleted cards take their history with them; the bulk undo puts it back.
    storage::BulkAction remove;
    remove.kind = storage::BulkKind::kDelete;
    const std::vector<storage::CardId> doomed(cards_.begin(), cards_.begin() + 10);
    ASSERT_TRUE(collection_->ApplyBulk(remove, doomed).has_value());
    ExpectSameReports();
    ASSERT_TRUE(collection_->UndoBulk().has_value());
    ExpectSameReports();
    // A redo of an undone answer on the same day is a same-day repeat again.
    const int64_t time = kNow - 10 * 60'000;
    ASSERT_TRUE(
        collection_->RecordReview(cards_[0], RandomState(time), RandomRecord(time)).has_value());
    ExpectSameReports();
}

TEST_F(SummaryFetchTest, AStreakLongerThanAYearReadsOlderQuarters) {
    TzGuard tz("America/New_York");
    std::vector<storage::ReviewAppend> log;
    const DayIndex days = ReportDayIndex(study::DayRule{study::DayRule::kLocal, 4}, kNow);
    const int64_t today = days.Day(kNow);
    for (int64_t day = today - 499; day <= today; ++day) {
        const int64_t time = days.StartMs(day) + 2 * kHourMs;
        log.push_back(
            {cards_[static_cast<size_t>(day % 7)], RandomState(time), RandomRecord(time)});
    }
    ASSERT_TRUE(collection_->AppendReviews(log).has_value());
    const StatsInput input = Must(FetchStatsSummaryInput(*collection_, {}, kNow));
    ASSERT_TRUE(input.summary.has_value());
    EXPECT_FALSE(input.summary->older_answered_quarters.empty());
    EXPECT_EQ(ComputeReport(input).today_stats.streak_days, 500);
    ExpectSameReports();
}

TEST_F(SummaryFetchTest, DayBoundariesOffTheQuarterHourReadTheRows) {
    TzGuard tz("<+0007>-0:07");  // seven minutes east of UTC: no quarter-hour boundaries
    AppendRandomLog(300, kNow - 100 * kDayMs, kNow);
    ExpectSameReports(/*expect_summary=*/false);
}

TEST_F(SummaryFetchTest, FiltersReadTheRows) {
    AppendRandomLog(100, kNow - 10 * kDayMs, kNow);
    StatsFilter filter;
    filter.topic = "t1";
    const StatsInput input = Must(FetchStatsSummaryInput(*collection_, filter, kNow));
    EXPECT_FALSE(input.summary.has_value());
    EXPECT_EQ(StatsJson(ComputeReport(input)),
              StatsJson(ComputeReport(Must(FetchStatsInput(*collection_, filter, kNow)))));
}

TEST_F(SummaryFetchTest, ReadsOnlyTheListedQuestionsPrompts) {
    AppendRandomLog(500, kNow - 50 * kDayMs, kNow);
    const StatsInput input = Must(FetchStatsSummaryInput(*collection_, {}, kNow));
    ASSERT_TRUE(input.summary.has_value());
    EXPECT_LE(input.questions.size(), 10u);
    const StatsReport report = ComputeReport(input);
    ASSERT_FALSE(report.hardest.empty());
    for (const HardQuestion& question : report.hardest) {
        EXPECT_EQ(question.prompt.rfind("Prompt q", 0), 0u) << question.question_id;
    }
}

// The fetch ranks the hardest questions once, for its options' limit; a report asking for
// another limit ranks them again and still equals the rows' report.
TEST_F(SummaryFetchTest, AReportWithAnotherHardestLimitRanksAgain) {
    AppendRandomLog(500, kNow - 50 * kDayMs, kNow);
    const StatsInput input = Must(FetchStatsSummaryInput(*collection_, {}, kNow));
    ASSERT_TRUE(input.hardest.has_value());
    ReportOptions fewer;
    fewer.hardest_limit = 3;
    const StatsReport report = ComputeReport(input, fewer);
    EXPECT_LE(report.hardest.size(), 3u);
    EXPECT_EQ(StatsJson(report),
              StatsJson(ComputeReport(Must(FetchStatsInput(*collection_, {}, kNow)), fewer)));
}

}  // namespace
}  // namespace summit::stats
