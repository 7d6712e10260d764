// Moodle XML question files (docs/formats.md, "Moodle XML"): reading, and writing back.
#pragma once

#include <expected>
#include <string_view>

#include "content/formats/exported_text.h"
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

// Writes a bank as a Moodle XML <quiz> that ParseMoodleXml reads back to the same questions
// and Moodle imports: multiple choice as multichoice (single when only 100% answers are right;
// credits as the nearest of Moodle's grades, with a warning when that changes one),
// true/false, typed as shortanswer, numerical (tolerances; the unit as optional, ungraded, of
// multiplier 1), matching, cloze with its gaps as embedded MULTICHOICE, NUMERICAL (a typed gap
// of numbers only) or SHORTANSWER sub-questions, and a flashcard as an essay whose grader
// information is the back (with a warning). A note is a description before its question;
// sub-decks are categories ("$course$/top/Unit 1/Week 2"); the id is the name and idnumber;
// the explanation is the general feedback. Plain texts are written as plain_text, Markdown as
// HTML in CDATA, each image `media` supplies embedded as a base64 <file> that the HTML names
// "@@PLUGINFILE@@/HASH.png" (an image it lacks leaves its alt text, with a warning). Left out
// with a warning: ordering questions. Warned: several correct choices without credits (equal
// fractions, wrong picks negative), topic, difficulty and source (not written).
ExportedText WriteMoodleXml(const Bank& bank, const MediaBytes& media = nullptr);

}  // namespace summit::content
