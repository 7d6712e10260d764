// Moodle XML question files (docs/formats.md, "Moodle XML"): reading.
#pragma once

#include <expected>
#include <string_view>

#include "content/formats/parsed_bank.h"

namespace summit::content {

// Reads a Moodle XML <quiz> file. `file_name` labels the errors and warnings and names the
// bank. Questions are multiple choice (fractions as credits), true/false, short answer (typed),
// numerical (tolerances, the unit of multiplier 1), matching and cloze (embedded MULTICHOICE,
// SHORTANSWER and NUMERICAL sub-questions as gaps); an essay becomes a self-rated flashcard and
// a description a note on the next question, each with a warning. Categories become sub-decks.
// HTML and auto-format texts become Summit Markdown; embedded base64 images they show become
// media references, their bytes in ParsedBank::images (broken or unsupported files keep the
// alt text, with a warning). A cloze of one NUMERICAL or MULTIRESPONSE sub-question becomes a
// numerical or several-answer multiple-choice question; combined feedback joins the
// explanation; penalties and differing marks are warned once per file.
// Errors, and nothing imported: XML that is not well-formed (at its line and column), a root
// other than <quiz>, and an answer fraction that is not one of Moodle's grade values (as
// Moodle refuses it). A question Summit cannot hold, an unknown type or a broken cloze is left
// out with a warning at its line; errors only when no question is left. The parser loads no
// DTD, no external entity and nothing from the network.
[[nodiscard]] std::expected<ParsedBank, ErrorList> ParseMoodleXml(std::string_view text,
                                                                  std::string_view file_name);

}  // namespace summit::content
