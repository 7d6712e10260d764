// Whole-collection copies through SQLite's online backup API, which copies a consistent
// snapshot page by page even while this connection is open in WAL mode.
#include "storage/collection.h"
#include "storage/sqlite_db.h"

namespace summit::storage {
namespace {

// Copies every page of `from` into `to`, replacing its contents.
Status CopyPages(const Db& from, Db& to) {
    sqlite3_backup* backup = sqlite3_backup_init(to.handle, "main", from.handle, "main");
    if (backup == nullptr) {
        return Fail(SqliteError(to, sqlite3_errcode(to.handle), "starting a copy"));
    }
    const int step = sqlite3_backup_step(backup, -1);
    const int finish = sqlite3_backup_finish(backup);
    if (step != SQLITE_DONE) {
        return Fail(SqliteError(to, step, "copying the collection"));
    }
    if (finish != SQLITE_OK) {
        return Fail(SqliteError(to, finish, "finishing the copy"));
    }
    return {};
}

}  // namespace

Result<Collection> Collection::CopyToMemory() const {
    auto copy = OpenInMemory();
    if (!copy) {
        return Fail(copy.error());
    }
    if (auto copied = CopyPages(*db_, *copy->db_); !copied) {
        return Fail(copied.error());
    }
    return std::move(*copy);
}

Status Collection::BackupTo(const std::filesystem::path& path) const {
    namespace fs = std::filesystem;
    std::error_code error;
    if (db_->path != ":memory:" && fs::equivalent(path, db_->path, error)) {
        return Fail(Error{ErrorCode::kInvalidArgument,
                          "a collection cannot be backed up onto itself", path.string(), 0, 0});
    }
    // Written beside the target and renamed over it only when complete, so a failed backup
    // never leaves a half copy where the last good one was.
    fs::path partial = path;
    partial += ".partial";
    auto remove_partial = [&] {
        for (const char* suffix : {"", "-wal", "-shm"}) {
            fs::path file = partial;
            file += suffix;
            fs::remove(file, error);
        }
    };
    remove_partial();
    const Status copied = [&]() -> Status {
        // A plain, empty database file in rollback-journal mode: unlike a WAL-mode target,
        // it takes the page size of the collection copied into it, whatever that is.
        Db target;
        target.path = partial.string();
        if (sqlite3_open_v2(target.path.c_str(), &target.handle,
                            SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr) != SQLITE_OK) {
            return Fail(Error{ErrorCode::kIo, "cannot write a copy to " + path.string(),
                              path.string(), 0, 0});
        }
        if (auto pages = CopyPages(*db_, target); !pages) {
            return pages;
        }
        // One self-contained file: the copied header says WAL; the copy must not need one.
        return Exec(target, "PRAGMA journal_mode = DELETE");
    }();  // the copy is closed here
    if (!copied) {
        remove_partial();
        return copied;
    }
    fs::rename(partial, path, error);
    if (error) {
        remove_partial();
        return Fail(Error{ErrorCode::kIo,
                          "cannot write a copy to " + path.string() + ": " + error.message(),
                          path.string(), 0, 0});
    }
    return {};
}

Status Collection::RestoreFromFile(const std::filesystem::path& source) {
    if (db_->read_only) {
        return Fail(SqliteError(*db_, SQLITE_READONLY, "restoring a backup"));
    }
    if (db_->transaction_depth > 0) {
        return Fail(ErrorCode::kConflict, "a backup cannot be restored inside a transaction");
    }
    Db from;
    from.path = source.string();
    from.read_only = true;
    if (const int rc =
            sqlite3_open_v2(from.path.c_str(), &from.handle, SQLITE_OPEN_READONLY, nullptr);
        rc != SQLITE_OK) {
        return Fail(SqliteError(from, rc, "opening the backup"));
    }
    // The backup API writes the destination in one transaction of its own, under its lock.
    // A WAL-mode destination cannot change its page size, so a backup with another page size
    // is copied in rollback-journal mode, and WAL mode is taken up again afterwards.
    auto from_page_size = QueryInt(from, "PRAGMA page_size");
    auto own_page_size = QueryInt(*db_, "PRAGMA page_size");
    if (!from_page_size || !own_page_size) {
        return Fail(!from_page_size ? from_page_size.error() : own_page_size.error());
    }
    if (*from_page_size == *own_page_size) {
        return CopyPages(from, *db_);
    }
    if (auto journal = Exec(*db_, "PRAGMA journal_mode = DELETE"); !journal) {
        return journal;
    }
    const Status copied = CopyPages(from, *db_);
    const Status wal = Exec(*db_, "PRAGMA journal_mode = WAL");
    return copied ? wal : copied;
}

}  // namespace summit::storage
