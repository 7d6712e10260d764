// Internal: reading the Anki collection (an SQLite file) embedded in a package. The file is
// copied to a private temporary file, opened read-only with query_only, and only real tables
// are read (a view or trigger in a hostile file could run arbitrary work).
#pragma once

#include <filesystem>
#include <string>
#include <string_view>

#include "content/model/error.h"
#include "storage/anki/anki_package.h"
#include "storage/sqlite_db.h"

namespace summit::storage::anki {

// Where the collection came from, for messages, and where its temporary copy may go.
struct CollectionSource {
    std::string package;  // the package's name or path
    std::string member;   // e.g. "collection.anki21"
    std::filesystem::path temp_dir;
};

// Fills package.schema_version, note_types, decks, notes, cards and revlog from `sqlite_file`.
// kCorrupt when the bytes are not SQLite or lack an Anki table; SQLite errors otherwise.
[[nodiscard]] Status ReadAnkiCollection(std::string_view sqlite_file,
                                        const CollectionSource& source, AnkiPackage& package);

// The note types and decks of schema 11 (JSON in the col row) and of schema 18 (tables with
// protobuf settings); anki_models.cpp. Errors name `source`.
[[nodiscard]] Status ReadLegacyModels(Db& db, const CollectionSource& source, AnkiPackage& package);
[[nodiscard]] Status ReadModernModels(Db& db, const CollectionSource& source, AnkiPackage& package);

// An error about the collection member of `source`.
Error CollectionError(const CollectionSource& source, ErrorCode code, const std::string& message);

// Runs `sql` and calls `row(statement)` for each result row; errors name the collection.
template <typename RowFn>
[[nodiscard]] Status ForEachRow(Db& db, const CollectionSource& source, std::string_view sql,
                                RowFn row) {
    auto stmt = Statement::Prepare(db, sql);
    if (!stmt) {
        return Fail(CollectionError(source, stmt.error().code, stmt.error().message));
    }
    while (true) {
        auto more = stmt->Step();
        if (!more) {
            return Fail(CollectionError(source, more.error().code, more.error().message));
        }
        if (!*more) {
            return {};
        }
        row(*stmt);
    }
}

}  // namespace summit::storage::anki
