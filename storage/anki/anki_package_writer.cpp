// Writing a package: the schema-11 collection built in a private temporary SQLite file in one
// transaction, then zipped with the meta, media map and media members.
#include "storage/anki/anki_package_writer.h"

#include <cassert>

#include <zip.h>

#include "content/json/writer.h"
#include "storage/anki/anki_field_text.h"
#include "storage/anki/private_temp_file.h"
#include "storage/sqlite_db.h"

namespace summit::storage::anki {
namespace {

// Schema 11 as Anki 2.1 creates it (tables, then the indexes it keeps).
constexpr std::string_view kSchema = R"sql(
CREATE TABLE col (id integer PRIMARY KEY, crt integer NOT NULL, mod integer NOT NULL,
  scm integer NOT NULL, ver integer NOT NULL, dty integer NOT NULL, usn integer NOT NULL,
  ls integer NOT NULL, conf text NOT NULL, models text NOT NULL, decks text NOT NULL,
  dconf text NOT NULL, tags text NOT NULL);
CREATE TABLE notes (id integer PRIMARY KEY, guid text NOT NULL, mid integer NOT NULL,
  mod integer NOT NULL, usn integer NOT NULL, tags text NOT NULL, flds text NOT NULL,
  sfld integer NOT NULL, csum integer NOT NULL, flags integer NOT NULL, data text NOT NULL);
CREATE TABLE cards (id integer PRIMARY KEY, nid integer NOT NULL, did integer NOT NULL,
  ord integer NOT NULL, mod integer NOT NULL, usn integer NOT NULL, type integer NOT NULL,
  queue integer NOT NULL, due integer NOT NULL, ivl integer NOT NULL, factor integer NOT NULL,
  reps integer NOT NULL, lapses integer NOT NULL, left integer NOT NULL, odue integer NOT NULL,
  odid integer NOT NULL, flags integer NOT NULL, data text NOT NULL);
CREATE TABLE revlog (id integer PRIMARY KEY, cid integer NOT NULL, usn integer NOT NULL,
  ease integer NOT NULL, ivl integer NOT NULL, lastIvl integer NOT NULL, factor integer NOT NULL,
  time integer NOT NULL, type integer NOT NULL);
CREATE TABLE graves (usn integer NOT NULL, oid integer NOT NULL, type integer NOT NULL);
CREATE INDEX ix_notes_usn ON notes (usn);
CREATE INDEX ix_cards_usn ON cards (usn);
CREATE INDEX ix_revlog_usn ON revlog (usn);
CREATE INDEX ix_cards_nid ON cards (nid);
CREATE INDEX ix_cards_sched ON cards (did, queue, due);
CREATE INDEX ix_revlog_cid ON revlog (cid);
CREATE INDEX ix_notes_csum ON notes (csum);
)sql";

// meta: the PackageMetadata message with version = 2 (LEGACY_2: collection.anki21).
constexpr char kMetaLegacy2[] = {0x08, 0x02};

Error WriteError(const std::filesystem::path& path, const std::string& message) {
    return Error{ErrorCode::kIo, message, path.string(), 0, 0};
}

std::string JoinFields(const std::vector<std::string>& fields) {
    std::string joined;
    for (std::size_t i = 0; i < fields.size(); ++i) {
        joined += i == 0 ? "" : "\x1f";
        joined += fields[i];
    }
    return joined;
}

// Anki keeps tags space-separated with a space before and after, so " tag " finds whole tags.
std::string JoinTags(const std::vector<std::string>& tags) {
    if (tags.empty()) {
        return "";
    }
    std::string joined = " ";
    for (const std::string& tag : tags) {
        joined += tag + " ";
    }
    return joined;
}

Status InsertCol(Db& db, const AnkiPackage& package, std::int64_t now_ms) {
    const std::int64_t now_s = now_ms / 1000;
    auto stmt = Statement::Prepare(
        db, "INSERT INTO col VALUES (1, ?, ?, ?, 11, 0, 0, 0, ?, ?, ?, ?, '{}')");
    if (!stmt) {
        return Fail(stmt.error());
    }
    stmt->BindAll(CreationDaySeconds(now_ms), now_ms, now_ms, CollectionConfigJson(package),
                  ModelsJson(package, now_s), DecksJson(package, now_s), DeckConfigJson(now_s));
    return stmt->Run();
}

Status InsertNotes(Db& db, const AnkiPackage& package, std::int64_t now_s) {
    auto stmt =
        Statement::Prepare(db, "INSERT INTO notes VALUES (?, ?, ?, ?, -1, ?, ?, ?, ?, 0, '')");
    if (!stmt) {
        return Fail(stmt.error());
    }
    for (const AnkiNote& note : package.notes) {
        assert(!note.fields.empty());
        stmt->Reset();
        stmt->BindAll(note.id, note.guid, note.note_type_id, now_s, JoinTags(note.tags),
                      JoinFields(note.fields), StripHtmlKeepingMedia(note.fields.front()),
                      static_cast<std::int64_t>(FieldChecksum(note.fields.front())));
        if (auto run = stmt->Run(); !run) {
            return run;
        }
    }
    return {};
}

Status InsertCards(Db& db, const AnkiPackage& package, std::int64_t now_s) {
    auto stmt = Statement::Prepare(
        db, "INSERT INTO cards VALUES (?, ?, ?, ?, ?, -1, ?, ?, ?, ?, ?, ?, ?, ?, 0, 0, 0, ?)");
    if (!stmt) {
        return Fail(stmt.error());
    }
    for (const AnkiCard& card : package.cards) {
        // Learning cards count their remaining steps in `left`; one step keeps them in learning.
        const int left = card.type == 1 || card.type == 3 ? 1 : 0;
        stmt->Reset();
        stmt->BindAll(card.id, card.note_id, card.deck_id, card.ord, now_s, card.type, card.queue,
                      card.due, card.ivl, card.factor, card.reps, card.lapses, left, card.data);
        if (auto run = stmt->Run(); !run) {
            return run;
        }
    }
    return {};
}

Status InsertRevlog(Db& db, const AnkiPackage& package) {
    auto stmt = Statement::Prepare(db, "INSERT INTO revlog VALUES (?, ?, -1, ?, ?, ?, ?, ?, ?)");
    if (!stmt) {
        return Fail(stmt.error());
    }
    for (const AnkiRevlog& review : package.revlog) {
        stmt->Reset();
        stmt->BindAll(review.id, review.card_id, review.ease, review.ivl, review.last_ivl,
                      review.factor, review.time_ms, review.type);
        if (auto run = stmt->Run(); !run) {
            return run;
        }
    }
    return {};
}

// Builds the collection in `file` and closes it, so its bytes are final.
Status BuildCollection(const std::filesystem::path& file, const AnkiPackage& package,
                       std::int64_t now_ms) {
    Db db;
    db.path = file.string();
    const int rc = sqlite3_open_v2(db.path.c_str(), &db.handle,
                                   SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX, nullptr);
    if (rc != SQLITE_OK) {
        return Fail(SqliteError(db, rc, "creating the Anki collection"));
    }
    // A throwaway file: no journal to keep, nothing to sync until it is zipped.
    if (auto setup = Exec(db, "PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF"); !setup) {
        return setup;
    }
    if (auto schema = Exec(db, kSchema); !schema) {
        return schema;
    }
    if (auto begin = Exec(db, "BEGIN"); !begin) {
        return begin;
    }
    Status filled = InsertCol(db, package, now_ms);
    if (filled) {
        filled = InsertNotes(db, package, now_ms / 1000);
    }
    if (filled) {
        filled = InsertCards(db, package, now_ms / 1000);
    }
    if (filled) {
        filled = InsertRevlog(db, package);
    }
    if (!filled) {
        (void)Exec(db, "ROLLBACK");
        return filled;
    }
    return Exec(db, "COMMIT");
}

std::string MediaMapJson(const AnkiPackage& package) {
    content::json::Writer out;
    out.StartObject();
    for (std::size_t i = 0; i < package.media.size(); ++i) {
        out.Field(std::to_string(i), package.media[i].name);
    }
    out.EndObject();
    return out.str();
}

// Adds a member whose bytes stay owned by the caller until the archive closes.
bool AddBuffer(zip_t* archive, const std::string& name, std::string_view bytes, bool store) {
    zip_source_t* source = zip_source_buffer(archive, bytes.data(), bytes.size(), 0);
    if (source == nullptr) {
        return false;
    }
    const zip_int64_t index = zip_file_add(archive, name.c_str(), source, ZIP_FL_ENC_UTF_8);
    if (index < 0) {
        zip_source_free(source);
        return false;
    }
    // Images are compressed already; Anki stores media as they are.
    return !store || zip_set_file_compression(archive, index, ZIP_CM_STORE, 0) == 0;
}

Status Zip(const std::filesystem::path& out, const std::filesystem::path& collection,
           const AnkiPackage& package) {
    int code = 0;
    zip_t* archive = zip_open(out.string().c_str(), ZIP_CREATE | ZIP_TRUNCATE, &code);
    if (archive == nullptr) {
        return Fail(WriteError(
            out, "cannot create the package (libzip error " + std::to_string(code) + ")"));
    }
    auto fail = [&](const std::string& what) {
        std::string message =
            "cannot write the package: " + what + ": " + zip_error_strerror(zip_get_error(archive));
        zip_discard(archive);
        return Fail(WriteError(out, message));
    };
    const std::string media_map = MediaMapJson(package);
    if (!AddBuffer(archive, "meta", std::string_view(kMetaLegacy2, sizeof kMetaLegacy2), true)) {
        return fail("meta");
    }
    zip_source_t* source = zip_source_file(archive, collection.string().c_str(), 0, -1);
    if (source == nullptr) {
        return fail("collection.anki21");
    }
    if (zip_file_add(archive, "collection.anki21", source, ZIP_FL_ENC_UTF_8) < 0) {
        zip_source_free(source);
        return fail("collection.anki21");
    }
    if (!AddBuffer(archive, "media", media_map, false)) {
        return fail("media");
    }
    for (std::size_t i = 0; i < package.media.size(); ++i) {
        if (!AddBuffer(archive, std::to_string(i), package.media[i].bytes, true)) {
            return fail("media file " + package.media[i].name);
        }
    }
    // zip_close writes a temporary file beside `out` and renames it into place.
    if (zip_close(archive) != 0) {
        return fail("closing");
    }
    return {};
}

}  // namespace

Status WriteAnkiPackage(const AnkiPackage& package, const std::filesystem::path& out,
                        const PackageWriteOptions& options) {
    auto file = PrivateTempFile::Create(options.temp_dir, "");
    if (!file) {
        return Fail(file.error());
    }
    if (auto built = BuildCollection(file->path(), package, options.now_ms); !built) {
        return built;
    }
    return Zip(out, file->path(), package);
}

}  // namespace summit::storage::anki
