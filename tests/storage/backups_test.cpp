// Automatic backups: names, rotation, verified writing, listing, restoring, and Check
// Collection's findings and repairs.
#include "storage/backup/backups.h"

#include <algorithm>
#include <vector>

#include <gtest/gtest.h>

#include "test_support.h"

namespace summit::storage {
namespace {

using test::Must;

constexpr int64_t kHour = 3'600'000;
constexpr int64_t kDay = 24 * kHour;
constexpr int64_t kMay1 = 1'714'554'000'000;  // 2024-05-01T09:00:00Z

TEST(BackupNameTest, NamesSortByTimeAndReadBack) {
    EXPECT_EQ(BackupName(kMay1 + 7), "summit-2024-05-01-090000-007.db");
    EXPECT_EQ(ParseBackupName(BackupName(kMay1 + 7)), kMay1 + 7);
    EXPECT_LT(BackupName(kMay1), BackupName(kMay1 + kDay));
    for (const char* other :
         {"summit-2024-02-30-090000-000.db", "summit-2024-05-01-090000-000.db.tmp", "collection.db",
          "damaged-summit-2024-05-01-090000-000.db"}) {
        EXPECT_FALSE(ParseBackupName(other).has_value()) << other;
    }
}

TEST(BackupRotationTest, KeepsEverythingFromTheLastDayAndDropsWhatIsOverAYearOld) {
    const std::vector<int64_t> times = {kMay1 - kHour, kMay1 - 23 * kHour, kMay1 - 400 * kDay,
                                        kMay1 + kHour};
    EXPECT_EQ(BackupsToKeep(times, kMay1), (std::vector<bool>{true, true, false, true}));
}

TEST(BackupRotationTest, KeepsTheOldestOfEachDay) {
    const std::vector<int64_t> times = {kMay1 - 2 * kDay - kHour, kMay1 - 2 * kDay - 3 * kHour,
                                        kMay1 - 3 * kDay};
    EXPECT_EQ(BackupsToKeep(times, kMay1), (std::vector<bool>{false, true, true}));
}

// A year and a half of hourly backups, rotated after each one as the app does: the folder
// stays small and still reaches back a year, with no long gap at any age.
TEST(BackupRotationTest, HourlyBackupsForEighteenMonthsThinOutLikeAnki) {
    std::vector<int64_t> kept;
    int64_t now = kMay1;
    for (int hour = 0; hour < 18 * 30 * 24; ++hour) {
        now += kHour;
        kept.push_back(now);
        const std::vector<bool> keep = BackupsToKeep(kept, now);
        std::vector<int64_t> next;
        for (size_t i = 0; i < kept.size(); ++i) {
            if (keep[i]) {
                next.push_back(kept[i]);
            }
        }
        kept = std::move(next);
    }
    std::sort(kept.begin(), kept.end(), std::greater<>());
    const auto count_younger = [&](int64_t age) {
        return std::count_if(kept.begin(), kept.end(), [&](int64_t t) { return now - t < age; });
    };
    EXPECT_EQ(count_younger(kDay), 24);
    EXPECT_LE(count_younger(15 * kDay), 24 + 15);
    EXPECT_LE(kept.size(), 24u + 15 + 9 + 11 + 2);
    EXPECT_GT(now - kept.back(), 330 * kDay);
    EXPECT_LT(now - kept.back(), 365 * kDay);
    for (size_t i = 1; i < kept.size(); ++i) {
        const int64_t age = now - kept[i];
        const int64_t gap = kept[i - 1] - kept[i];
        const int64_t allowed = age < 15 * kDay   ? 2 * kDay
                                : age < 71 * kDay ? 14 * kDay
                                                  : 60 * kDay;
        EXPECT_LE(gap, allowed) << "at age " << age / kDay << " days";
    }
}

class BackupFilesTest : public ::testing::Test {
  protected:
    void SetUp() override {
        collection_.emplace(Must(Collection::Open(dir_ / "collection.db")));
        Must(collection_->ImportBank(test::SolarBank()));
    }

    // Answers the first new card once.
    void Review() {
        CardQuery query;
        query.selection = CardSelection::kNew;
        const StudyCard card = Must(collection_->LoadCards(query)).front();
        CardState next = card.state;
        next.phase = CardPhase::kLearning;
        next.reps = 1;
        ReviewRecord review;
        review.time_ms = kMay1;
        Must(collection_->RecordReview(card.id, next, review));
    }

