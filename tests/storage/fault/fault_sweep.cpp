// SweepFaults: a scratch copy of the starting state per attempt; kills run in a forked child.
#include "tests/storage/fault/fault_sweep.h"

#include <algorithm>
#include <exception>
#include <iterator>
#include <string>

#include <gtest/gtest.h>
#include <sys/wait.h>
#include <unistd.h>

#include "tests/storage/fault/collection_dump.h"
#include "tests/support/temp_dir.h"

namespace summit::testing {

namespace fs = std::filesystem;

namespace {

// How an attempt ended, seen from outside.
struct Attempt {
    bool fired = false;      // the injected fault was reached
    bool succeeded = false;  // the operation reported success
    std::string what;        // its error, for messages
};

Attempt RunInProcess(const Mutation& mutation, const fs::path& folder, int step, Fault fault) {
    FaultVfs::Arm(step, fault);
    const Status status = mutation.run(folder);
    FaultVfs::Disarm();
    return {FaultVfs::Fired(), status.has_value(), status ? "" : status.error().ToString()};
}

// A kill stops the whole process, so the operation runs in a child; the parent only reads the
// files afterwards (it holds no SQLite connection across fork).
Attempt RunInChild(const Mutation& mutation, const fs::path& folder, int step) {
    const pid_t child = fork();
    if (child == 0) {
        int code = 2;
        try {
            FaultVfs::Arm(step, Fault::kKill);
            code = mutation.run(folder) ? 0 : 1;
        } catch (...) {
        }
        _exit(code);
    }
    int status = 0;
    if (child < 0 || waitpid(child, &status, 0) != child || !WIFEXITED(status)) {
        ADD_FAILURE() << "the child running the operation did not exit normally";
        return {};
    }
    const int code = WEXITSTATUS(status);
    EXPECT_TRUE(code == 0 || code == 1 || code == kKilledExitCode) << "child exit code " << code;
    return {code == kKilledExitCode, code == 0, code == 1 ? "failed" : ""};
}

void CopyFolder(const fs::path& from, const fs::path& to) {
    fs::create_directories(to);
    fs::copy(from, to, fs::copy_options::recursive | fs::copy_options::overwrite_existing);
}

}  // namespace

fs::path CollectionIn(const fs::path& folder) {
    return folder / "collection.db";
}

SweepReport SweepFaults(const Mutation& mutation, Fault fault) {
    FaultVfs::Install();
    SweepReport report;
    TempDir scratch;
    const fs::path start = scratch / "start";
    fs::create_directories(start);
    mutation.prepare(start);
    const CollectionSnapshot before = Snapshot(CollectionIn(start));

    const fs::path clean = scratch / "clean";
    CopyFolder(start, clean);
    const Attempt reference = RunInProcess(mutation, clean, 0, fault);
    report.steps = FaultVfs::Steps();
    EXPECT_TRUE(reference.succeeded) << "without faults: " << reference.what;
    const CollectionSnapshot after = Snapshot(CollectionIn(clean));
    EXPECT_TRUE(before.problems.empty() && after.problems.empty());
    if (!reference.succeeded || before.dump.empty() || after.dump.empty()) {
        return report;
    }
    std::vector<int64_t> kept_reviews;  // reviews that both states hold: never lost
    std::set_intersection(before.review_ids.begin(), before.review_ids.end(),
                          after.review_ids.begin(), after.review_ids.end(),
                          std::back_inserter(kept_reviews));

    for (int step = 1;; ++step) {
        const fs::path folder = scratch / ("step" + std::to_string(step));
        CopyFolder(start, folder);
        const Attempt attempt = fault == Fault::kKill ? RunInChild(mutation, folder, step)
                                                      : RunInProcess(mutation, folder, step, fault);
        ++report.attempts;
        const std::string where = std::string(FaultName(fault)) + " at step " +
                                  std::to_string(step) + " of " + std::to_string(report.steps) +
                                  (attempt.succeeded ? " (reported success)" : " " + attempt.what);
        const CollectionSnapshot now = Snapshot(CollectionIn(folder));
        for (const auto& problem : now.problems) {
            ADD_FAILURE() << where << ": " << problem;
        }
        const bool is_before = now.dump == before.dump;
        const bool is_after = now.dump == after.dump;
        EXPECT_TRUE(is_before || is_after) << where << ": the collection is neither as before "
                                           << "nor as after the operation";
        EXPECT_TRUE(!attempt.succeeded || is_after)
            << where << ": the operation reported success but its change is not there";
        report.kept_before += is_before && !is_after ? 1 : 0;
        report.reached_after += is_after ? 1 : 0;
        for (int64_t review : kept_reviews) {
            EXPECT_TRUE(now.review_ids.count(review)) << where << ": review " << review << " lost";
        }
        if (mutation.check_files) {
            SCOPED_TRACE(where);
            mutation.check_files(folder);
        }
        fs::remove_all(folder);
        if (!attempt.fired) {
            EXPECT_TRUE(attempt.succeeded) << where << ": failed without reaching the fault";
            break;
        }
        if (step > report.steps + 1 || ::testing::Test::HasFailure()) {
            ADD_FAILURE() << where << ": stopping the sweep";
            break;
        }
    }
    return report;
}

}  // namespace summit::testing
