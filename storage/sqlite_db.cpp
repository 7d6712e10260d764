// SQLite return codes to Error values, and the statement wrapper.
#include "storage/sqlite_db.h"

#include <cerrno>

namespace summit::storage {

Db::~Db() {
    if (handle != nullptr) {
        // Statements are RAII locals that die first; close_v2 would still defer safely if one
        // outlived the connection.
        sqlite3_close_v2(handle);
    }
}

Error SqliteError(const Db& db, int rc, std::string_view what) {
    const std::string where = db.path.empty() ? std::string(":memory:") : db.path;
    const char* detail = db.handle != nullptr ? sqlite3_errmsg(db.handle) : sqlite3_errstr(rc);
    Error error;
    error.file = where;
    // A write that fails with ENOSPC (an fsync, a WAL grow) comes back as an I/O error; to
    // the person it is the same full disk.
    const bool no_space = (rc & 0xff) == SQLITE_IOERR && db.handle != nullptr &&
                          sqlite3_system_errno(db.handle) == ENOSPC;
    switch (no_space ? SQLITE_FULL : rc & 0xff) {
        case SQLITE_BUSY:
        case SQLITE_LOCKED:
            error.code = ErrorCode::kBusy;
            error.message = "the collection is in use by another Summit process (" + where +
                            ") while " + std::string(what);
            break;
        case SQLITE_READONLY:
            error.code = ErrorCode::kReadOnly;
            error.message = where + " is read-only; cannot save changes while " + std::string(what);
            break;
        case SQLITE_FULL:
            error.code = ErrorCode::kFull;
            error.message =
                "the disk is full; nothing was saved to " + where + " while " + std::string(what);
            break;
        case SQLITE_CORRUPT:
        case SQLITE_NOTADB:
            error.code = ErrorCode::kCorrupt;
            // error.file names the file; the message says what is wrong with it.
            error.message = "damaged or not a Summit collection (" + std::string(detail) + ")";
            break;
        case SQLITE_CANTOPEN:
            error.code = ErrorCode::kIo;
            error.message = "cannot open " + where + ": " + std::string(detail);
            break;
        case SQLITE_IOERR:
            error.code = ErrorCode::kIo;
            error.message = "reading or writing " + where + " failed while " + std::string(what) +
                            ": " + std::string(detail);
            break;
        default:
            error.code = ErrorCode::kDatabase;
            error.message = "database error in " + where + " while " + std::string(what) + ": " +
                            std::string(detail);
            break;
    }
    return error;
}

Status Exec(Db& db, std::string_view sql) {
    const std::string text(sql);
    const int rc = sqlite3_exec(db.handle, text.c_str(), nullptr, nullptr, nullptr);
    if (rc != SQLITE_OK) {
        // The SQL itself stays out of the message: people read these, and it means nothing
        // to them.
        return Fail(SqliteError(db, rc, "updating the collection"));
    }
    return {};
}

Statement::~Statement() {
    if (stmt_ != nullptr) {
        sqlite3_finalize(stmt_);
    }
}

Result<Statement> Statement::Prepare(Db& db, std::string_view sql) {
    sqlite3_stmt* stmt = nullptr;
    const int rc =
        sqlite3_prepare_v2(db.handle, sql.data(), static_cast<int>(sql.size()), &stmt, nullptr);
    if (rc != SQLITE_OK) {
        sqlite3_finalize(stmt);
        return Fail(SqliteError(db, rc, "preparing a query"));
    }
    return Statement(db, stmt);
}

// Bind errors (out of range index, out of memory) surface at the following Step, which
// SQLite reports with the same code; binding is therefore not checked separately.
Statement& Statement::Bind(int index, int64_t value) {
    sqlite3_bind_int64(stmt_, index, value);
    return *this;
}

Statement& Statement::Bind(int index, double value) {
    sqlite3_bind_double(stmt_, index, value);
    return *this;
}

Statement& Statement::Bind(int index, std::string_view value) {
    sqlite3_bind_text64(stmt_, index, value.data(), value.size(), SQLITE_TRANSIENT, SQLITE_UTF8);
    return *this;
}

Statement& Statement::BindBlob(int index, std::string_view bytes) {
    sqlite3_bind_blob64(stmt_, index, bytes.data(), bytes.size(), SQLITE_TRANSIENT);
    return *this;
}

Statement& Statement::Bind(int index, std::nullopt_t) {
    sqlite3_bind_null(stmt_, index);
    return *this;
}

Result<bool> Statement::Step() {
    const int rc = sqlite3_step(stmt_);
    if (rc == SQLITE_ROW) {
        return true;
    }
    if (rc == SQLITE_DONE) {
        return false;
    }
    return Fail(SqliteError(db_, rc, "running a query"));
}

Status Statement::Run() {
    auto row = Step();
    sqlite3_reset(stmt_);
    if (!row) {
        return Fail(row.error());
    }
    return {};
}

void Statement::Reset() {
    sqlite3_reset(stmt_);
    sqlite3_clear_bindings(stmt_);
}

std::string Statement::Text(int column) const {
    const auto* text = reinterpret_cast<const char*>(sqlite3_column_text(stmt_, column));
    if (text == nullptr) {
        return {};
    }
    return std::string(text, static_cast<size_t>(sqlite3_column_bytes(stmt_, column)));
}

std::string Statement::Blob(int column) const {
    const auto* bytes = static_cast<const char*>(sqlite3_column_blob(stmt_, column));
    if (bytes == nullptr) {
        return {};
    }
    return std::string(bytes, static_cast<size_t>(sqlite3_column_bytes(stmt_, column)));
}

std::string_view Statement::BlobView(int column) const {
    const auto* bytes = static_cast<const char*>(sqlite3_column_blob(stmt_, column));
    if (bytes == nullptr) {
        return {};
    }
    return std::string_view(bytes, static_cast<size_t>(sqlite3_column_bytes(stmt_, column)));
}

Result<int64_t> QueryInt(Db& db, std::string_view sql, std::optional<int64_t> bound) {
    auto stmt = Statement::Prepare(db, sql);
    if (!stmt) {
        return Fail(stmt.error());
    }
    if (bound) {
        stmt->Bind(1, *bound);
    }
    auto row = stmt->Step();
    if (!row) {
        return Fail(row.error());
    }
    if (!*row) {
        return Fail(ErrorCode::kDatabase, "reading " + db.path + " returned nothing");
    }
    return stmt->Int(0);
}

}  // namespace summit::storage
