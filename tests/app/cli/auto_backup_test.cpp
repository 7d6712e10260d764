// The window's automatic backups, driven without a window: nothing until something changes,
// at most one per 30 minutes, one at close, each on a worker with its own connection.
#include "app/bootstrap/auto_backup.h"

#include <gtest/gtest.h>

#include "app/bootstrap/startup.h"
#include "storage/backup/backups.h"
#include "tests/support/temp_dir.h"

namespace summit::bootstrap {
namespace {

constexpr int64_t kMay1 = 1'714'554'000'000;  // 2024-05-01T09:00:00Z

TEST(AutoBackupTest, BacksUpChangesEveryThirtyMinutesAndAtClose) {
    testing::TempDir dir;
    const auto path = dir / "c.db";
    const auto folder = dir / "c.db.backups";
    int64_t now = kMay1;
    const study::Clock clock = [&now] { return now; };
    auto collection = OpenCollection(path, clock);
    ASSERT_TRUE(collection.has_value()) << collection.error().ToString();
    auto backups = [&] { return storage::ListBackups(folder).value().size(); };

    AutoBackup automatic(path, clock, collection->ChangeCount());
    now += AutoBackup::kIntervalMs;
    automatic.Poll(collection->ChangeCount());
    automatic.Finish(collection->ChangeCount());
    EXPECT_EQ(backups(), 0u) << "nothing changed, nothing copied";

    ASSERT_TRUE(collection->SetConfig("touched", "1").has_value());
    now += 60'000;
    automatic.Poll(collection->ChangeCount());
    automatic.Finish(collection->ChangeCount());  // waits for the worker; nothing new since
    EXPECT_EQ(automatic.LastError(), "");
    EXPECT_EQ(backups(), 1u);

    ASSERT_TRUE(collection->SetConfig("touched", "2").has_value());
    now += 60'000;
    automatic.Poll(collection->ChangeCount());
    EXPECT_FALSE(automatic.Running()) << "the last backup is less than 30 minutes old";
    automatic.Finish(collection->ChangeCount());
    EXPECT_EQ(backups(), 2u) << "closing backs up what changed";
    EXPECT_EQ(automatic.Written(), 2);
}

TEST(AutoBackupTest, SwitchedOffInSettingsWritesNothing) {
    testing::TempDir dir;
    const auto path = dir / "c.db";
    const study::Clock clock = [] { return kMay1; };
    auto collection = OpenCollection(path, clock);
    ASSERT_TRUE(collection.has_value());
    ASSERT_TRUE(storage::SaveBackupSettings(*collection, {"", false}).has_value());
    AutoBackup automatic(path, clock, 0);
    automatic.Finish(collection->ChangeCount());
    EXPECT_EQ(automatic.Written(), 0);
    EXPECT_FALSE(std::filesystem::exists(dir / "c.db.backups"));
}

}  // namespace
}  // namespace summit::bootstrap
