// Builders for Anki packages in tests: ZIP archives written with libzip (names patched
// afterwards where libzip itself would refuse them), zstd frames, protobuf fields and small
// SQLite collection files made from SQL.
#pragma once

#include <cstdint>
#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

namespace summit::testing {

struct ZipEntry {
    std::string name;
    std::string bytes;
    bool store = false;  // stored without deflate, as Anki stores zstd members
};

// The bytes of a ZIP archive holding `entries` in order. Each name must be distinct here; a test
// that needs a hostile name or a repeated one patches the bytes with ReplaceAll.
std::string ZipBytes(const std::vector<ZipEntry>& entries);

// Every occurrence of `from` replaced by `to` (same length, so ZIP offsets stay valid).
std::string ReplaceAll(std::string bytes, std::string_view from, std::string_view to);

// One zstd frame holding `bytes`.
std::string Zstd(std::string_view bytes);

// Protobuf wire encoding: a varint field and a length-delimited field.
std::string VarintField(std::uint32_t number, std::uint64_t value);
std::string BytesField(std::uint32_t number, std::string_view bytes);

// The bytes of an SQLite database made by running `sql` (in a scratch file under `dir`).
std::string SqliteFile(const std::filesystem::path& dir, const std::string& sql);

// SQL creating the tables both schemas share: col, notes, cards, revlog (no rows).
std::string SharedTablesSql();

// SQL for an empty schema-11 collection (col, notes, cards, revlog) whose col row holds
// `models` and `decks` JSON.
std::string LegacySchemaSql(const std::string& models, const std::string& decks);

// SQL text literal for arbitrary bytes: X'..'.
std::string SqlBlob(std::string_view bytes);

// The bytes of member `name` of the ZIP archive at `archive` as stored (after inflation);
// empty when the archive or the member cannot be read.
std::string ZipMember(const std::filesystem::path& archive, const char* name);

// The names of the files directly in `dir`.
std::vector<std::string> FilesIn(const std::filesystem::path& dir);

}  // namespace summit::testing
