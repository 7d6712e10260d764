// BackgroundJob: the result arrives once, progress is seen from the UI thread, and Cancel
// reaches work that checks its progress callback.
#include "app/ui/widgets/background_job.h"

#include <atomic>
#include <chrono>
#include <optional>
#include <thread>

#include <gtest/gtest.h>

namespace summit::ui {
namespace {

// Polls like the UI does, a frame at a time, for at most a minute.
template <class T>
std::optional<T> WaitFor(BackgroundJob<T>& job) {
    for (int i = 0; i < 60'000; ++i) {
        if (auto result = job.Take()) {
            return result;
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(1));
    }
    return std::nullopt;
}

TEST(BackgroundJobTest, TheResultArrivesExactlyOnce) {
    BackgroundJob<int> job;
    EXPECT_FALSE(job.Running());
    job.Start([](const BackgroundJob<int>::ReportProgress& progress) {
        progress(0.5);
        return 42;
    });
    EXPECT_TRUE(job.Running());
    EXPECT_EQ(WaitFor(job), 42);
    EXPECT_FALSE(job.Running());
    EXPECT_FALSE(job.Take().has_value());
}

TEST(BackgroundJobTest, CancelStopsWorkThatAsksWhetherToGoOn) {
    BackgroundJob<int> job;
    std::atomic<bool> started{false};
    job.Start([&started](const BackgroundJob<int>::ReportProgress& progress) {
        int steps = 0;
        started = true;
        while (progress(0.25)) {  // would run forever without Cancel
            ++steps;
            std::this_thread::yield();
        }
        return -1 - steps;
    });
    while (!started) {
        std::this_thread::yield();
    }
    job.Cancel();
    const std::optional<int> result = WaitFor(job);
    ASSERT_TRUE(result.has_value());
    EXPECT_LT(*result, 0);
}

TEST(BackgroundJobTest, ProgressIsVisibleWhileTheWorkRuns) {
    BackgroundJob<int> job;
    std::atomic<bool> release{false};
    job.Start([&release](const BackgroundJob<int>::ReportProgress& progress) {
        progress(0.75);
        while (!release) {
            std::this_thread::yield();
        }
        return 1;
    });
    for (int i = 0; i < 60'000 && job.Progress() != 0.75; ++i) {
        std::this_thread::sleep_for(std::chrono::milliseconds(1));
    }
    EXPECT_EQ(job.Progress(), 0.75);
    EXPECT_FALSE(job.Take().has_value());  // not done yet
    release = true;
    EXPECT_EQ(WaitFor(job), 1);
}

}  // namespace
}  // namespace summit::ui
