// Anki's "Notes in Plain Text" files (docs/formats.md, "Anki notes in plain text"): optional
// `#key:value` header lines, `#` comments, then one note per record with RFC 4180 quoting.
#pragma once

#include <expected>
#include <string_view>

#include "content/formats/parsed_bank.h"

namespace summit::content {

// Reads an Anki plain-text export. `separator` '\0' takes `#separator:` or else detects one of
// TAB | ; : , (space only when none of those splits a line). The first record fixes the column
// count (or `#columns:` does): shorter records are padded with empty fields, surplus fields are
// dropped with a warning. Field 1 is the front, field 2 the back; without `#tags column:` or
// `#columns:`, a third field holds the tags (as Anki maps a 3-column file onto Basic). A note
// without a front or a back is skipped with a warning; a later note with the same front (or
// GUID) replaces an earlier one. `#html:true` fields are turned into plain text.
[[nodiscard]] std::expected<ParsedBank, ErrorList> ParseAnkiText(std::string_view text,
                                                                 std::string_view file_name,
                                                                 char separator = '\0');

// The separator a name stands for, as `#separator:` and --delimiter take it: "comma",
// "semicolon", "tab", "space", "pipe", "colon" (any case), else the literal first character
// ('\0' for an empty value). Like Anki, a name is cut at its first non-alphanumeric character,
// so "Tab;;;" is a tab.
char SeparatorFromName(std::string_view value);

}  // namespace summit::content
