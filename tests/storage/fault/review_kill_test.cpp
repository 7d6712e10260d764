// The real `summit review -` answering cards while it is killed with SIGKILL at random
// moments, hundreds of times: afterwards the collection is sound, every answer the process
// confirmed is in the review log, and the log holds nothing else but at most the one answer
// per killed process that was saved but not yet confirmed.
#include <random>
#include <string>
#include <vector>

#include <fcntl.h>
#include <gtest/gtest.h>
#include <poll.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include "storage/collection.h"
#include "tests/support/temp_dir.h"

namespace summit::testing {
namespace {

constexpr int kKills = 210;
constexpr int kLinesPerProcess = 100;  // more than a process answers before it is killed
// A process is killed after 0 to kMostConfirmations confirmed answers, then a random delay of
// up to kLongestDelayUs: in its start-up, mid-answer, mid-commit or mid-checkpoint.
constexpr int kMostConfirmations = 6;
constexpr int kLongestDelayUs = 20'000;
const char* const kNow = "2024-05-01T09:00:00Z";
const char* const kRatings[] = {"again", "hard", "good", "easy"};

// One answer, as sent and as read back from the log.
struct Answer {
    int64_t card = 0;
    Rating rating = Rating::kGood;
    bool operator==(const Answer&) const = default;
};

// What one process was asked and what it confirmed, in order.
struct ProcessRun {
    std::vector<Answer> sent;
    int confirmed = 0;  // sent[0..confirmed) were confirmed on its output
    bool killed = false;
};

// A started `summit review -` with pipes to its standard input and output.
struct Child {
    pid_t pid = -1;
    int in = -1;
    int out = -1;
};

Child Start(const std::vector<std::string>& args) {
    int to_child[2];
    int from_child[2];
    if (pipe(to_child) != 0 || pipe(from_child) != 0) {
        ADD_FAILURE() << "pipe";
        return {};
    }
    const pid_t pid = fork();
    if (pid == 0) {
        dup2(to_child[0], STDIN_FILENO);
        dup2(from_child[1], STDOUT_FILENO);
        for (int fd : {to_child[0], to_child[1], from_child[0], from_child[1]}) {
            close(fd);
        }
        std::vector<char*> argv;
        for (const auto& arg : args) {
            argv.push_back(const_cast<char*>(arg.c_str()));
        }
        argv.push_back(nullptr);
        execv(argv[0], argv.data());
        _exit(127);
    }
    close(to_child[0]);
    close(from_child[1]);
    return {pid, to_child[1], from_child[0]};
}

// Reads from `fd` until `done(out)` or end of file (or 10 s, a hung process).
template <typename Done>
void ReadOutput(int fd, std::string& out, Done done) {
    char buffer[4096];
    while (!done(out)) {
        pollfd ready{fd, POLLIN, 0};
        if (poll(&ready, 1, 10'000) <= 0) {
            return;
        }
        const ssize_t got = read(fd, buffer, sizeof buffer);
        if (got <= 0) {
            return;
        }
        out.append(buffer, static_cast<size_t>(got));
    }
}

void ReadAll(int fd, std::string& out) {
    ReadOutput(fd, out, [](const std::string&) { return false; });
}

// Complete "Card N: ..." lines; a line cut by the kill is not a confirmation.
int CountConfirmations(const std::string& out) {
    int lines = 0;
    for (size_t start = 0, end; (end = out.find('\n', start)) != std::string::npos;
         start = end + 1) {
        lines += out.compare(start, 5, "Card ") == 0 ? 1 : 0;
    }
    return lines;
}

// True when `log` is, process by process, each one's confirmed answers followed by at most
// one more of what it was sent (saved, then killed before confirming).
bool LogMatchesRuns(const std::vector<Answer>& log, const std::vector<ProcessRun>& runs) {
    // reachable[i]: the log's first i rows are explained by the runs handled so far.
    std::vector<char> reachable(log.size() + 1, 0);
    reachable[0] = 1;
    for (const ProcessRun& run : runs) {
        std::vector<char> next(log.size() + 1, 0);
        for (size_t i = 0; i <= log.size(); ++i) {
            if (!reachable[i]) {
                continue;
            }
            size_t at = i;
            int matched = 0;
            while (matched < run.confirmed && at < log.size() && log[at] == run.sent[matched]) {
                ++at;
                ++matched;
            }
            if (matched < run.confirmed) {
                continue;
            }
            next[at] = 1;
            if (run.killed && at < log.size() && static_cast<size_t>(matched) < run.sent.size() &&
                log[at] == run.sent[matched]) {
                next[at + 1] = 1;
            }
        }
        reachable = std::move(next);
    }
    return reachable[log.size()] != 0;
}

TEST(ReviewKillTest, EveryConfirmedAnswerSurvivesSigkill) {
    signal(SIGPIPE, SIG_IGN);  // a child that dies early must fail the test, not end it
    TempDir dir;
    const std::string collection = (dir / "collection.db").string();
    const std::vector<std::string> base = {SUMMIT_BINARY, "--collection", collection, "--now",
                                           kNow};
    {  // a new collection, with the bundled banks
        auto args = base;
        args.push_back("decks");
        Child create = Start(args);
        close(create.in);
        std::string ignored;
        ReadAll(create.out, ignored);
        close(create.out);
        int status = 0;
        waitpid(create.pid, &status, 0);
        ASSERT_TRUE(WIFEXITED(status) && WEXITSTATUS(status) == 0);
    }
    std::vector<int64_t> cards;
    {
        auto opened = storage::Collection::Open(collection);
        ASSERT_TRUE(opened) << opened.error().ToString();
        storage::CardQuery all;
        all.selection = storage::CardSelection::kAll;
        all.full_questions = false;
        auto loaded = opened->LoadCards(all);
        ASSERT_TRUE(loaded) << loaded.error().ToString();
        for (const auto& card : *loaded) {
            cards.push_back(card.id.value);
        }
    }
    ASSERT_GE(cards.size(), 10u);

    std::mt19937 random(20240501);
    std::vector<ProcessRun> runs;
    int kills = 0;
    int killed_before_any = 0;
    auto args = base;
    args.insert(args.end(), {"review", "-"});
    while (kills < kKills) {
        ProcessRun run;
        std::string lines;
        for (int i = 0; i < kLinesPerProcess; ++i) {
            const Answer answer{cards[random() % cards.size()],
                                static_cast<Rating>(1 + random() % 4)};
            run.sent.push_back(answer);
            lines += std::to_string(answer.card) + " " +
                     kRatings[static_cast<int>(answer.rating) - 1] + "\n";
        }
        Child child = Start(args);
        ASSERT_GT(child.pid, 0);
        // The lines fit in the pipe; stdin stays open so the process waits for more.
        ASSERT_EQ(write(child.in, lines.data(), lines.size()), static_cast<ssize_t>(lines.size()));
        std::string out;
        const int wait_for = static_cast<int>(random() % (kMostConfirmations + 1));
        ReadOutput(child.out, out, [&](const std::string& so_far) {
            return CountConfirmations(so_far) >= wait_for;
        });
        usleep(static_cast<useconds_t>(random() % kLongestDelayUs));
        kill(child.pid, SIGKILL);
        int status = 0;
        waitpid(child.pid, &status, 0);
        ReadAll(child.out, out);  // whatever it wrote before it died
        close(child.in);
        close(child.out);
        ASSERT_TRUE(WIFSIGNALED(status)) << "the process ended before it was killed: " << out;
        ++kills;
        run.killed = true;
        run.confirmed = CountConfirmations(out);
        killed_before_any += run.confirmed == 0 ? 1 : 0;
        runs.push_back(std::move(run));
    }

    auto opened = storage::Collection::Open(collection);
    ASSERT_TRUE(opened) << opened.error().ToString();
    auto check = opened->CheckCollection(false);
    ASSERT_TRUE(check) << check.error().ToString();
    EXPECT_TRUE(check->integrity.empty());
    for (const auto& finding : check->findings) {
        EXPECT_EQ(finding.count, 0) << finding.what;
    }
    auto log = opened->ReadReviewLog();
    ASSERT_TRUE(log) << log.error().ToString();
    std::vector<Answer> logged;
    for (const auto& row : *log) {  // one instant: oldest first is id order
        logged.push_back({row.card_id.value, row.rating});
    }
    int confirmed = 0;
    for (const ProcessRun& run : runs) {
        confirmed += run.confirmed;
    }
    EXPECT_GE(logged.size(), static_cast<size_t>(confirmed));
    EXPECT_LE(logged.size(), static_cast<size_t>(confirmed + kills));
    EXPECT_TRUE(LogMatchesRuns(logged, runs))
        << "the review log is not each process's confirmed answers in order";
    EXPECT_LT(killed_before_any, kills) << "no process lived long enough to answer";
    RecordProperty("kills", kills);
    RecordProperty("confirmed", confirmed);
    RecordProperty("saved_unconfirmed", static_cast<int>(logged.size()) - confirmed);
    RecordProperty("killed_before_any_answer", killed_before_any);
    std::printf(
        "%d kills, %d confirmed answers, %zu in the log, %d processes killed before "
        "their first answer\n",
        kills, confirmed, logged.size(), killed_before_any);
}

}  // namespace
}  // namespace summit::testing
