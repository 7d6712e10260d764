// Anki's "Notes in Plain Text" files (docs/formats.md, "Anki notes in plain text"): optional
// `#key:value` header lines, `#` comments, then one note per record with RFC 4180 quoting.
// Reading, and writing back.
#pragma once

#include <expected>
#include <string_view>

#include "content/formats/exported_text.h"
#include "content/formats/parsed_bank.h"

namespace summit::content {

// Reads an Anki plain-text export. `separator` '\0' takes `#separator:` or else detects one of
// TAB | ; : , (space only when none of those splits a line). The first record fixes the column
// count (or `#columns:` does): shorter records are padded with empty fields, surplus fields are
// dropped with a warning. Field 1 is the front, field 2 the back; without `#tags column:` or
// `#columns:`, a third field holds the tags (as Anki maps a 3-column file onto Basic). A note
// without a front or a back is skipped with a warning; a later note with the same front (or
// GUID) replaces an earlier one. `#html:true` fields are turned into plain text. With
// `#deck column:` the bank's deck is `#deck:` or else the deck every note's deck is in, and a
// note in a deck below it gets that sub-deck.
[[nodiscard]] std::expected<ParsedBank, ErrorList> ParseAnkiText(std::string_view text,
                                                                 std::string_view file_name,
                                                                 char separator = '\0');

// Writes a bank as Anki plain text that Anki imports without asking and ParseAnkiText reads
// back: the headers #separator:tab, #html:true and the GUID (the question id), note type,
// deck ("Bank deck::Sub-deck") and tags columns. A flashcard is a Basic note (reversible:
// "Basic (and reversed card)"), a typed question with plain accepted answers "Basic (type in
// the answer)" (its first answer), a cloze a Cloze note with every gap as {{c1::answer}}
// (one card, as Summit asks it) and the explanation as Back Extra. Texts are HTML: plain ones
// escaped with <br> line breaks, Markdown rendered. Left out with a warning: multiple choice,
// true/false, numerical, matching and ordering (no Anki note type grades them) and typed
// questions with credited answers. Warned: a lost explanation (Basic), other variants and
// options of a gap, other accepted answers, images (alt text), spaces in tags ("_"), topic,
// difficulty, source and note.
ExportedText WriteAnkiText(const Bank& bank);

// The separator a name stands for, as `#separator:` and --delimiter take it: "comma",
// "semicolon", "tab", "space", "pipe", "colon" (any case), else the literal first character
// ('\0' for an empty value). Like Anki, a name is cut at its first non-alphanumeric character,
// so "Tab;;;" is a tab.
char SeparatorFromName(std::string_view value);

}  // namespace summit::content
