// Test builders for Anki packages: libzip, libzstd and SQLite used directly.
#include "tests/storage/anki/package_builder.h"

#include <gtest/gtest.h>
#include <sqlite3.h>
#include <zip.h>
#include <zstd.h>

#include "storage/anki/anki_to_bank.h"
#include "tests/support/temp_dir.h"

namespace summit::testing {

std::string ZipBytes(const std::vector<ZipEntry>& entries) {
    TempDir dir;
    const std::string path = (dir / "package.zip").string();
    int code = 0;
    zip_t* archive = zip_open(path.c_str(), ZIP_CREATE | ZIP_TRUNCATE, &code);
    EXPECT_NE(archive, nullptr) << "libzip error " << code;
    if (archive == nullptr) {
        return {};
    }
    for (const ZipEntry& entry : entries) {
        zip_source_t* source =
            zip_source_buffer(archive, entry.bytes.data(), entry.bytes.size(), 0);
        const zip_int64_t index =
            zip_file_add(archive, entry.name.c_str(), source, ZIP_FL_ENC_UTF_8);
        EXPECT_GE(index, 0) << zip_strerror(archive);
        if (index >= 0 && entry.store) {
            zip_set_file_compression(archive, static_cast<zip_uint64_t>(index), ZIP_CM_STORE, 0);
        }
    }
    EXPECT_EQ(zip_close(archive), 0) << zip_strerror(archive);
    return ReadFile(path);
}

std::string ReplaceAll(std::string bytes, std::string_view from, std::string_view to) {
    EXPECT_EQ(from.size(), to.size());
    for (std::size_t at = bytes.find(from); at != std::string::npos;
         at = bytes.find(from, at + to.size())) {
        bytes.replace(at, from.size(), to);
    }
    return bytes;
}

std::string Zstd(std::string_view bytes) {
    std::string frame(ZSTD_compressBound(bytes.size()), '\0');
    const std::size_t size =
        ZSTD_compress(frame.data(), frame.size(), bytes.data(), bytes.size(), 3);
    EXPECT_FALSE(ZSTD_isError(size));
    frame.resize(ZSTD_isError(size) ? 0 : size);
    return frame;
}

namespace {
std::string Varint(std::uint64_t value) {
    std::string out;
    while (value >= 0x80) {
        out += static_cast<char>((value & 0x7f) | 0x80);
        value >>= 7;
    }
    out += static_cast<char>(value);
    return out;
}
}  // namespace

std::string VarintField(std::uint32_t number, std::uint64_t value) {
    return Varint(static_cast<std::uint64_t>(number) << 3) + Varint(value);
}

std::string BytesField(std::uint32_t number, std::string_view bytes) {
    return Varint((static_cast<std::uint64_t>(number) << 3) | 2) + Varint(bytes.size()) +
           std::string(bytes);
}

std::string SqliteFile(const std::filesystem::path& dir, const std::string& sql) {
    const std::string path = (dir / "scratch.db").string();
    std::filesystem::remove(path);
    sqlite3* db = nullptr;
    EXPECT_EQ(sqlite3_open(path.c_str(), &db), SQLITE_OK);
    char* message = nullptr;
    // A scratch file: nothing to protect, so no fsync and no journal.
    const std::string script = "PRAGMA synchronous = OFF; PRAGMA journal_mode = OFF;" + sql;
    EXPECT_EQ(sqlite3_exec(db, script.c_str(), nullptr, nullptr, &message), SQLITE_OK)
        << (message != nullptr ? message : "");
    sqlite3_free(message);
    sqlite3_close(db);
    std::string bytes = ReadFile(path);
    std::filesystem::remove(path);
    return bytes;
}

std::string SharedTablesSql() {
    return "CREATE TABLE col (id integer primary key, crt, mod, scm, ver, dty, usn, ls, conf, "
           "models, decks, dconf, tags);"
           "CREATE TABLE notes (id integer primary key, guid, mid, mod, usn, tags, flds, sfld, "
           "csum, flags, data);"
           "CREATE TABLE cards (id integer primary key, nid, did, ord, mod, usn, type, queue, due, "
           "ivl, factor, reps, lapses, left, odue, odid, flags, data);"
           "CREATE TABLE revlog (id integer primary key, cid, usn, ease, ivl, lastIvl, factor, "
           "time, type);";
}

std::string LegacySchemaSql(const std::string& models, const std::string& decks) {
    return SharedTablesSql() + "INSERT INTO col VALUES (1, 0, 0, 0, 11, 0, 0, 0, '{}', " +
           SqlBlob(models) + ", " + SqlBlob(decks) +
           ", '{}', '{}');"
           "UPDATE col SET models = CAST(models AS TEXT), decks = CAST(decks AS TEXT);";
}

std::string SqlBlob(std::string_view bytes) {
    return "X'" + storage::anki::HexBytes(bytes) + "'";
}

std::string ZipMember(const std::filesystem::path& archive, const char* name) {
    int error = 0;
    zip_t* zip = zip_open(archive.string().c_str(), ZIP_RDONLY, &error);
    if (zip == nullptr) {
        return {};
    }
    std::string bytes;
    zip_stat_t stat;
    if (zip_stat(zip, name, 0, &stat) == 0) {
        if (zip_file_t* file = zip_fopen(zip, name, 0)) {
            bytes.resize(stat.size);
            if (zip_fread(file, bytes.data(), stat.size) != static_cast<zip_int64_t>(stat.size)) {
                bytes.clear();
            }
            zip_fclose(file);
        }
    }
    zip_discard(zip);
    return bytes;
}

std::vector<std::string> FilesIn(const std::filesystem::path& dir) {
    std::vector<std::string> names;
    std::error_code error;
    for (const auto& entry : std::filesystem::directory_iterator(dir, error)) {
        names.push_back(entry.path().filename().string());
    }
    return names;
}

}  // namespace summit::testing
