// The collection inside a package: opening the private copy safely, then the tables both
// schemas share (notes, cards, revlog).
#include "storage/anki/anki_collection.h"

#include <set>

#include "content/json/json.h"
#include "storage/anki/private_temp_file.h"

namespace summit::storage::anki {
namespace {

constexpr std::string_view kSqliteMagic{"SQLite format 3\0", 16};

Error Named(const CollectionSource& source, Error error) {
    return CollectionError(source, error.code, error.message);
}

std::vector<std::string> Split(std::string_view text, char separator, bool keep_empty) {
    std::vector<std::string> parts;
    std::size_t start = 0;
    while (start <= text.size()) {
        const std::size_t end = std::min(text.find(separator, start), text.size());
        if (keep_empty || end > start) {
            parts.emplace_back(text.substr(start, end - start));
        }
        start = end + 1;
    }
    return parts;
}

std::optional<AnkiFsrsState> FsrsState(const std::string& data) {
    if (data.empty()) {
        return std::nullopt;
    }
    auto parsed = content::json::ParseText(data);
    if (!parsed || parsed->kind != content::json::Value::Kind::kObject) {
        return std::nullopt;
    }
    const content::json::Value* s = parsed->Find("s");
    const content::json::Value* d = parsed->Find("d");
    if (s == nullptr || d == nullptr || s->kind != content::json::Value::Kind::kNumber ||
        d->kind != content::json::Value::Kind::kNumber) {
        return std::nullopt;
    }
    AnkiFsrsState state{s->number, d->number, std::nullopt};
    const content::json::Value* dr = parsed->Find("dr");
    if (dr != nullptr && dr->kind == content::json::Value::Kind::kNumber) {
        state.desired_retention = dr->number;
    }
    return state;
}

// Opens the copy read-only and makes sure nothing the file says can write or run code.
Status OpenReadOnly(Db& db, const std::filesystem::path& file, const CollectionSource& source) {
    const int rc = sqlite3_open_v2(file.string().c_str(), &db.handle,
                                   SQLITE_OPEN_READONLY | SQLITE_OPEN_NOMUTEX, nullptr);
    if (rc != SQLITE_OK) {
        return Fail(Named(source, SqliteError(db, rc, "opening the collection")));
    }
    sqlite3_extended_result_codes(db.handle, 1);
    sqlite3_db_config(db.handle, SQLITE_DBCONFIG_DEFENSIVE, 1, nullptr);
    sqlite3_db_config(db.handle, SQLITE_DBCONFIG_TRUSTED_SCHEMA, 0, nullptr);
    if (auto pragmas = Exec(db, "PRAGMA query_only = ON; PRAGMA cell_size_check = ON"); !pragmas) {
        return Fail(Named(source, pragmas.error()));
    }
    return {};
}

Status RequireTables(Db& db, const CollectionSource& source, bool& modern) {
    auto stmt = Statement::Prepare(db, "SELECT name FROM sqlite_schema WHERE type = 'table'");
    if (!stmt) {
        const bool not_sqlite = stmt.error().code == ErrorCode::kCorrupt;
        return Fail(not_sqlite ? CollectionError(source, ErrorCode::kCorrupt,
                                                 "is not a readable SQLite database")
                               : Named(source, stmt.error()));
    }
    std::set<std::string> tables;
    while (true) {
        auto row = stmt->Step();
        if (!row) {
            return Fail(
                CollectionError(source, ErrorCode::kCorrupt,
                                "is not a readable SQLite database: " + row.error().message));
        }
        if (!*row) {
            break;
        }
        tables.insert(stmt->Text(0));
    }
    modern = tables.contains("notetypes");
    std::vector<std::string> required{"col", "notes", "cards", "revlog"};
    if (modern) {
        required.insert(required.end(), {"fields", "templates", "decks"});
    }
    for (const std::string& table : required) {
        if (!tables.contains(table)) {
            return Fail(CollectionError(source, ErrorCode::kCorrupt,
                                        "is not an Anki collection: it has no table " + table));
        }
    }
    return {};
}

Status ReadSharedTables(Db& db, const CollectionSource& source, AnkiPackage& package) {
    auto notes =
        ForEachRow(db, source, "SELECT id, guid, mid, tags, flds FROM notes ORDER BY id",
                   [&](const Statement& row) {
                       package.notes.push_back(AnkiNote{row.Int(0), row.Text(1), row.Int(2),
                                                        Split(row.Text(4), '\x1f', true),
                                                        Split(row.Text(3), ' ', false)});
                   });
    if (!notes) {
        return notes;
    }
    auto cards = ForEachRow(
        db, source,
        "SELECT id, nid, did, ord, type, queue, due, ivl, factor, reps, lapses, data FROM cards "
        "ORDER BY id",
        [&](const Statement& row) {
            AnkiCard card;
            card.id = row.Int(0);
            card.note_id = row.Int(1);
            card.deck_id = row.Int(2);
            card.ord = static_cast<int>(row.Int(3));
            card.type = static_cast<int>(row.Int(4));
            card.queue = static_cast<int>(row.Int(5));
            card.due = row.Int(6);
            card.ivl = row.Int(7);
            card.factor = static_cast<int>(row.Int(8));
            card.reps = static_cast<int>(row.Int(9));
            card.lapses = static_cast<int>(row.Int(10));
            card.data = row.Text(11);
            card.fsrs = FsrsState(card.data);
            package.cards.push_back(std::move(card));
        });
    if (!cards) {
        return cards;
    }
    return ForEachRow(
        db, source,
        "SELECT id, cid, ease, ivl, lastIvl, factor, time, type FROM revlog ORDER BY id",
        [&](const Statement& row) {
            package.revlog.push_back(AnkiRevlog{
                row.Int(0), row.Int(1), static_cast<int>(row.Int(2)), row.Int(3), row.Int(4),
                static_cast<int>(row.Int(5)), row.Int(6), static_cast<int>(row.Int(7))});
        });
}

}  // namespace

Error CollectionError(const CollectionSource& source, ErrorCode code, const std::string& message) {
    return Error{code, "member \"" + source.member + "\" " + message, source.package, 0, 0};
}

Status ReadAnkiCollection(std::string_view sqlite_file, const CollectionSource& source,
                          AnkiPackage& package) {
    if (!sqlite_file.starts_with(kSqliteMagic)) {
        return Fail(CollectionError(source, ErrorCode::kCorrupt, "is not an SQLite database"));
    }
    std::string copy(sqlite_file);
    // Header bytes 18 and 19 are 2 in WAL mode, which even a read-only connection serves with
    // -wal and -shm files beside the copy; 1 (rollback journal) reads the same pages without.
    if (copy.size() >= 20 && copy[18] == 2 && copy[19] == 2) {
        copy[18] = 1;
        copy[19] = 1;
    }
    auto file = PrivateTempFile::Create(source.temp_dir, copy);
    if (!file) {
        return Fail(Named(source, file.error()));
    }
    Db db;
    db.path = source.package;
    db.read_only = true;
    if (auto opened = OpenReadOnly(db, file->path(), source); !opened) {
        return opened;
    }
    bool modern = false;
    if (auto tables = RequireTables(db, source, modern); !tables) {
        return tables;
    }
    auto version = QueryInt(db, "SELECT ver FROM col LIMIT 1");
    if (!version) {
        return Fail(Named(source, version.error()));
    }
    package.schema_version = static_cast<int>(*version);
    auto created = QueryInt(db, "SELECT crt FROM col LIMIT 1");
    if (!created) {
        return Fail(Named(source, created.error()));
    }
    package.creation_secs = *created;
    auto models =
        modern ? ReadModernModels(db, source, package) : ReadLegacyModels(db, source, package);
    if (!models) {
        return models;
    }
    return ReadSharedTables(db, source, package);
}

}  // namespace summit::storage::anki
