// Snapshot(): the dump is built from plain SQL over the collection's own connection.
#include "tests/storage/fault/collection_dump.h"

#include <cstdio>

#include <sqlite3.h>

#include "storage/collection.h"
#include "storage/testing.h"

namespace summit::testing {
namespace {

// Every value tagged with its type, so 1, 1.0, '1' and x'01' dump differently.
std::string ValueText(sqlite3_stmt* stmt, int column) {
    switch (sqlite3_column_type(stmt, column)) {
        case SQLITE_INTEGER:
            return "i" + std::to_string(sqlite3_column_int64(stmt, column));
        case SQLITE_FLOAT: {
            char text[40];
            std::snprintf(text, sizeof text, "f%.17g", sqlite3_column_double(stmt, column));
            return text;
        }
        case SQLITE_TEXT:
        case SQLITE_BLOB: {
            const auto* bytes =
                static_cast<const unsigned char*>(sqlite3_column_blob(stmt, column));
            const int size = sqlite3_column_bytes(stmt, column);
            std::string text = sqlite3_column_type(stmt, column) == SQLITE_TEXT ? "t" : "b";
            text += std::to_string(size) + ":";
            text.append(reinterpret_cast<const char*>(bytes), static_cast<size_t>(size));
            return text;
        }
        default:
            return "null";
    }
}

// Appends every row `sql` returns, one line each; false with a problem when it fails.
bool AppendRows(sqlite3* db, const std::string& sql, std::string& out,
                std::vector<std::string>& problems) {
    sqlite3_stmt* stmt = nullptr;
    if (sqlite3_prepare_v2(db, sql.c_str(), -1, &stmt, nullptr) != SQLITE_OK) {
        problems.push_back(sql + ": " + sqlite3_errmsg(db));
        sqlite3_finalize(stmt);
        return false;
    }
    int rc = SQLITE_OK;
    while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
        for (int i = 0; i < sqlite3_column_count(stmt); ++i) {
            out += (i == 0 ? "" : "|") + ValueText(stmt, i);
        }
        out += "\n";
    }
    if (rc != SQLITE_DONE) {
        problems.push_back(sql + ": " + sqlite3_errmsg(db));
    }
    sqlite3_finalize(stmt);
    return rc == SQLITE_DONE;
}

std::vector<std::string> Column(sqlite3* db, const std::string& sql,
                                std::vector<std::string>& problems) {
    std::string rows;
    AppendRows(db, sql, rows, problems);
    std::vector<std::string> values;
    size_t start = 0;
    while (start < rows.size()) {
        const size_t end = rows.find('\n', start);
        values.push_back(rows.substr(start, end - start));
        start = end + 1;
    }
    return values;
}

}  // namespace

CollectionSnapshot Snapshot(const std::filesystem::path& path) {
    CollectionSnapshot snapshot;
    auto collection = storage::Collection::Open(path);
    if (!collection) {
        snapshot.problems.push_back("does not open: " + collection.error().ToString());
        return snapshot;
    }
    auto integrity = collection->IntegrityProblems();
    if (!integrity) {
        snapshot.problems.push_back(integrity.error().ToString());
        return snapshot;
    }
    snapshot.problems = *integrity;
    sqlite3* db = storage::CollectionTestPeer::Handle(*collection);
    std::string& dump = snapshot.dump;
    AppendRows(db, "PRAGMA user_version", dump, snapshot.problems);
    AppendRows(db,
               "SELECT type, name, tbl_name, sql FROM sqlite_schema "
               "WHERE name NOT LIKE 'sqlite_stat%' ORDER BY type, name",
               dump, snapshot.problems);
    const auto tables = Column(db,
                               "SELECT name FROM sqlite_schema WHERE type = 'table' AND name "
                               "NOT LIKE 'sqlite_%' ORDER BY name",
                               snapshot.problems);
    for (const auto& tagged : tables) {
        const std::string table = tagged.substr(tagged.find(':') + 1);
        const auto columns = Column(db, "SELECT count(*) FROM pragma_table_info('" + table + "')",
                                    snapshot.problems);
        const int count = columns.empty() ? 0 : std::stoi(columns.front().substr(1));
        std::string order;
        for (int i = 1; i <= count; ++i) {
            order += (i == 1 ? "" : ", ") + std::to_string(i);
        }
        dump += "table " + table + "\n";
        AppendRows(db, "SELECT * FROM \"" + table + "\" ORDER BY " + order, dump,
                   snapshot.problems);
    }
    for (const auto& id : Column(db, "SELECT id FROM revlog", snapshot.problems)) {
        snapshot.review_ids.insert(std::stoll(id.substr(1)));
    }
    // The check itself must leave nothing behind that a later check would see as a change.
    collection->SkipOptimizeOnClose();
    return snapshot;
}

}  // namespace summit::testing
