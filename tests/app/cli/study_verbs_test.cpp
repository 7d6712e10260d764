// summit due, review and undo: the queue as a script sees it, and answers landing in the log.
#include <algorithm>
#include <regex>

#include <gtest/gtest.h>

#include "run_summit.h"
#include "storage/backup/backups.h"
#include "storage/collection.h"

namespace summit::testing {
namespace {

class StudyVerbsTest : public ::testing::Test {
  protected:
    RunResult Run(std::vector<std::string> args) {
        args.insert(args.begin(), {"--collection", collection_.string()});
        return RunSummit(args);
    }

    // The card ids of `summit due --json`, in queue order.
    std::vector<std::string> DueIds(const std::string& now) {
        RunResult due = Run({"--now", now, "due", "--json"});
        EXPECT_EQ(due.exit_code, 0) << due.err;
        std::vector<std::string> ids;
        std::regex id_pattern("\\{\"id\":([0-9]+)");
        for (std::sregex_iterator it(due.out.begin(), due.out.end(), id_pattern), end; it != end;
             ++it) {
            ids.push_back((*it)[1]);
        }
        return ids;
    }

    TempDir dir_;
    std::filesystem::path collection_ = dir_ / "collection.db";
};

TEST_F(StudyVerbsTest, ReviewFromStandardInputConfirmsEachAnswerAndStopsAtTheFirstBadLine) {
    const std::string now = "2024-05-01T09:00:00Z";
    std::vector<std::string> ids = DueIds(now);
    ASSERT_GE(ids.size(), 2u);
    const std::string lines = ids[0] + " good\n\n" + ids[1] + " again\n" + ids[0] + " easy\n" +
                              ids[1] + " perfect\n" + ids[1] + " good\n";
    RunResult run =
        RunSummit({"--collection", collection_.string(), "--now", now, "review", "-"}, lines);
    EXPECT_EQ(run.exit_code, 1);
    EXPECT_NE(run.err.find("'perfect' is not a rating"), std::string::npos) << run.err;
    const std::regex confirmation("Card ([0-9]+): (good|again|easy), now ");
    std::vector<std::string> confirmed;
    for (std::sregex_iterator it(run.out.begin(), run.out.end(), confirmation), end; it != end;
         ++it) {
        confirmed.push_back((*it)[1].str() + " " + (*it)[2].str());
    }
    EXPECT_EQ(confirmed,
              (std::vector<std::string>{ids[0] + " good", ids[1] + " again", ids[0] + " easy"}))
        << run.out;

    auto collection = storage::Collection::Open(collection_);
    ASSERT_TRUE(collection.has_value());
    auto log = collection->ReadReviewLog();
    ASSERT_TRUE(log.has_value());
    EXPECT_EQ(log->size(), 3u) << "the answers before the bad line stay; none after it";

    EXPECT_EQ(RunSummit({"--collection", collection_.string(), "review", "-"}, "12\n").exit_code,
              1);
}

TEST_F(StudyVerbsTest, ReviewRecordsTheAnswerAndMovesTheCardThroughLearning) {
    const std::string now = "2024-05-01T09:00:00Z";
    std::vector<std::string> ids = DueIds(now);
    ASSERT_EQ(ids.size(), 20u) << "the default daily new-card limit";

    RunResult good = Run({"--now", now, "review", ids[0], "good"});
    ASSERT_EQ(good.exit_code, 0) << good.err;
    EXPECT_NE(good.out.find("now learning, due in 10m"), std::string::npos) << good.out;

    // Ten minutes later the learning card comes first.
    std::vector<std::string> later = DueIds("2024-05-01T09:10:00Z");
    ASSERT_FALSE(later.empty());
    EXPECT_EQ(later.front(), ids[0]);

    auto collection = storage::Collection::Open(collection_);
    ASSERT_TRUE(collection.has_value());
    auto log = collection->ReadReviewLog();
    ASSERT_TRUE(log.has_value());
    ASSERT_EQ(log->size(), 1u);
    EXPECT_EQ(std::to_string(log->front().card_id.value), ids[0]);
    EXPECT_EQ(log->front().rating, Rating::kGood);
    EXPECT_EQ(log->front().phase_before, CardPhase::kNew);
    EXPECT_EQ(log->front().phase_after, CardPhase::kLearning);
}

TEST_F(StudyVerbsTest, RatingsByNumberAndBadInput) {
    const std::string now = "2024-05-01T09:00:00Z";
    std::vector<std::string> ids = DueIds(now);
    ASSERT_GE(ids.size(), 2u);
    RunResult easy = Run({"--now", now, "review", ids[1], "4"});
    ASSERT_EQ(easy.exit_code, 0) << easy.err;
    EXPECT_NE(easy.out.find("easy, now review"), std::string::npos) << easy.out;

    RunResult bad_rating = Run({"--now", now, "review", ids[0], "perfect"});
    EXPECT_EQ(bad_rating.exit_code, 1);
    EXPECT_NE(bad_rating.err.find("not a rating"), std::string::npos);
    RunResult bad_id = Run({"--now", now, "review", "999999", "good"});
    EXPECT_EQ(bad_id.exit_code, 1);
    EXPECT_EQ(Run({"review", ids[0]}).exit_code, 2);
}

TEST_F(StudyVerbsTest, UndoRestoresTheQueue) {
    const std::string now = "2024-05-01T09:00:00Z";
    std::vector<std::string> before = DueIds(now);
    ASSERT_GE(before.size(), 3u);
    ASSERT_EQ(Run({"--now", now, "review", before[0], "again"}).exit_code, 0);
    ASSERT_EQ(Run({"--now", now, "review", before[1], "good"}).exit_code, 0);
    RunResult undo = Run({"undo", "2"});
    ASSERT_EQ(undo.exit_code, 0) << undo.err;
    EXPECT_EQ(DueIds(now), before);
    EXPECT_EQ(Run({"undo"}).exit_code, 1) << "nothing left to undo";
}

TEST_F(StudyVerbsTest, ReviewOfASuspendedCardIsRefusedAndRecordsNothing) {
    const std::string now = "2024-05-01T09:00:00Z";
    std::vector<std::string> ids = DueIds(now);
    ASSERT_FALSE(ids.empty());
    const storage::CardId card{std::stoll(ids[0])};
    {
        auto collection = storage::Collection::Open(collection_);
        ASSERT_TRUE(collection.has_value());
        ASSERT_TRUE(collection->SetSuspended(card, true).has_value());
    }
    RunResult review = Run({"--now", now, "review", ids[0], "good"});
    EXPECT_EQ(review.exit_code, 1);
    EXPECT_NE(review.err.find("card " + ids[0] + " is suspended"), std::string::npos) << review.err;

    auto collection = storage::Collection::Open(collection_);
    ASSERT_TRUE(collection.has_value());
    auto log = collection->ReadReviewLog();
    ASSERT_TRUE(log.has_value());
    EXPECT_TRUE(log->empty());
    auto stored = collection->GetCard(card);
    ASSERT_TRUE(stored.has_value());
    EXPECT_EQ(stored->state.phase, CardPhase::kNew);
    EXPECT_TRUE(stored->suspended);
}

// Suspend and bury are reversible by id outside any session; one unknown id changes nothing.
TEST_F(StudyVerbsTest, SuspendBuryAndTheirReversalByIdOutsideASession) {
    const std::string now = "2024-05-01T09:00:00Z";
    std::vector<std::string> ids = DueIds(now);
    ASSERT_GE(ids.size(), 3u);

    RunResult suspended = Run({"--now", now, "suspend", ids[0], ids[1]});
    ASSERT_EQ(suspended.exit_code, 0) << suspended.err;
    EXPECT_NE(suspended.out.find("Card " + ids[0] + ": suspended"), std::string::npos)
        << suspended.out;
    RunResult buried = Run({"--now", now, "bury", ids[2]});
    ASSERT_EQ(buried.exit_code, 0) << buried.err;
    EXPECT_NE(buried.out.find("Card " + ids[2] + ": buried until 2024-05-0"), std::string::npos)
        << buried.out;
    std::vector<std::string> left = DueIds(now);
    for (int i = 0; i < 3; ++i) {
        EXPECT_EQ(std::count(left.begin(), left.end(), ids[i]), 0) << ids[i];
    }

    // An unknown id among good ones: exit 1, and the good ones stay suspended.
    RunResult bad = Run({"--now", now, "unsuspend", ids[0], "999999"});
    EXPECT_EQ(bad.exit_code, 1);
    EXPECT_NE(bad.err.find("no card with id 999999; nothing was changed"), std::string::npos)
        << bad.err;
    left = DueIds(now);
    EXPECT_EQ(std::count(left.begin(), left.end(), ids[0]), 0);

    RunResult back = Run({"--now", now, "unsuspend", ids[0], ids[1]});
    ASSERT_EQ(back.exit_code, 0) << back.err;
    RunResult again = Run({"--now", now, "unsuspend", ids[0]});
    EXPECT_NE(again.out.find("was not suspended"), std::string::npos) << again.out;
    RunResult unburied = Run({"--now", now, "unbury", ids[2]});
    ASSERT_EQ(unburied.exit_code, 0) << unburied.err;
    EXPECT_NE(unburied.out.find("unburied"), std::string::npos) << unburied.out;
    EXPECT_EQ(DueIds(now), ids);

    EXPECT_EQ(Run({"suspend"}).exit_code, 2);
    RunResult word = Run({"bury", "abc"});
    EXPECT_EQ(word.exit_code, 1);
    EXPECT_NE(word.err.find("'abc' is not a card id"), std::string::npos) << word.err;
}

// Undo names a review: it takes back that review's card and nothing done later to others.
TEST_F(StudyVerbsTest, UndoTakesBackTheReviewButNotALaterSuspendOrBuryOfAnotherCard) {
    const std::string now = "2024-05-01T09:00:00Z";
    std::vector<std::string> ids = DueIds(now);
    ASSERT_GE(ids.size(), 3u);
    ASSERT_EQ(Run({"--now", now, "review", ids[0], "good"}).exit_code, 0);
    ASSERT_EQ(Run({"--now", now, "suspend", ids[1]}).exit_code, 0);
    ASSERT_EQ(Run({"--now", now, "bury", ids[2]}).exit_code, 0);
    RunResult undo = Run({"--now", now, "undo"});
    ASSERT_EQ(undo.exit_code, 0) << undo.err;

    auto collection = storage::Collection::Open(collection_);
    ASSERT_TRUE(collection.has_value());
    auto log = collection->ReadReviewLog();
    ASSERT_TRUE(log.has_value());
    EXPECT_TRUE(log->empty());
    auto reviewed = collection->GetCard(storage::CardId{std::stoll(ids[0])});
    auto suspended = collection->GetCard(storage::CardId{std::stoll(ids[1])});
    auto buried = collection->GetCard(storage::CardId{std::stoll(ids[2])});
    ASSERT_TRUE(reviewed && suspended && buried);
    EXPECT_EQ(reviewed->state.phase, CardPhase::kNew);
    EXPECT_TRUE(suspended->suspended) << "the later suspend is not the review undo names";
    EXPECT_GT(buried->buried_until_ms, 0) << "the later bury is not the review undo names";
}

// A bulk change (more than one card, or a deletion) is backed up first; a single card's
// answer, suspension or burial is not.
TEST_F(StudyVerbsTest, BulkChangesAndUndoAreBackedUpFirstSingleCardChangesAreNot) {
    const std::filesystem::path folder = dir_ / "collection.db.backups";
    auto backups = [&] {
        auto listed = storage::ListBackups(folder);
        EXPECT_TRUE(listed.has_value());
        return listed.value_or(std::vector<storage::BackupInfo>{});
    };
    std::vector<std::string> ids = DueIds("2024-05-01T09:00:00Z");
    ASSERT_GE(ids.size(), 5u);
    ASSERT_EQ(Run({"--now", "2024-05-01T09:01:00Z", "review", ids[0], "good"}).exit_code, 0);
    ASSERT_EQ(Run({"--now", "2024-05-01T09:02:00Z", "suspend", ids[1]}).exit_code, 0);
    ASSERT_EQ(Run({"--now", "2024-05-01T09:03:00Z", "bury", ids[2], ids[2]}).exit_code, 0);
    EXPECT_TRUE(backups().empty()) << "one card at a time, even named twice, is no bulk change";

    RunResult buried = Run({"--now", "2024-05-01T09:04:00Z", "bury", ids[3], ids[4]});
    ASSERT_EQ(buried.exit_code, 0) << buried.err;
    ASSERT_EQ(backups().size(), 1u);
    EXPECT_EQ(backups()[0].counts.reviews, 1);

    RunResult undo = Run({"--now", "2024-05-01T09:05:00Z", "undo"});
    ASSERT_EQ(undo.exit_code, 0) << undo.err;
    auto after_undo = backups();
    ASSERT_EQ(after_undo.size(), 2u) << "undo deletes a review: backed up first";
    EXPECT_EQ(after_undo[0].counts.reviews, 1) << "the newest backup still holds the review";
}

TEST_F(StudyVerbsTest, UndoCountTooLargeForIntIsRefusedNotWrapped) {
    const std::string now = "2024-05-01T09:00:00Z";
    std::vector<std::string> ids = DueIds(now);
    ASSERT_FALSE(ids.empty());
    ASSERT_EQ(Run({"--now", now, "review", ids[0], "good"}).exit_code, 0);
    // 2^32 + 1 would become 1 as an int and undo the review.
    RunResult undo = Run({"undo", "4294967297"});
    EXPECT_EQ(undo.exit_code, 1);
    EXPECT_NE(undo.err.find("cannot undo 4294967297 reviews at once"), std::string::npos)
        << undo.err;
    auto collection = storage::Collection::Open(collection_);
    ASSERT_TRUE(collection.has_value());
    auto log = collection->ReadReviewLog();
    ASSERT_TRUE(log.has_value());
    EXPECT_EQ(log->size(), 1u);
}

}  // namespace
}  // namespace summit::testing

