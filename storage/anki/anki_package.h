// Reading an Anki package (.apkg deck package or .colpkg collection package) into plain C++
// values: the container, the embedded Anki collection (schema 11 or 18) and its media. Nothing
// here maps Anki notes to Summit questions or writes to a Summit collection.
#pragma once

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "content/model/error.h"

namespace summit::storage::anki {

// Bounds that keep a hostile package (a zip bomb, a huge member list) from exhausting memory or
// disk. Every size counts uncompressed bytes, after ZIP inflation and after zstd.
struct PackageLimits {
    std::uint64_t max_total_bytes = 2ull << 30;   // every member read, together; 2 GiB
    std::uint64_t max_member_bytes = 1ull << 30;  // one member (the collection, one media file)
    std::uint64_t max_ratio = 200;                // uncompressed / compressed, per member...
    std::uint64_t ratio_floor_bytes = 1 << 20;    // ...checked only above this size (1 MiB)
    std::uint64_t max_members = 100000;           // ZIP entries in the package
};

// Which collection file the package held, newest first in the order a reader prefers them.
enum class ContainerKind {
    kLegacyAnki2,   // collection.anki2, schema 11 (Anki 2.0, genanki, "support older versions")
    kLegacyAnki21,  // collection.anki21, schema 11 (Anki 2.1 before 2.1.50)
    kModernAnki21b  // collection.anki21b, zstd-compressed schema 18 (Anki 2.1.50 and later)
};

const char* ContainerKindName(ContainerKind kind);

struct AnkiTemplate {
    std::string name;
    std::string qfmt;  // front template, e.g. "{{Front}}"
    std::string afmt;  // back template, e.g. "{{FrontSide}}<hr id=answer>{{Back}}"
};

struct AnkiNoteType {
    enum class Kind { kStandard, kCloze };
    std::int64_t id = 0;
    std::string name;
    Kind kind = Kind::kStandard;
    std::vector<std::string> fields;  // field names in field order
    std::vector<AnkiTemplate> templates;
};

struct AnkiDeck {
    std::int64_t id = 0;
    std::string name;  // hierarchy separated by "::" in both schemas
};

struct AnkiNote {
    std::int64_t id = 0;  // ms since the epoch at creation
    std::string guid;     // the key Anki matches re-imports on
    std::int64_t note_type_id = 0;
    std::vector<std::string> fields;  // HTML, split on 0x1F
    std::vector<std::string> tags;    // split on spaces, empty ones dropped
};

// FSRS memory state stored in cards.data by Anki 23.10 and later.
struct AnkiFsrsState {
    double stability = 0;                     // "s", days
    double difficulty = 0;                    // "d", 1..10
    std::optional<double> desired_retention;  // "dr"
};

struct AnkiCard {
    std::int64_t id = 0;
    std::int64_t note_id = 0;
    std::int64_t deck_id = 0;
    int ord = 0;           // template index, or cloze number - 1
    int type = 0;          // 0 new, 1 learning, 2 review, 3 relearning
    int queue = 0;         // as type, plus -1 suspended, -2 buried by sibling, -3 buried manually
    std::int64_t due = 0;  // new: position; learning: unix seconds; review: day number
    std::int64_t ivl = 0;  // days
    int factor = 0;        // ease in permille
    int reps = 0;
    int lapses = 0;
    std::string data;                   // the raw JSON column (may be empty)
    std::optional<AnkiFsrsState> fsrs;  // when data holds "s" and "d"
};

struct AnkiRevlog {
    std::int64_t id = 0;  // ms since the epoch of the answer
    std::int64_t card_id = 0;
    int ease = 0;          // 1 Again .. 4 Easy; 0 manual reschedule
    std::int64_t ivl = 0;  // days when positive, seconds when negative
    std::int64_t last_ivl = 0;
    int factor = 0;
    std::int64_t time_ms = 0;  // time taken to answer
    int type = 0;  // 0 learning, 1 review, 2 relearning, 3 filtered, 4 manual, 5 rescheduled
};

struct AnkiMedia {
    std::string name;   // the real file name, flat (no folders)
    std::string bytes;  // decompressed contents
};

struct AnkiPackage {
    ContainerKind container = ContainerKind::kLegacyAnki2;
    int schema_version = 0;                // col.ver: 11 or 18
    std::int64_t creation_secs = 0;        // col.crt: the start of day 0 of review due days
    std::vector<AnkiNoteType> note_types;  // by id
    std::vector<AnkiDeck> decks;           // by id
    std::vector<AnkiNote> notes;           // by id
    std::vector<AnkiCard> cards;           // by id
    std::vector<AnkiRevlog> revlog;        // by id
    std::vector<AnkiMedia> media;          // in media-map order
};

// Reads the package at `path`. On success every table the package holds is returned. Fails
// with kNotFound/kIo when the file cannot be read; kParse when it is not a ZIP archive or a
// member is malformed; kValidation for an unsafe or duplicate member name, a member beyond
// `limits`, or a missing member; kUnsupportedVersion for a package newer than this reader;
// kCorrupt when the collection is not an Anki SQLite database. Every message names the package
// and, where there is one, the member. The collection is copied to a private temporary file in
// `temp_dir` (the system's when empty), opened read-only, and removed before returning.
[[nodiscard]] Result<AnkiPackage> ReadAnkiPackage(const std::filesystem::path& path,
                                                  const PackageLimits& limits = {},
                                                  const std::filesystem::path& temp_dir = {});

// The same, from the package's bytes; `name` stands for the package in messages.
[[nodiscard]] Result<AnkiPackage> ReadAnkiPackageBytes(std::string_view bytes,
                                                       std::string_view name,
                                                       const PackageLimits& limits = {},
                                                       const std::filesystem::path& temp_dir = {});

}  // namespace summit::storage::anki
