// Writing an Anki package (.apkg) from the plain values of anki_package.h: the inverse of
// ReadAnkiPackage for the container Anki 2.1 writes with "Support older Anki versions"
// (docs/formats.md, "Anki export"): `meta` (version 2), `collection.anki21` in schema 11, the
// JSON `media` map and the media files named 0, 1, 2, ...
#pragma once

#include <cstdint>
#include <filesystem>
#include <string>

#include "content/model/error.h"
#include "storage/anki/anki_package.h"

namespace summit::storage::anki {

struct PackageWriteOptions {
    std::int64_t now_ms = 0;         // stamped as the collection's creation and every mod time
    std::filesystem::path temp_dir;  // where the collection is built; the system's when empty
};

// Writes `package` to `out`, replacing it only when the whole package is written (libzip
// builds it beside `out` and renames it into place). Note types, decks, notes, cards, revlog
// and media are written as given, plus what Anki derives and expects: each note's sort field
// and first-field checksum, the "Default" deck (id 1) and deck options group 1 when missing,
// each template's required fields, and a deck for every missing parent of a "A::B" name.
// Notes must name note types and cards notes and decks of the package (asserted).
// Errors: kIo when the temporary collection or `out` cannot be written (naming the path);
// SQLite errors from building the collection.
[[nodiscard]] Status WriteAnkiPackage(const AnkiPackage& package, const std::filesystem::path& out,
                                      const PackageWriteOptions& options = {});

// col.crt, the collection's creation day (UTC midnight, seconds) that review due days count
// from, for a package written at `now_ms`.
inline std::int64_t CreationDaySeconds(std::int64_t now_ms) {
    const std::int64_t now_s = now_ms / 1000;
    return now_s - now_s % 86400;
}

// The col row's JSON columns as Anki 2.1 writes them (anki_col_json.cpp).
std::string ModelsJson(const AnkiPackage& package, std::int64_t now_s);
std::string DecksJson(const AnkiPackage& package, std::int64_t now_s);
std::string DeckConfigJson(std::int64_t now_s);
std::string CollectionConfigJson(const AnkiPackage& package);

}  // namespace summit::storage::anki
