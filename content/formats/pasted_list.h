// Pasted term/definition lists, as Quizlet exports and imports them (docs/formats.md, "Pasted
// lists (Quizlet)"): no quoting at all, two separator strings.
#pragma once

#include <expected>
#include <string>
#include <string_view>

#include "content/formats/parsed_bank.h"

namespace summit::content {

struct PastedListOptions {
    std::string term_separator = "\t";  // between term and definition; Quizlet: tab, comma, custom
    std::string card_separator = "\n";  // between cards; Quizlet: new line, ";", custom
};

// Splits naively: cards at every `card_separator` (with "\n", a CR before it is dropped too),
// each card at its first `term_separator`; both sides trimmed. Every card becomes a flashcard
// (term in front). Blank cards are skipped; a card without the term separator, or with an
// empty side, is skipped with a warning at its line and column. Empty separators are a
// kInvalidArgument error.
[[nodiscard]] std::expected<ParsedBank, ErrorList> ParsePastedList(
    std::string_view text, std::string_view file_name, const PastedListOptions& options = {});

// A separator as typed on the command line: "tab", "comma", "semicolon", "pipe", "colon",
// "space", "newline" (any case), else the text with the escapes \t, \n and \\ decoded.
std::string SeparatorFromOption(std::string_view option);

}  // namespace summit::content
