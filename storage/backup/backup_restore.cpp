// Restoring a backup over a collection, whole or not at all.
#include <system_error>

#include <unistd.h>

#include "storage/backup/backups.h"
#include "storage/lookups.h"

namespace summit::storage {

namespace fs = std::filesystem;

namespace {

// The collection does not open: keep its bytes, then copy the backup beside it and rename it
// over it. The rename is the one step that changes what the path names.
Status ReplaceFile(const fs::path& backup, const fs::path& collection_path, const fs::path& folder,
                   int64_t now_ms) {
    std::error_code ec;
    if (fs::exists(collection_path, ec)) {
        if (auto kept = KeepDamagedFile(collection_path, folder, now_ms); !kept) {
            return Fail(kept.error());
        }
    }
    fs::path beside = collection_path;
    beside += ".restoring-" + std::to_string(::getpid());
    fs::copy_file(backup, beside, fs::copy_options::overwrite_existing, ec);
    if (ec) {
        fs::remove(beside, ec);
        return Fail(FileError(beside, "cannot write", ec));
    }
    // A log left by the old file would be replayed into the restored one; the old file's bytes
    // are kept above.
    for (const char* suffix : {"-wal", "-shm", "-journal"}) {
        fs::remove(collection_path.string() + suffix, ec);
    }
    fs::rename(beside, collection_path, ec);
    if (ec) {
        const std::error_code rename_error = ec;
        fs::remove(beside, ec);
        return Fail(FileError(collection_path, "cannot replace", rename_error));
    }
    return {};
}

}  // namespace

Result<BackupInfo> RestoreBackup(const fs::path& backup, const fs::path& collection_path,
                                 const fs::path& folder, int64_t now_ms) {
    auto info = InspectBackup(backup);
    if (!info) {
        return Fail(info.error());
    }
    if (!info->problem.empty()) {
        return Fail(Error{ErrorCode::kCorrupt,
                          "the backup " + backup.string() + " cannot be restored: " +
                              info->problem + "; the collection was not changed",
                          backup.string(), 0, 0});
    }
    std::error_code ec;
    if (!fs::exists(collection_path, ec)) {
        if (auto replaced = ReplaceFile(backup, collection_path, folder, now_ms); !replaced) {
            return Fail(replaced.error());
        }
        return info;
    }
    // kReadWrite would migrate an older collection before it is backed up; read-only first
    // tells whether it opens at all.
    OpenOptions options;
    options.mode = OpenMode::kReadOnly;
    auto probe = Collection::Open(collection_path, options);
    const bool opens = probe.has_value() || probe.error().code == ErrorCode::kReadOnly;
    if (!opens && probe.error().code == ErrorCode::kBusy) {
        return Fail(probe.error());
    }
    probe = Result<Collection>(std::unexpect, Error{});  // closes it
    if (!opens) {
        if (auto replaced = ReplaceFile(backup, collection_path, folder, now_ms); !replaced) {
            return Fail(replaced.error());
        }
        return info;
    }
    auto current = Collection::Open(collection_path);
    if (!current) {
        return Fail(current.error());
    }
    if (auto saved = WriteBackup(*current, folder, now_ms); !saved) {
        return Fail(saved.error());
    }
    if (auto restored = current->RestoreFromFile(backup); !restored) {
        return Fail(restored.error());
    }
    return info;
}

}  // namespace summit::storage
