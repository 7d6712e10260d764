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

// ParseGift a question at a time: each question ParseGift would keep goes to `sink` in file
// order, validated on its own, and the same warnings come back. The errors are ParseGift's
// (when no question could be imported, nothing went to the sink).
[[nodiscard]] std::expected<StreamedBank, ErrorList> StreamGift(std::string_view text,
                                                                std::string_view file_name,
                                                                const QuestionSink& sink);

// The bank ParseGift and StreamGift name from `file_name`, without questions: what an import
// of a streamed file needs before its first question.
Bank GiftBankHeader(std::string_view file_name);

// How many questions a GIFT text holds at most, without reading them (for progress).
std::size_t CountGiftBlocks(std::string_view text);

// Writes a bank as GIFT that ParseGift reads back to the same questions: each question after a
// "// [id:…]" comment (and its tags), sub-decks as $CATEGORY lines, notes as descriptions, the
// explanation as general feedback. Left out with a warning: cloze, ordering, and a numerical
// question with a unit or a paid "any other" answer. Written with a warning: a flashcard (as
// an essay whose general feedback is the back; its explanation is lost), multiple choice with
// several correct choices and no credits (given equal weights), and topic, difficulty and
// source, which GIFT has no place for.
ExportedText WriteGift(const Bank& bank);

}  // namespace summit::content