namespace summit::testing {
namespace {

TEST(StatsVerbTest, JsonHasTheDocumentedKeysAndCountsTodaysAnswers) {
    TempDir dir;
    std::string collection = (dir / "c.db").string();
    const std::string now = "2024-05-01T09:00:00Z";
    RunResult due = RunSummit({"--collection", collection, "--now", now, "due", "--json"});
    ASSERT_EQ(due.exit_code, 0) << due.err;
    std::smatch first;
    ASSERT_TRUE(std::regex_search(due.out, first, std::regex("\\{\"id\":([0-9]+)")));
    ASSERT_EQ(
        RunSummit({"--collection", collection, "--now", now, "review", first[1], "good"}).exit_code,
        0);
    RunResult stats = RunSummit({"--collection", collection, "--now", now, "stats", "--json"});
    ASSERT_EQ(stats.exit_code, 0) << stats.err;
    for (const char* key :
         {"\"today\":", "\"states\":", "\"forecast\":", "\"retention\":", "\"reviews_per_day\":",
          "\"topics\":", "\"hardest\":", "\"quizzes\":"}) {
        EXPECT_NE(stats.out.find(key), std::string::npos) << key;
    }
    EXPECT_NE(stats.out.find("\"today\":{\"reviews\":1,\"correct\":1"), std::string::npos)
        << stats.out.substr(0, 200);
    RunResult unknown_deck =
        RunSummit({"--collection", collection, "stats", "--deck", "No such deck"});
    EXPECT_EQ(unknown_deck.exit_code, 1);
}

// A Markdown question's prompt is listed without its markup.
TEST_F(StudyVerbsTest, DueListsMarkdownPromptsAsPlainText) {
    const auto bank = dir_ / "rich.json";
    WriteFile(bank, R"({"format": "summit-bank", "version": 1, "id": "rich", "title": "Rich",
 "questions": [{"id": "w", "type": "typed", "text_format": "markdown",
   "prompt": "Which formula is **water**? H~2~O or CO~2~", "accepted": ["H~2~O"]}]})");
    ASSERT_EQ(Run({"import", bank.string()}).exit_code, 0);
    RunResult due = Run({"--now", "2024-05-01T09:00:00Z", "due", "--deck", "Rich"});
    EXPECT_EQ(due.exit_code, 0) << due.err;
    EXPECT_NE(due.out.find("Which formula is water? H2O or CO2"), std::string::npos) << due.out;
}

}  // namespace
}  // namespace summit::testing
