// Headless tests of the Progress view over an in-memory collection with a hand-built review
// history: the numbers and explanations drawn, tooltips, filters, errors and going back.
#include "app/ui/progress/progress_view.h"

#include <chrono>
#include <filesystem>
#include <optional>
#include <string>
#include <thread>

#define GLFW_INCLUDE_NONE
#include <GLFW/glfw3.h>
#include <gtest/gtest.h>

#include "app/stats/day_index.h"
#include "app/stats/report.h"
#include "storage/collection.h"
#include "tests/app/stats/stats_test_util.h"
#include "tests/app/ui/harness.h"

namespace summit::ui {
namespace {

using stats::testing::LocalMs;
using stats::testing::TzGuard;

// Four flashcards: three planets, one moon.
content::Bank SolarBank() {
    content::Bank bank;
    bank.id = "solar";
    bank.title = "Solar system";
    const char* topics[] = {"facts:planets", "facts:planets", "facts:planets", "facts:moons"};
    for (int i = 0; i < 4; ++i) {
        content::Question question;
        question.id = "q" + std::to_string(i);
        question.prompt = "Front " + std::to_string(i);
        question.back = "Back " + std::to_string(i);
        question.topic = topics[i];
        bank.questions.push_back(question);
    }
    return bank;
}

class ProgressViewTest : public ::testing::Test {
  protected:
    void SetUp() override {
        // Large enough that every section is on screen (off-screen text is not drawn).
        harness_.io().DisplaySize = ImVec2(1400, 4000);
        now_ = LocalMs(2024, 3, 15, 12);
    }

    // Fills `collection` with: today three answers (two first-time, one Again), yesterday and
    // the day before one each (a three-day streak), and 45 days ago one more, outside the
    // default 30-day period.
    void BuildHistory(storage::Collection& collection) {
        ASSERT_TRUE(collection.ImportBank(SolarBank()));
        auto cards = collection.LoadCards(storage::CardQuery::All());
        ASSERT_TRUE(cards);
        ASSERT_EQ(cards->size(), 4u);
        const storage::CardId c0 = (*cards)[0].id;
        const storage::CardId c1 = (*cards)[1].id;
        const storage::CardId c2 = (*cards)[2].id;
        const storage::CardId moon = (*cards)[3].id;
        Answer(collection, moon, LocalMs(2024, 1, 30, 9), Rating::kGood);
        Answer(collection, c0, LocalMs(2024, 3, 13, 9), Rating::kGood);
        Answer(collection, c0, LocalMs(2024, 3, 14, 9), Rating::kGood);
        Answer(collection, c0, LocalMs(2024, 3, 15, 10), Rating::kGood);
        Answer(collection, c1, LocalMs(2024, 3, 15, 10, 5), Rating::kAgain);
        Answer(collection, c2, LocalMs(2024, 3, 15, 10, 10), Rating::kGood);
        storage::QuizAttempt quiz;
        quiz.started_ms = LocalMs(2024, 3, 14, 18);
        quiz.finished_ms = LocalMs(2024, 3, 14, 18, 10);
        quiz.score = 7;
        quiz.max_score = 10;
        ASSERT_TRUE(collection.InsertQuizAttempt(quiz));
    }

    void Answer(storage::Collection& collection, storage::CardId card, int64_t time_ms,
                Rating rating) {
        CardState state;
        state.phase = rating == Rating::kAgain ? CardPhase::kLearning : CardPhase::kReview;
        state.stability = 3;
        state.difficulty = 5;
        state.last_review_ms = time_ms;
        state.scheduled_days = 3;
        state.due_ms = time_ms + 3 * stats::testing::kDayMs;
        state.reps = 1;
        storage::ReviewRecord review;
        review.time_ms = time_ms;
        review.rating = rating;
        review.correct = rating != Rating::kAgain;
        review.duration_ms = 20'000;
        ASSERT_TRUE(collection.RecordReview(card, state, review));
    }

    // Opens an empty in-memory collection into collection_, with BuildHistory's when asked.
    void OpenInMemory(bool with_history) {
        auto opened = storage::Collection::OpenInMemory();
        ASSERT_TRUE(opened);
        collection_.emplace(std::move(*opened));
        if (with_history) {
            BuildHistory(*collection_);
        }
    }

