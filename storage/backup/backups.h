// Automatic backups of a collection: where they go, how they are named, written, verified,
// rotated, listed and restored. No UI: the command line and the window share it.
#pragma once

#include <cstdint>
#include <filesystem>
#include <optional>
#include <span>
#include <string>
#include <vector>

#include "content/model/error.h"
#include "storage/collection.h"

namespace summit::storage {

// Stored as JSON in the collection's config under kBackupSettingsKey.
struct BackupSettings {
    std::string folder;     // where backups go; empty: DefaultBackupFolder()
    bool automatic = true;  // back up before imports, migrations, restores and from the window
};
inline constexpr const char* kBackupSettingsKey = "backups";

// The settings stored in `collection`, defaults when none are. kInvalidArgument when the
// stored value is not the expected JSON object.
[[nodiscard]] Result<BackupSettings> LoadBackupSettings(const Collection& collection);
[[nodiscard]] Status SaveBackupSettings(Collection& collection, const BackupSettings& settings);

// $XDG_DATA_HOME/summit/backups (the XDG rules of DefaultCollectionPath).
std::filesystem::path DefaultBackupFolder();
// Where the backups of the collection at `collection_path` go: settings.folder when set; else
// DefaultBackupFolder() for the default collection, and "NAME.backups" beside any other, so
// the backups of two collections never mix and a restore never offers another's.
std::filesystem::path BackupFolder(const BackupSettings& settings,
                                   const std::filesystem::path& collection_path);

// "summit-2024-05-01-090000-123.db": the UTC time of the backup, to the millisecond, so names
// sort by time. ParseBackupName is its inverse; nullopt for any other name.
std::string BackupName(int64_t time_ms);
std::optional<int64_t> ParseBackupName(const std::string& name);

// Rotation like Anki's, as a pure function of the backups' times and now: every backup of the
// last 24 hours is kept; older ones, the oldest in each day for 14 days, in each week for the
// 8 weeks after, and in each 30 days up to a year; anything older goes. Keeping the oldest of
// each period lets backups age from one period into the next. Returns one flag per time: keep.
std::vector<bool> BackupsToKeep(std::span<const int64_t> times_ms, int64_t now_ms);

struct BackupInfo {
    std::filesystem::path path;
    int64_t time_ms = 0;      // from the name
    uintmax_t bytes = 0;      // file size
    CollectionCounts counts;  // when it opens
    std::string problem;      // empty for a good backup; else why it cannot be restored
};

// Opens a backup read-only and checks it (PRAGMA integrity_check) and counts what it holds;
// a backup that fails has `problem` set. Errors only when `path` has no backup name.
[[nodiscard]] Result<BackupInfo> InspectBackup(const std::filesystem::path& path);

// Every backup in `folder`, newest first (an absent folder has none). kIo when it cannot be
// read.
[[nodiscard]] Result<std::vector<BackupInfo>> ListBackups(const std::filesystem::path& folder);
// The newest backup without a problem, or nullopt.
[[nodiscard]] Result<std::optional<BackupInfo>> NewestGoodBackup(
    const std::filesystem::path& folder);

// Writes a backup of `collection` into `folder` (created when missing) named for `now_ms`:
// copied to a temporary name, verified (integrity check, and the same review and question
// counts as the collection), then renamed, so a half-written or bad copy never looks like a
// backup. Then rotates the folder (BackupsToKeep). Errors: kIo when the folder or file cannot
// be written; kCorrupt when the copy fails verification (it is removed); the collection's
// read errors. Safe to call on a worker thread with that thread's own Collection.
[[nodiscard]] Result<BackupInfo> WriteBackup(const Collection& collection,
                                             const std::filesystem::path& folder, int64_t now_ms);

// Copies a file that does not open as a collection into `folder` as
// "damaged-<BackupName>" before it is replaced, so nothing is ever thrown away.
[[nodiscard]] Result<std::filesystem::path> KeepDamagedFile(const std::filesystem::path& file,
                                                            const std::filesystem::path& folder,
                                                            int64_t now_ms);

// Replaces the collection at `collection_path` with the backup at `backup`, which must pass
// InspectBackup. When the current collection opens it is first backed up into `folder`, then
// overwritten in one SQLite transaction; when it does not open (damaged, empty, not SQLite)
// it is kept with KeepDamagedFile, and the backup is copied beside it and renamed over it.
// Either way the collection is the old one or the restored one, never a mix. Returns the
// restored backup's facts. Errors: kCorrupt for a bad backup (nothing changed); kBusy when
// another process holds the collection; kIo for file errors.
[[nodiscard]] Result<BackupInfo> RestoreBackup(const std::filesystem::path& backup,
                                               const std::filesystem::path& collection_path,
                                               const std::filesystem::path& folder, int64_t now_ms);

}  // namespace summit::storage
