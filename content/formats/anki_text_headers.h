// The `#key:value` header lines at the top of an Anki plain-text file. Internal to the Anki
// text reader.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "content/model/error.h"

namespace summit::content {

struct AnkiHeaders {
    char separator = '\0';          // '\0' when not given
    bool html = false;              // #html:true
    std::vector<std::string> tags;  // #tags: (or a legacy first line "tags:")
    std::string columns;            // #columns: as written; split once the separator is known
    std::string notetype;           // #notetype:
    std::string deck;               // #deck:
    int notetype_column = 0;        // 1-based; 0 when not given
    int deck_column = 0;
    int tags_column = 0;
    int guid_column = 0;
    std::size_t body_offset = 0;  // where the records start in the text
    int body_line = 1;            // the physical line they start on
};

// Reads the header and comment lines at the top of `text` (BOM already removed). Unknown
// `#key:` lines and keys Summit does not act on are warnings; `#` lines without a key are
// comments.
AnkiHeaders ReadAnkiHeaders(std::string_view text, std::string_view file, ErrorList& warnings);

}  // namespace summit::content