    std::function<void()> Drawer(ProgressView& view) {
        return [&view, this] { view.Draw(now_); };
    }

    static int Total(const std::vector<stats::DayCount>& days) {
        int total = 0;
        for (const stats::DayCount& day : days) {
            total += day.Total();
        }
        return total;
    }

    TzGuard tz_{"UTC"};
    testing::Harness harness_;
    int64_t now_ = 0;
    std::optional<storage::Collection> collection_;
};

TEST_F(ProgressViewTest, ShowsTodayStreakAndEveryExplanation) {
    ASSERT_NO_FATAL_FAILURE(OpenInMemory(/*with_history=*/true));
    ProgressView view(*collection_);
    const auto draw = Drawer(view);
    harness_.Frame(draw);
    const std::string text = harness_.FrameText(draw);

    ASSERT_NE(view.data(), nullptr);
    const stats::StatsReport& report = view.data()->report;
    EXPECT_EQ(report.today_stats.reviews, 3);
    EXPECT_EQ(report.today_stats.correct, 2);
    EXPECT_EQ(report.today_stats.streak_days, 3);
    EXPECT_NE(text.find("Answered"), std::string::npos) << text;
    EXPECT_NE(text.find("66.7%"), std::string::npos) << text;
    EXPECT_NE(text.find("3 days"), std::string::npos) << text;
    EXPECT_NE(text.find("1 min"), std::string::npos) << text;    // 3 x 20 s
    EXPECT_NE(text.find("Front 1"), std::string::npos) << text;  // the lapsed one is hardest
    EXPECT_NE(text.find("facts:moons"), std::string::npos) << text;
    for (const std::string& line :
         {stats::ExplainToday(report.today_stats),
          stats::ExplainReviewsPerDay(report.reviews_per_day),
          stats::ExplainForecast(report.forecast), stats::ExplainStates(report.states),
          stats::ExplainRetention(report.retention), stats::ExplainButtons(report.buttons),
          stats::ExplainCalendar(report.calendar), stats::ExplainTopics(report.topics),
          stats::ExplainHardest(report.hardest), stats::ExplainKnowledge(report.knowledge),
          stats::ExplainQuizzes(report.quizzes)}) {
        EXPECT_NE(text.find(line), std::string::npos) << "missing: " << line;
    }
    EXPECT_NE(text.find("You answered 3 questions today"), std::string::npos) << text;
    EXPECT_NE(view.FindChart("quizzes"), nullptr);
    EXPECT_NE(view.FindChart("calendar"), nullptr);
}

TEST_F(ProgressViewTest, HoveringTodaysBarShowsItsExactCounts) {
    ASSERT_NO_FATAL_FAILURE(OpenInMemory(/*with_history=*/true));
    ProgressView view(*collection_);
    const auto draw = Drawer(view);
    harness_.Frame(draw);
    const ChartResult* chart = view.FindChart("reviews_per_day");
    ASSERT_NE(chart, nullptr);
    const ImVec2 span = SlotSpan(chart->plot_min, chart->plot_max, 30, 29);
    harness_.io().MousePos = ImVec2((span.x + span.y) / 2, chart->plot_max.y - 2);
    harness_.Frame(draw);
    const std::string text = harness_.FrameText(draw);
    EXPECT_EQ(view.FindChart("reviews_per_day")->hovered, 29);
    EXPECT_NE(text.find(stats::DateString(view.data()->report.today)), std::string::npos) << text;
    EXPECT_NE(text.find("New: 2"), std::string::npos) << text;     // c1 and c2, first time
    EXPECT_NE(text.find("Review: 1"), std::string::npos) << text;  // c0 again
    EXPECT_NE(text.find("Total: 3"), std::string::npos) << text;
}

TEST_F(ProgressViewTest, PeriodButtonChangesTheReviewsPerDayChart) {
    ASSERT_NO_FATAL_FAILURE(OpenInMemory(/*with_history=*/true));
    ProgressView view(*collection_);
    const auto draw = Drawer(view);
    harness_.Frame(draw);
    ASSERT_NE(view.data(), nullptr);
    EXPECT_EQ(view.data()->report.reviews_per_day.size(), 30u);
    EXPECT_EQ(Total(view.data()->report.reviews_per_day), 5);
    const std::string before = harness_.FrameText(draw);
    EXPECT_NE(before.find("Over the last 30 days you answered 5 questions"), std::string::npos)
        << before;

    const auto button = view.rects().Find("period/90");
    ASSERT_TRUE(button);
    harness_.Click(button->Center(), draw);
    EXPECT_EQ(view.state().period_days, 90);
    EXPECT_EQ(view.data()->report.reviews_per_day.size(), 90u);
    EXPECT_EQ(Total(view.data()->report.reviews_per_day), 6);  // the answer 45 days ago
    const std::string after = harness_.FrameText(draw);
    EXPECT_NE(after.find("Over the last 90 days you answered 6 questions"), std::string::npos)
        << after;
}

TEST_F(ProgressViewTest, TopicFilterRefetchesOnlyThatTopic) {
    ASSERT_NO_FATAL_FAILURE(OpenInMemory(/*with_history=*/true));
    ProgressView view(*collection_);
    const auto draw = Drawer(view);
    harness_.Frame(draw);
    EXPECT_EQ(view.data()->report.states.Total(), 4);
    view.SetTopic("facts:moons");
    harness_.Frame(draw);
    ASSERT_NE(view.data(), nullptr);
    EXPECT_EQ(view.data()->report.states.Total(), 1);
    EXPECT_EQ(view.data()->report.today_stats.reviews, 0);
    EXPECT_EQ(view.data()->report.today_stats.streak_days, 0);
}

TEST_F(ProgressViewTest, UnknownDeckShowsTheError) {
    ASSERT_NO_FATAL_FAILURE(OpenInMemory(/*with_history=*/true));
    ProgressView view(*collection_);
    const auto draw = Drawer(view);
    view.SetDeck("No such deck");
    harness_.Frame(draw);
    EXPECT_EQ(view.data(), nullptr);
    const std::string text = harness_.FrameText(draw);
    EXPECT_NE(text.find("Could not read the statistics"), std::string::npos) << text;
    EXPECT_NE(text.find("No such deck"), std::string::npos) << text;
}

TEST_F(ProgressViewTest, BackButtonAndEscapeAskToGoBack) {
    ASSERT_NO_FATAL_FAILURE(OpenInMemory(/*with_history=*/false));
    ProgressView view(*collection_);
    const auto draw = Drawer(view);
    harness_.Frame(draw);
    EXPECT_FALSE(view.TakeBackRequest());
    const auto back = view.rects().Find("button/back");
    ASSERT_TRUE(back);
    harness_.Click(back->Center(), draw);
    EXPECT_TRUE(view.TakeBackRequest());
    EXPECT_FALSE(view.TakeBackRequest());  // taken once
    harness_.PressKey(GLFW_KEY_ESCAPE, draw);
    EXPECT_TRUE(view.TakeBackRequest());
}

TEST_F(ProgressViewTest, QuestionMarkListsTheKeysAndEscapeClosesItFirst) {
    ASSERT_NO_FATAL_FAILURE(OpenInMemory(/*with_history=*/false));
    ProgressView view(*collection_);
    const auto draw = Drawer(view);
    harness_.Frame(draw);
    harness_.io().AddInputCharacter('?');
    harness_.Frame(draw);
    ASSERT_TRUE(view.help().IsOpen());
    harness_.Frame(draw);
    harness_.PressKey(GLFW_KEY_ESCAPE, draw);
    EXPECT_FALSE(view.help().IsOpen());
    EXPECT_FALSE(view.TakeBackRequest()) << "Escape closed the help, not the view";
    harness_.Frame(draw);
    harness_.PressKey(GLFW_KEY_ESCAPE, draw);
    EXPECT_TRUE(view.TakeBackRequest());
}

TEST_F(ProgressViewTest, EmptyCollectionRendersWithZeros) {
    ASSERT_NO_FATAL_FAILURE(OpenInMemory(/*with_history=*/false));
    ProgressView view(*collection_);
    const auto draw = Drawer(view);
    harness_.Frame(draw);
    const std::string text = harness_.FrameText(draw);
    ASSERT_NE(view.data(), nullptr);
    EXPECT_NE(text.find("You have not answered any questions today."), std::string::npos) << text;
    EXPECT_NE(text.find("No finished quizzes yet."), std::string::npos) << text;
}

TEST_F(ProgressViewTest, TopicTitlesClozeBlanksMissedQuestionsAndMasteryDefinition) {
    ASSERT_NO_FATAL_FAILURE(OpenInMemory(/*with_history=*/false));
    content::Bank bank;
    bank.id = "args";
    bank.title = "Arguments";
    bank.topics = {{"arguments:china-motives", "Why China acts", ""}};
    content::Question cloze;
    cloze.id = "c";
    cloze.type = content::QuestionType::kCloze;
    cloze.prompt = "What {{China}} gets from trade";
    cloze.topic = "arguments:china-motives";
    content::Question easy;
    easy.id = "e";
    easy.prompt = "Always answered right";
    easy.back = "Yes";
    easy.topic = "arguments:china-motives";
    bank.questions = {cloze, easy};
    ASSERT_TRUE(collection_->ImportBank(bank));
    auto cards = collection_->LoadCards(storage::CardQuery::All());
    ASSERT_TRUE(cards);
    ASSERT_EQ(cards->size(), 2u);
    Answer(*collection_, (*cards)[0].id, LocalMs(2024, 3, 15, 10), Rating::kAgain);
    Answer(*collection_, (*cards)[1].id, LocalMs(2024, 3, 15, 10, 1), Rating::kGood);

    ProgressView view(*collection_);
    const auto draw = Drawer(view);
    harness_.Frame(draw);
    const std::string text = harness_.FrameText(draw);
    EXPECT_NE(text.find("What ____ gets from trade"), std::string::npos) << text;
    EXPECT_EQ(text.find("{{China}}"), std::string::npos) << "the answer is not shown";
    EXPECT_EQ(text.find("Always answered right"), std::string::npos) << "never missed";
    EXPECT_NE(text.find("Why China acts"), std::string::npos) << text;
    EXPECT_EQ(text.find("arguments:china-motives"), std::string::npos) << "the title, not the id";
    EXPECT_NE(text.find(stats::MasteryDefinition()), std::string::npos) << text;
    ASSERT_NE(view.data(), nullptr);
    ASSERT_EQ(view.data()->report.topics.size(), 1u);
    EXPECT_EQ(view.data()->report.topics[0].mastered, 0) << "one session masters nothing";
}

TEST_F(ProgressViewTest, FileCollectionIsComputedOnAWorkerThreadAfterAPlaceholderFrame) {
    const std::filesystem::path dir =
        std::filesystem::temp_directory_path() / ("summit-progress-" + std::to_string(::getpid()));
    std::filesystem::remove_all(dir);
    {
        auto collection = storage::Collection::Open(dir / "collection.db");
        ASSERT_TRUE(collection) << collection.error().ToString();
        BuildHistory(*collection);
        ProgressView view(*collection);
        const auto draw = Drawer(view);
        // The first frame does not wait for the worker: it says what is being read.
        const std::string first = harness_.FrameText(draw);
        EXPECT_TRUE(first.find("Reading the review log...") != std::string::npos ||
                    first.find("Computing statistics...") != std::string::npos)
            << first;
        EXPECT_EQ(view.data(), nullptr);
        // Bounded wait for the worker; not a timing assertion.
        for (int i = 0; i < 1000 && view.Loading(); ++i) {
            std::this_thread::sleep_for(std::chrono::milliseconds(10));
            harness_.Frame(draw);
        }
        ASSERT_FALSE(view.Loading());
        ASSERT_NE(view.data(), nullptr);
        EXPECT_EQ(view.data()->report.today_stats.reviews, 3);
        EXPECT_EQ(view.data()->report.today_stats.streak_days, 3);
    }
    std::filesystem::remove_all(dir);
}

}  // namespace
}  // namespace summit::ui
