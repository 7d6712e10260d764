// Writing, verifying, listing and restoring backups of a collection.
#include "storage/backup/backups.h"

#include <algorithm>
#include <cstdlib>
#include <system_error>

#include "content/json/json.h"
#include "content/json/writer.h"
#include "storage/lookups.h"
#include "storage/sqlite_db.h"

namespace summit::storage {

namespace fs = std::filesystem;

namespace {

// Removes the backups rotation no longer keeps. Rotation is housekeeping: a file that cannot
// be removed stays, and the backup just written still counts as written.
void Rotate(const fs::path& folder, int64_t now_ms) {
    std::error_code ec;
    std::vector<fs::path> paths;
    std::vector<int64_t> times;
    for (const auto& entry : fs::directory_iterator(folder, ec)) {
        if (auto time = ParseBackupName(entry.path().filename().string())) {
            paths.push_back(entry.path());
            times.push_back(*time);
        }
    }
    const std::vector<bool> keep = BackupsToKeep(times, now_ms);
    for (size_t i = 0; i < paths.size(); ++i) {
        if (!keep[i]) {
            fs::remove(paths[i], ec);
        }
    }
}

// The first column of the first row of `sql`, as text.
Result<std::string> QueryText(Db& db, const char* sql) {
    auto stmt = Statement::Prepare(db, sql);
    if (!stmt) {
        return Fail(stmt.error());
    }
    auto row = stmt->Step();
    if (!row) {
        return Fail(row.error());
    }
    return *row ? stmt->Text(0) : std::string();
}

// Checks a copy through a plain read-only connection rather than Collection::Open, which
// refuses an older schema read-only: a backup taken before a migration is a good backup.
BackupInfo InspectFile(const fs::path& path, int64_t time_ms) {
    BackupInfo info;
    info.path = path;
    info.time_ms = time_ms;
    std::error_code ec;
    info.bytes = fs::file_size(path, ec);
    if (ec) {
        info.problem = "cannot be read: " + ec.message();
        return info;
    }
    if (info.bytes == 0) {
        info.problem = "the file is empty";
        return info;
    }
    Db db;
    db.path = path.string();
    db.read_only = true;
    const int rc = sqlite3_open_v2(db.path.c_str(), &db.handle, SQLITE_OPEN_READONLY, nullptr);
    if (rc != SQLITE_OK) {
        info.problem = SqliteError(db, rc, "opening the backup").message;
        return info;
    }
    auto integrity = QueryText(db, "PRAGMA integrity_check");
    if (!integrity || *integrity != "ok") {
        info.problem = integrity ? "damaged: " + *integrity : integrity.error().message;
        return info;
    }
    auto version = QueryInt(db, "PRAGMA user_version");
    if (!version || *version <= 0 || *version > CurrentSchemaVersion()) {
        info.problem = version ? "not a collection this Summit reads (schema version " +
                                     std::to_string(*version) + ")"
                               : version.error().message;
        return info;
    }
    auto questions = QueryInt(db, "SELECT count(*) FROM questions");
    auto cards = QueryInt(db, "SELECT count(*) FROM cards");
    auto reviews = QueryInt(db, "SELECT count(*) FROM revlog");
    if (!questions || !cards || !reviews) {
        info.problem = "cannot be read: it lacks Summit's tables";
        return info;
    }
    info.counts = {*questions, *cards, *reviews};
    return info;
}

}  // namespace

Result<BackupSettings> LoadBackupSettings(const Collection& collection) {
    auto stored = collection.GetConfig(kBackupSettingsKey);
    if (!stored) {
        return Fail(stored.error());
    }
    BackupSettings settings;
    if (!stored->has_value()) {
        return settings;
    }
    auto value = content::json::Parse(**stored);
    if (!value || value->kind != content::json::Value::Kind::kObject) {
        return Fail(ErrorCode::kInvalidArgument,
                    std::string("config \"") + kBackupSettingsKey + "\" is not a JSON object");
    }
    settings.folder = content::json::GetString(*value, "folder");
    settings.automatic = content::json::GetBool(*value, "automatic", true);
    return settings;
}

Status SaveBackupSettings(Collection& collection, const BackupSettings& settings) {
    content::json::Writer writer;
    writer.StartObject()
        .Field("folder", settings.folder)
        .Field("automatic", settings.automatic)
        .EndObject();
    return collection.SetConfig(kBackupSettingsKey, writer.str());
}

fs::path DefaultBackupFolder() {
    return DefaultCollectionPath().parent_path() / "backups";
}

fs::path BackupFolder(const BackupSettings& settings, const fs::path& collection_path) {
    if (!settings.folder.empty()) {
        return settings.folder;
    }
    std::error_code ec;
    const fs::path standard = DefaultCollectionPath();
    if (collection_path == standard || fs::equivalent(collection_path, standard, ec)) {
        return DefaultBackupFolder();
    }
    fs::path beside = collection_path;
    beside += ".backups";
    return beside;
}

Result<BackupInfo> InspectBackup(const fs::path& path) {
    auto time = ParseBackupName(path.filename().string());
    if (!time) {
        return Fail(
            Error{ErrorCode::kInvalidArgument,
                  path.string() + " is not named like a Summit backup (" + BackupName(0) + ")",
                  path.string(), 0, 0});
    }
    return InspectFile(path, *time);
}

Result<std::vector<BackupInfo>> ListBackups(const fs::path& folder) {
    std::vector<BackupInfo> backups;
    std::error_code ec;
    if (!fs::exists(folder, ec)) {
        return backups;
    }
    fs::directory_iterator entries(folder, ec);
    if (ec) {
        return Fail(FileError(folder, "cannot read the backup folder", ec));
    }
    for (const auto& entry : entries) {
        if (!ParseBackupName(entry.path().filename().string())) {
            continue;
        }
        auto info = InspectBackup(entry.path());
        if (info) {
            backups.push_back(std::move(*info));
        }
    }
    std::sort(backups.begin(), backups.end(),
              [](const BackupInfo& a, const BackupInfo& b) { return a.time_ms > b.time_ms; });
    return backups;
}

Result<std::optional<BackupInfo>> NewestGoodBackup(const fs::path& folder) {
    auto backups = ListBackups(folder);
    if (!backups) {
        return Fail(backups.error());
    }
    for (BackupInfo& backup : *backups) {
        if (backup.problem.empty()) {
            return std::optional<BackupInfo>(std::move(backup));
        }
    }
    return std::optional<BackupInfo>();
}

Result<BackupInfo> WriteBackup(const Collection& collection, const fs::path& folder,
                               int64_t now_ms) {
    std::error_code ec;
    fs::create_directories(folder, ec);
    if (ec) {
        return Fail(FileError(folder, "cannot create the backup folder", ec));
    }
    auto counts = collection.Counts();
    if (!counts) {
        return Fail(counts.error());
    }
    // Two backups in one millisecond (a restore right after an import) get distinct names.
    int64_t time_ms = now_ms;
    while (fs::exists(folder / BackupName(time_ms), ec)) {
        ++time_ms;
    }
    const fs::path final_path = folder / BackupName(time_ms);
    fs::path temporary = final_path;
    temporary += ".tmp";
    if (auto copied = collection.BackupTo(temporary); !copied) {
        RemoveDatabaseFiles(temporary);
        return Fail(copied.error());
    }
    auto info = std::optional<BackupInfo>(InspectFile(temporary, time_ms));
    auto same = [&](const CollectionCounts& source) {
        return info->counts.reviews == source.reviews && info->counts.questions == source.questions;
    };
    // Another connection may write while the copy is taken; the copy then matches the
    // counts after it rather than before.
    bool matches = info->problem.empty() && same(*counts);
    if (info->problem.empty() && !matches) {
        auto after = collection.Counts();
        matches = after && same(*after);
    }
    if (!matches) {
        RemoveDatabaseFiles(temporary);
        const std::string why =
            info->problem.empty() ? "it does not hold the same reviews" : info->problem;
        return Fail(Error{
            ErrorCode::kCorrupt,
            "the backup " + final_path.string() + " failed its check (" + why + ") and was removed",
            final_path.string(), 0, 0});
    }
    fs::rename(temporary, final_path, ec);
    if (ec) {
        RemoveDatabaseFiles(temporary);
        return Fail(FileError(final_path, "cannot write", ec));
    }
    info->path = final_path;
    Rotate(folder, now_ms);
    return std::move(*info);
}

Result<fs::path> KeepDamagedFile(const fs::path& file, const fs::path& folder, int64_t now_ms) {
    std::error_code ec;
    fs::create_directories(folder, ec);
    if (ec) {
        return Fail(FileError(folder, "cannot create the backup folder", ec));
    }
    const fs::path kept = folder / ("damaged-" + BackupName(now_ms));
    fs::copy_file(file, kept, fs::copy_options::overwrite_existing, ec);
    if (ec) {
        return Fail(FileError(kept, "cannot keep a copy of the damaged collection at", ec));
    }
    return kept;
}

}  // namespace summit::storage
