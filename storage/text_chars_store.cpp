// The characters beyond ASCII that question texts use, for the window's font atlas.
#include <algorithm>
#include <cstdint>
#include <string>
#include <vector>

#include "storage/collection.h"
#include "storage/sqlite_db.h"

namespace summit::storage {

namespace {

// The stored JSON holds every text of a question, escaping only control characters, so a row
// without a byte outside ASCII has nothing to add. Each row's bytes are looked at in place for
// one: a plain byte test, several times cheaper than matching a GLOB pattern character by
// character in SQLite, and the rest are read as bytes, never parsed.
Result<std::string> ScanNonAsciiCharacters(Db& db) {
    auto stmt = Statement::Prepare(db, "SELECT data FROM questions");
    if (!stmt) {
        return Fail(stmt.error());
    }
    std::vector<bool> seen(0x110000);  // by Unicode code point
    std::string characters;
    while (true) {
        auto row = stmt->Step();
        if (!row) {
            return Fail(row.error());
        }
        if (!*row) {
            return characters;
        }
        const std::string_view text = stmt->BlobView(0);
        if (std::all_of(text.begin(), text.end(),
                        [](char c) { return static_cast<unsigned char>(c) < 0x80; })) {
            continue;
        }
        for (size_t i = 0; i < text.size();) {
            const auto lead = static_cast<unsigned char>(text[i]);
            size_t length = 1;
            if (lead >= 0xF0) {
                length = 4;
            } else if (lead >= 0xE0) {
                length = 3;
            } else if (lead >= 0xC0) {
                length = 2;
            }
            length = std::min(length, text.size() - i);
            if (length > 1) {
                // The code point, so each character is kept once however often it occurs.
                uint32_t code = lead & (0x7Fu >> length);
                for (size_t k = 1; k < length; ++k) {
                    code = (code << 6) | (static_cast<unsigned char>(text[i + k]) & 0x3Fu);
                }
                if (code < seen.size() && !seen[code]) {
                    seen[code] = true;
                    characters.append(text.substr(i, length));
                }
            }
            i += length;
        }
    }
}

}  // namespace

Result<std::string> Collection::NonAsciiQuestionCharacters() const {
    // One pass over every question at start-up must not fill the page cache (32 MB) that the
    // study reads keep warm: it reads through a small one, and the size is put back after.
    auto cache_kib = QueryInt(*db_, "PRAGMA cache_size");
    if (!cache_kib) {
        return Fail(cache_kib.error());
    }
    if (auto small = Exec(*db_, "PRAGMA cache_size = -2000"); !small) {
        return Fail(small.error());
    }
    auto characters = ScanNonAsciiCharacters(*db_);
    if (auto restored = Exec(*db_, "PRAGMA cache_size = " + std::to_string(*cache_kib));
        !restored) {
        return Fail(restored.error());
    }
    return characters;
}

}  // namespace summit::storage
