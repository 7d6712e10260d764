// Opening a collection (pragmas, version checks, migration) and the transaction helper.
#include "storage/collection.h"

#include <atomic>
#include <cassert>
#include <cerrno>
#include <cstring>
#include <fstream>
#include <system_error>

#include <unistd.h>

#include "storage/schema.h"
#include "storage/sqlite_db.h"

namespace summit::storage {

namespace fs = std::filesystem;

namespace {

constexpr const char* kInMemory = ":memory:";
// Page cache per connection, in KiB (SQLite's default is 2,000 KiB). Pages are allocated only
// as they are read, so a small collection never uses it all.
constexpr int kPageCacheKiB = 32'000;
// Planner statistics refreshed on close, each index sampled to at most this many rows (the
// figure SQLite's documentation suggests for PRAGMA optimize).
constexpr const char* kOptimizeOnClose = "PRAGMA analysis_limit = 400; PRAGMA optimize";

// The message leaves the path to error.file: messages that quote it again read it twice.
Error DamagedError(const std::string& path, const std::string& why) {
    Error error{ErrorCode::kCorrupt, "damaged or not a Summit collection (" + why + ")", path, 0,
                0};
    return error;
}

// A truncated file still has a valid header. SQLite refuses it at the first read, calling it
// malformed; the header's page count against the file size says what actually happened, for
// the cost of reading 100 bytes before SQLite does. Skipped while a WAL file holds pages not
// yet copied into the main file, and for a header SQLite would not trust either.
Status CheckNotTruncated(const std::string& path_text, const fs::path& path) {
    std::error_code ec;
    fs::path wal = path;
    wal += "-wal";
    if (fs::exists(wal, ec) && fs::file_size(wal, ec) > 0) {
        return {};
    }
    const auto file_size = fs::file_size(path, ec);
    unsigned char header[100] = {};
    std::ifstream in(path, std::ios::binary);
    if (ec || !in.read(reinterpret_cast<char*>(header), sizeof header)) {
        return {};  // a size or header we cannot read is not evidence of truncation
    }
    auto big_endian = [&](int at, int bytes) {
        uintmax_t value = 0;
        for (int i = 0; i < bytes; ++i) {
            value = (value << 8) | header[at + i];
        }
        return value;
    };
    const uintmax_t page_size = big_endian(16, 2) == 1 ? 65536 : big_endian(16, 2);
    const uintmax_t page_count = big_endian(28, 4);
    // The in-header size counts only when the change counter matches "version valid for".
    const bool size_valid = big_endian(24, 4) == big_endian(92, 4);
    if (std::memcmp(header, "SQLite format 3", 16) == 0 && size_valid &&
        page_count * page_size > file_size) {
        return Fail(DamagedError(path_text, "the file is shorter than its header says; truncated"));
    }
    return {};
}

}  // namespace

Collection::Collection(std::unique_ptr<Db> db, bool was_created)
    : db_(std::move(db)), was_created_(was_created) {}
Collection::Collection(Collection&&) noexcept = default;
Collection& Collection::operator=(Collection&&) noexcept = default;
Collection::~Collection() {
    // Lets SQLite refresh its planner statistics when this session's queries showed a need;
    // a no-op most of the time. Skipped for read-only collections (it may write). The
    // analysis limit samples each index instead of reading all of it: a table never analyzed
    // (a review log just migrated) would otherwise cost one closing `summit review` a read of
    // its whole index, thousands of pages at a million reviews.
    if (db_ != nullptr && !db_->read_only && optimize_on_close_) {
        sqlite3_exec(db_->handle, kOptimizeOnClose, nullptr, nullptr, nullptr);
    }
}

const std::string& Collection::Path() const {
    return db_->path;
}

int64_t Collection::ChangeCount() const {
    return sqlite3_total_changes64(db_->handle);
}

Result<Collection> Collection::OpenInMemory() {
    return Open(kInMemory);
}

namespace {

// A step that rebuilds a table (the review log in v7 and v16) frees the old table's pages,
// which SQLite keeps inside the file for reuse: at 1,000,000 reviews a third of the file.
// Returning them once, right after the upgrade, keeps the collection as small as a new one
// (VACUUM: about 1.5 s at that size). Best effort: when another process has the file open,
// VACUUM fails as busy and the file is only larger, never different.
void CompactAfterUpgrade(Collection& collection) {
    auto space = collection.Space();
    if (space && space->free_bytes * 4 > space->file_bytes) {
        (void)collection.Compact();
    }
}

}  // namespace

Result<Collection> Collection::Open(const fs::path& path, OpenOptions options) {
    const std::string path_text = path.string();
    if (path == kInMemory) {
        return OpenFile(path, options);
    }
    std::error_code ec;
    const bool exists = fs::exists(path, ec);
    // SQLite reads an empty file as an empty database, which would be migrated into a fresh
    // collection; an existing empty file is a collection that lost its contents, and the
    // person must decide (restore a backup) rather than find their reviews silently gone.
    if (exists && fs::is_regular_file(path, ec) && fs::file_size(path, ec) == 0 && !ec) {
        return Fail(DamagedError(path_text, "the file is empty (zero bytes)"));
    }
    if (options.mode == OpenMode::kReadOnly) {
        if (!exists) {
            return Fail(
                Error{ErrorCode::kNotFound, "no collection at " + path_text, path_text, 0, 0});
        }
        return OpenFile(path, options);
    }
    if (exists) {
        return OpenFile(path, options);
    }
    if (path.has_parent_path()) {
        fs::create_directories(path.parent_path(), ec);
        if (ec) {
            return Fail(Error{ErrorCode::kIo,
                              "cannot create the folder for " + path_text + ": " + ec.message(),
                              path_text, 0, 0});
        }
    }
    auto created = CreateFile(path, options);
    if (!created) {
        return Fail(created.error());
    }
    auto opened = OpenFile(path, options);
    if (opened) {
        opened->was_created_ = *created;
    }
    return opened;
}

Result<bool> Collection::CreateFile(const fs::path& path, const OpenOptions& options) {
    // Unique per process and per call, so concurrent creators never share a building file.
    static std::atomic<int> attempts{0};
    fs::path building = path;
    building += ".new-" + std::to_string(::getpid()) + "-" + std::to_string(attempts++);
    RemoveDatabaseFiles(building);
    std::error_code ec;
    {
        auto collection = OpenFile(building, options);
        if (!collection) {
            fs::remove(building, ec);
            return Fail(collection.error());
        }
        // Closing the only connection checkpoints the WAL into the file before it is linked.
    }
    // link() refuses an existing name, so a collection another process finished first is
    // never replaced; rename() would replace it.
    const bool linked = ::link(building.c_str(), path.c_str()) == 0;
    const int link_errno = errno;
    fs::remove(building, ec);
    if (!linked && link_errno != EEXIST) {
        const std::string path_text = path.string();
        return Fail(Error{ErrorCode::kIo,
                          "cannot create " + path_text + ": " + std::strerror(link_errno),
                          path_text, 0, 0});
    }
    return linked;
}

Result<Collection> Collection::OpenFile(const fs::path& path, const OpenOptions& options) {
    const bool in_memory = path == kInMemory;
    const bool read_only = options.mode == OpenMode::kReadOnly;
    const std::string path_text = path.string();

    auto db = std::make_unique<Db>();
    db->path = path_text;
    db->read_only = read_only;
    db->clock = options.clock;
    db->migration_progress = options.migration_progress;
    // NOMUTEX: a Collection is used from one thread at a time (its contract), so SQLite's
    // per-call connection mutex is pure cost — about 7% of reading a million review rows.
    const int flags =
        (read_only ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE) |
        SQLITE_OPEN_NOMUTEX;
    const int rc = sqlite3_open_v2(path_text.c_str(), &db->handle, flags, nullptr);
    if (rc != SQLITE_OK) {
        return Fail(SqliteError(*db, rc, "opening the collection"));
    }
    sqlite3_extended_result_codes(db->handle, 1);
    sqlite3_busy_timeout(db->handle, options.busy_timeout_ms);

    // Nothing below writes until the version and integrity checks pass, so a collection we
    // refuse stays byte-for-byte as it was. Reading the header is also what detects NOTADB.
    if (!in_memory) {
        if (auto intact = CheckNotTruncated(path_text, path); !intact) {
            return Fail(intact.error());
        }
    }
    auto version = QueryInt(*db, "PRAGMA user_version");
    if (!version) {
        return Fail(version.error());
    }
    auto objects = QueryInt(*db, "SELECT count(*) FROM sqlite_schema");
    if (!objects) {
        return Fail(objects.error());
    }
    const int current = CurrentSchemaVersion();
    if (*version < 0) {
        return Fail(DamagedError(
            path_text, "its schema version " + std::to_string(*version) + " is impossible"));
    }
    if (*version > current) {
        return Fail(Error{ErrorCode::kUnsupportedVersion,
                          path_text + " was written by a newer Summit (schema version " +
                              std::to_string(*version) + "; this build reads up to " +
                              std::to_string(current) + "); it was not changed",
                          path_text, 0, 0});
    }
    if (*version == 0 && *objects > 0) {
        return Fail(DamagedError(path_text, "it holds tables but no Summit schema version"));
    }
    if (read_only && *version < current) {
        return Fail(Error{ErrorCode::kReadOnly,
                          path_text + " needs upgrading to schema version " +
                              std::to_string(current) + " but was opened read-only",
                          path_text, 0, 0});
    }

    if (!in_memory && !read_only) {
        // WAL lets a stats worker read while the study view writes, and survives crashes.
        if (auto wal = Exec(*db, "PRAGMA journal_mode = WAL"); !wal) {
            return Fail(wal.error());
        }
    }
    // FULL syncs the WAL at every commit, so an acknowledged review survives a power cut, not
    // only a crash (WAL's default NORMAL may lose the last commits on power loss).
    if (!read_only) {
        if (auto sync = Exec(*db, "PRAGMA synchronous = FULL"); !sync) {
            return Fail(sync.error());
        }
    }
    if (auto fk = Exec(*db, "PRAGMA foreign_keys = ON"); !fk) {
        return Fail(fk.error());
    }
    // kPageCacheKiB of page cache instead of SQLite's 2 MB: the card and question tables of
    // a 100,000-question collection stay cached between the queue's and the stats' reads.
    if (auto cache = Exec(*db, "PRAGMA cache_size = -" + std::to_string(kPageCacheKiB)); !cache) {
        return Fail(cache.error());
    }

    Collection collection(std::move(db), *version == 0);
    if (*version > 0 && *version < current && options.before_migration) {
        if (auto before = options.before_migration(collection); !before) {
            return Fail(before.error());
        }
    }
    if (*version < current) {
        Db& handle = *collection.db_;
        auto migrated = collection.Transact([&]() -> Status {
            // Read again under the write lock: another process may have migrated meanwhile.
            auto locked_version = QueryInt(handle, "PRAGMA user_version");
            if (!locked_version) {
                return Fail(locked_version.error());
            }
            const int from = static_cast<int>(*locked_version);
            if (from >= current) {
                return {};
            }
            if (auto schema = MigrateSchema(handle, from, current); !schema) {
                return schema;
            }
            return from == 0 && options.seed ? options.seed(collection) : Status{};
        });
        if (!migrated) {
            return Fail(migrated.error());
        }
        if (*version > 0) {
            CompactAfterUpgrade(collection);
        }
    }
    return collection;
}

Status Collection::BeginTransaction() {
    Db& db = *db_;
    const Status begun = db.transaction_depth == 0
                             // IMMEDIATE takes the write lock now, so a busy collection fails
                             // here rather than halfway through the work.
                             ? Exec(db, "BEGIN IMMEDIATE")
                             : Exec(db, "SAVEPOINT level" + std::to_string(db.transaction_depth));
    if (begun) {
        ++db.transaction_depth;
    }
    return begun;
}

Status Collection::CommitTransaction() {
    Db& db = *db_;
    assert(db.transaction_depth > 0);
    const int level = db.transaction_depth - 1;
    const Status done =
        level == 0 ? Exec(db, "COMMIT") : Exec(db, "RELEASE level" + std::to_string(level));
    if (!done) {
        RollbackTransaction();
        return done;
    }
    --db.transaction_depth;
    return done;
}

void Collection::RollbackTransaction() {
    Db& db = *db_;
    assert(db.transaction_depth > 0);
    const int level = --db.transaction_depth;
    // SQLite may already have rolled the whole transaction back (after FULL or IOERR);
    // then there is nothing left to undo at any level.
    if (sqlite3_get_autocommit(db.handle) != 0) {
        return;
    }
    // Errors are ignored: rollback is the failure path and has no further fallback.
    if (level == 0) {
        (void)Exec(db, "ROLLBACK");
    } else {
        const std::string name = "level" + std::to_string(level);
        (void)Exec(db, "ROLLBACK TO " + name);
        (void)Exec(db, "RELEASE " + name);
    }
}

}  // namespace summit::storage
