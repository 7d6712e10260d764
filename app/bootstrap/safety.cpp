// Automatic backups before changes, and explaining a collection that does not open.
#include "app/bootstrap/safety.h"

#include <sstream>

#include "app/bootstrap/time_text.h"
#include "content/model/counted.h"

namespace summit::bootstrap {

Result<std::optional<storage::BackupInfo>> AutomaticBackup(const storage::Collection& collection,
                                                           int64_t now_ms) {
    auto settings = storage::LoadBackupSettings(collection);
    if (!settings) {
        return Fail(settings.error());
    }
    const bool untouched_new = collection.WasCreated() && collection.ChangeCount() == 0;
    if (!settings->automatic || collection.Path() == ":memory:" || untouched_new) {
        return std::optional<storage::BackupInfo>();
    }
    auto written = storage::WriteBackup(
        collection, storage::BackupFolder(*settings, collection.Path()), now_ms);
    if (!written) {
        return Fail(written.error());
    }
    return std::optional<storage::BackupInfo>(std::move(*written));
}

bool IsBulkChange(const ChangeScope& scope) {
    return scope.cards > 1 || scope.deletes;
}

Result<std::optional<storage::BackupInfo>> BackupBeforeBulkChange(
    const storage::Collection& collection, const ChangeScope& scope, int64_t now_ms) {
    if (!IsBulkChange(scope)) {
        return std::optional<storage::BackupInfo>();
    }
    return AutomaticBackup(collection, now_ms);
}

namespace {

std::string PlainWords(const Error& error, const std::string& path) {
    switch (error.code) {
        case ErrorCode::kCorrupt:
            // The message says what is wrong, never the path again (error.file holds it).
            return "The collection " + path + " could not be opened: " + error.message +
                   ". It was not changed.";
        case ErrorCode::kUnsupportedVersion:
            return "The collection " + path +
                   " was saved by a newer version of Summit. Update Summit to open it; it was "
                   "not changed.";
        case ErrorCode::kBusy:
            return "The collection " + path +
                   " is in use by another Summit. Close the other Summit and try again.";
        case ErrorCode::kFull:
            return "The disk is full, so the collection " + path +
                   " could not be opened. Free some space and try again.";
        default:
            return "The collection " + path + " could not be opened: " + error.message;
    }
}

std::string Quoted(const std::string& text) {
    if (text.find_first_of(" '\"\\$`") == std::string::npos) {
        return text;
    }
    std::string quoted = "'";
    for (char c : text) {
        quoted += c == '\'' ? std::string("'\\''") : std::string(1, c);
    }
    return quoted + "'";
}

}  // namespace

std::string DescribeBackup(const storage::BackupInfo& backup) {
    std::string when = FormatIsoTimeUtc(backup.time_ms);  // "2024-05-01T09:00:00Z"
    when = when.substr(0, 10) + " " + when.substr(11, 5) + " UTC";
    return when + ", " + content::Counted(backup.counts.reviews, "review") + ", " +
           content::Counted(backup.counts.questions, "question");
}

OpenFailure ExplainOpenFailure(const Error& error, const std::filesystem::path& collection_path) {
    OpenFailure failure;
    failure.what = PlainWords(error, collection_path.string());
    // Another Summit holding the file is not damage: restoring would be the wrong advice.
    if (error.code == ErrorCode::kBusy) {
        return failure;
    }
    failure.backup_folder = storage::BackupFolder({}, collection_path);
    if (auto newest = storage::NewestGoodBackup(failure.backup_folder); newest && *newest) {
        failure.newest_backup = **newest;
        failure.restore_command = "summit --collection " + Quoted(collection_path.string()) +
                                  " restore " + Quoted(failure.newest_backup->path.string());
    }
    return failure;
}

std::string FormatOpenFailure(const OpenFailure& failure) {
    std::ostringstream out;
    out << failure.what << "\n";
    if (failure.newest_backup) {
        out << "The newest good backup is from " << DescribeBackup(*failure.newest_backup)
            << ":\n  " << failure.newest_backup->path.string() << "\nTo restore it, run:\n  "
            << failure.restore_command << "\n";
    } else if (!failure.backup_folder.empty()) {
        out << "No good backup was found in " << failure.backup_folder.string() << ".\n";
    }
    return out.str();
}

}  // namespace summit::bootstrap
