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
    std::error_code ignored;
    std::filesystem::remove(path, ignored);
    auto target = Open(path);
    if (!target) {
        return Fail(
            Error{ErrorCode::kIo, "cannot write a copy to " + path.string(), path.string(), 0, 0});
    }
    return CopyPages(*db_, *target->db_);
}

}  // namespace summit::storage
