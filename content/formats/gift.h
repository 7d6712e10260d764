// Moodle GIFT question files (docs/formats.md, "Moodle GIFT"): reading, and writing back.
#pragma once

#include <expected>
#include <string>
#include <string_view>

#include "content/formats/exported_text.h"
#include "content/formats/parsed_bank.h"

namespace summit::content {

// Reads a GIFT file's text. `file_name` labels the errors and warnings and names the bank
// (id and title from its stem). Questions are multiple choice (several-answer ones with their
// weights as credits), true/false, matching, typed (short answer) and numerical; an essay
// becomes a self-rated flashcard and a description a note on the next question, each with a
// warning. `$CATEGORY:` paths become per-question sub-decks. A question Summit cannot hold is
// left out with a warning at its line; errors only when no question is left.
[[nodiscard]] std::expected<ParsedBank, ErrorList> ParseGift(std::string_view text,
                                                             std::string_view file_name);

// Writes a bank as GIFT that ParseGift reads back to the same questions: each question after a
// "// [id:…]" comment (and its tags), sub-decks as $CATEGORY lines, notes as descriptions, the
// explanation as general feedback. Left out with a warning: cloze, ordering, and a numerical
// question with a unit or a paid "any other" answer. Written with a warning: a flashcard (as
// an essay whose general feedback is the back; its explanation is lost), multiple choice with
// several correct choices and no credits (given equal weights), and topic, difficulty and
// source, which GIFT has no place for.
ExportedText WriteGift(const Bank& bank);

}  // namespace summit::content
