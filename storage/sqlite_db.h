// Internal: a thin RAII layer over the SQLite C API that turns every return code into an Error.
// Only storage/*.cpp include this; nothing outside the storage layer sees sqlite3.h.
#pragma once

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include <sqlite3.h>

#include "content/model/error.h"

namespace summit::storage {

// An open connection plus what error messages need: the file it belongs to. Owned by a
// Collection through a unique_ptr so statements can keep a stable reference across moves.
struct Db {
    sqlite3* handle = nullptr;
    std::string path;                // as given to Open, or ":memory:"
    int transaction_depth = 0;       // 0 outside Transact; nested levels use savepoints
    bool read_only = false;          // opened with OpenMode::kReadOnly
    std::function<int64_t()> clock;  // OpenOptions::clock; empty: writes are stamped 0
    // OpenOptions::migration_progress: (rows done, rows in all) while a migration rewrites
    // a large table.
    std::function<void(int64_t, int64_t)> migration_progress;
    // The browser's bulk undo steps, oldest first, as (the number in their temp tables' names,
    // the BulkKind); see bulk_store.cpp.
    std::vector<std::pair<int, int>> bulk_undo;
    int bulk_undo_next = 1;             // the number the next step's temp tables get
    bool search_text_function = false;  // RegisterSearchTextFunction ran on this connection

    // The time to stamp on writes (created/modified), ms since the epoch.
    int64_t StampMs() const { return clock ? clock() : 0; }

    ~Db();
};

// Maps a SQLite result code (primary or extended) to an Error naming the collection file.
// `what` says what was being done, e.g. "reading the schema version".
Error SqliteError(const Db& db, int rc, std::string_view what);

// Runs one or more statements that return no rows.
[[nodiscard]] Status Exec(Db& db, std::string_view sql);

// A prepared statement. Bind parameters are 1-based as in SQLite; columns are 0-based.
class Statement {
  public:
    Statement(Statement&& other) noexcept
        : db_(other.db_), stmt_(std::exchange(other.stmt_, nullptr)) {}
    Statement& operator=(Statement&&) = delete;
    Statement(const Statement&) = delete;
    ~Statement();

    [[nodiscard]] static Result<Statement> Prepare(Db& db, std::string_view sql);

    Statement& Bind(int index, int64_t value);
    Statement& Bind(int index, int value) { return Bind(index, static_cast<int64_t>(value)); }
    Statement& Bind(int index, double value);
    Statement& Bind(int index, std::string_view value);
    Statement& Bind(int index, const std::string& value) {
        return Bind(index, std::string_view(value));
    }
    Statement& Bind(int index, const char* value) { return Bind(index, std::string_view(value)); }
    Statement& Bind(int index, std::nullopt_t);
    // NULL when empty. value_or keeps g++ 12 from a false maybe-uninitialized warning.
    Statement& Bind(int index, const std::optional<int64_t>& value) {
        return value.has_value() ? Bind(index, value.value_or(0)) : Bind(index, std::nullopt);
    }

    // Binds bytes as a BLOB (Bind binds text).
    Statement& BindBlob(int index, std::string_view bytes);

    // Binds every argument in order, starting at parameter 1.
    template <typename... Args>
    Statement& BindAll(const Args&... args) {
        int index = 0;
        (Bind(++index, args), ...);
        return *this;
    }

    // True when a row is available, false when done.
    [[nodiscard]] Result<bool> Step();
    // Steps a statement that returns no rows (INSERT, UPDATE, ...).
    [[nodiscard]] Status Run();
    // Resets for another round of binds; keeps the compiled statement.
    void Reset();

    int64_t Int(int column) const { return sqlite3_column_int64(stmt_, column); }
    double Real(int column) const { return sqlite3_column_double(stmt_, column); }
    std::string Text(int column) const;
    // A BLOB (or any) column's bytes.
    std::string Blob(int column) const;
    // The column's bytes without a copy, valid until the next Step, Reset or column read.
    std::string_view BlobView(int column) const;
    bool IsNull(int column) const { return sqlite3_column_type(stmt_, column) == SQLITE_NULL; }

  private:
    Statement(Db& db, sqlite3_stmt* stmt) : db_(db), stmt_(stmt) {}

    Db& db_;
    sqlite3_stmt* stmt_ = nullptr;
};

// Steps `stmt` to its end, calling `read()` at each row (which reads the row's columns from
// `stmt`); the first failed step's error, else success.
template <typename Read>
[[nodiscard]] Status ForEachRow(Statement& stmt, Read read) {
    while (true) {
        auto row = stmt.Step();
        if (!row) {
            return Fail(row.error());
        }
        if (!*row) {
            return {};
        }
        read();
    }
}

// Runs a query that yields one integer (e.g. a PRAGMA or a count); `bound`, when given, is
// bound to ?1.
[[nodiscard]] Result<int64_t> QueryInt(Db& db, std::string_view sql,
                                       std::optional<int64_t> bound = std::nullopt);

// Last inserted rowid on this connection.
inline int64_t LastInsertId(const Db& db) {
    return sqlite3_last_insert_rowid(db.handle);
}
// Rows changed by the last INSERT/UPDATE/DELETE.
inline int Changes(const Db& db) {
    return sqlite3_changes(db.handle);
}

}  // namespace summit::storage
