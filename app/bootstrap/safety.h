// Keeping a collection safe around risky steps, for the command line and the window alike:
// the automatic backup before a change, and what to tell a person whose collection will not
// open (what is wrong, the newest good backup, the command that restores it).
#pragma once

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>

#include "content/model/error.h"
#include "storage/backup/backups.h"
#include "storage/collection.h"

namespace summit::bootstrap {

// Backs `collection` up into its backup folder unless its settings switch automatic backups
// off, or this connection created it and has changed nothing since (it holds only the bundled
// banks, nothing to go back to; a failed first import then leaves no file): nullopt. Errors: those
// of storage::WriteBackup; the caller stops its change.
[[nodiscard]] Result<std::optional<storage::BackupInfo>> AutomaticBackup(
    const storage::Collection& collection, int64_t now_ms);

// What one change does to the collection, to tell a bulk change from an everyday one.
struct ChangeScope {
    int64_t cards = 0;     // cards it changes (or asks to change), counted once each
    bool deletes = false;  // it removes stored rows: reviews, cards or decks
};

// A bulk change changes more than one card at once or deletes anything (undoing a review, a
// deck). Answering, suspending or burying a single card is not one.
bool IsBulkChange(const ChangeScope& scope);

// The one call before a bulk change, from the command line and the window alike: the
// automatic backup (as AutomaticBackup, so the settings can switch it off) when `scope` is a
// bulk change, else nothing (nullopt). Errors: those of AutomaticBackup; the caller then makes
// no change.
[[nodiscard]] Result<std::optional<storage::BackupInfo>> BackupBeforeBulkChange(
    const storage::Collection& collection, const ChangeScope& scope, int64_t now_ms);

// Why a collection did not open, in plain words, and the way back.
struct OpenFailure {
    std::string what;                                  // one or two plain sentences
    std::filesystem::path backup_folder;               // where backups were looked for; empty
                                                       // when the file is only busy
    std::optional<storage::BackupInfo> newest_backup;  // the newest that passes its check
    std::string restore_command;                       // empty when there is no backup
};

// Explains `error` from opening `collection_path`; looks for backups in its default folder
// (storage::BackupFolder without settings: a collection that does not open cannot say where
// its settings put them).
OpenFailure ExplainOpenFailure(const Error& error, const std::filesystem::path& collection_path);

// The facts as lines of text for the terminal.
std::string FormatOpenFailure(const OpenFailure& failure);

// "2024-05-01 09:00 UTC, 1,234 reviews, 56 questions".
std::string DescribeBackup(const storage::BackupInfo& backup);

}  // namespace summit::bootstrap