    test::TempDir dir_;
    std::filesystem::path folder_ = dir_ / "backups";
    std::optional<Collection> collection_;
};

TEST_F(BackupFilesTest, AWrittenBackupIsVerifiedNamedByTimeAndListed) {
    Review();
    const BackupInfo written = Must(WriteBackup(*collection_, folder_, kMay1));
    EXPECT_EQ(written.path, folder_ / BackupName(kMay1));
    EXPECT_TRUE(written.problem.empty());
    EXPECT_EQ(written.counts.reviews, 1);
    EXPECT_EQ(written.counts.questions, 3);

    const auto listed = Must(ListBackups(folder_));
    ASSERT_EQ(listed.size(), 1u);
    EXPECT_EQ(listed[0].time_ms, kMay1);
    EXPECT_GT(listed[0].bytes, 0u);
    // Nothing but the backup is left behind: no temporary or partial files.
    EXPECT_EQ(std::distance(std::filesystem::directory_iterator(folder_), {}), 1);
}

TEST_F(BackupFilesTest, TheNewestGoodBackupSkipsADamagedOne) {
    Must(WriteBackup(*collection_, folder_, kMay1));
    test::WriteFile(folder_ / BackupName(kMay1 + kHour), "this is not a database at all......");
    const auto listed = Must(ListBackups(folder_));
    ASSERT_EQ(listed.size(), 2u);
    EXPECT_FALSE(listed[0].problem.empty());
    const auto newest = Must(NewestGoodBackup(folder_));
    ASSERT_TRUE(newest.has_value());
    EXPECT_EQ(newest->time_ms, kMay1);
}

TEST_F(BackupFilesTest, WritingRotatesTheFolder) {
    Must(WriteBackup(*collection_, folder_, kMay1 - 400 * kDay));
    Must(WriteBackup(*collection_, folder_, kMay1));
    const auto listed = Must(ListBackups(folder_));
    ASSERT_EQ(listed.size(), 1u);
    EXPECT_EQ(listed[0].time_ms, kMay1);
}

TEST_F(BackupFilesTest, RestoreBringsBackTheBackupAndKeepsTheCurrentOne) {
    Must(WriteBackup(*collection_, folder_, kMay1));
    Review();
    const auto path = dir_ / "collection.db";
    collection_.reset();

    const BackupInfo restored =
        Must(RestoreBackup(folder_ / BackupName(kMay1), path, folder_, kMay1 + kHour));
    EXPECT_EQ(restored.counts.reviews, 0);
    EXPECT_EQ(Must(Must(Collection::Open(path)).Counts()).reviews, 0);
    // The collection as it was before the restore, with its review, is a backup now.
    const auto listed = Must(ListBackups(folder_));
    ASSERT_EQ(listed.size(), 2u);
    EXPECT_EQ(listed[0].time_ms, kMay1 + kHour);
    EXPECT_EQ(listed[0].counts.reviews, 1);
}

TEST_F(BackupFilesTest, RestoreReplacesAFileThatDoesNotOpenAndKeepsItsBytes) {
    Review();
    Must(WriteBackup(*collection_, folder_, kMay1));
    const auto path = dir_ / "collection.db";
    collection_.reset();
    test::WriteFile(path, "");

    Must(RestoreBackup(folder_ / BackupName(kMay1), path, folder_, kMay1 + kHour));
    EXPECT_EQ(Must(Must(Collection::Open(path)).Counts()).reviews, 1);
    EXPECT_TRUE(std::filesystem::exists(folder_ / ("damaged-" + BackupName(kMay1 + kHour))));
}

TEST_F(BackupFilesTest, ABadBackupIsNotRestoredAndNothingChanges) {
    const auto path = dir_ / "collection.db";
    Review();
    collection_.reset();
    std::filesystem::create_directories(folder_);
    test::WriteFile(folder_ / BackupName(kMay1), "garbage garbage garbage garbage garbage");
    const std::string before = test::ReadFile(path);

    auto restored = RestoreBackup(folder_ / BackupName(kMay1), path, folder_, kMay1);
    ASSERT_FALSE(restored);
    EXPECT_EQ(restored.error().code, ErrorCode::kCorrupt);
    EXPECT_EQ(test::ReadFile(path), before);
}

TEST_F(BackupFilesTest, SettingsRoundTripThroughTheConfigTable) {
    EXPECT_TRUE(Must(LoadBackupSettings(*collection_)).automatic);
    Must(SaveBackupSettings(*collection_, {"/tmp/elsewhere \"x\"", false}));
    const BackupSettings loaded = Must(LoadBackupSettings(*collection_));
    EXPECT_EQ(loaded.folder, "/tmp/elsewhere \"x\"");
    EXPECT_FALSE(loaded.automatic);
    EXPECT_EQ(BackupFolder(loaded, dir_ / "collection.db"), "/tmp/elsewhere \"x\"");
    EXPECT_EQ(BackupFolder({}, dir_ / "collection.db"), dir_ / "collection.db.backups");
    EXPECT_EQ(BackupFolder({}, DefaultCollectionPath()), DefaultBackupFolder());
}

}  // namespace
}  // namespace summit::storage
