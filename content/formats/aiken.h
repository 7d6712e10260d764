// Aiken question files (docs/formats.md, "Aiken"): one-line multiple-choice questions.
#pragma once

#include <expected>
#include <string_view>

#include "content/formats/exported_text.h"
#include "content/formats/parsed_bank.h"

namespace summit::content {

// Reads an Aiken file's text. `file_name` labels the errors and warnings and names the bank.
// Every question is single-answer multiple choice (shuffled when shown, as Moodle does by
// default). Ids are content hashes of the question's lines. A malformed question is
// left out with Moodle's message as a warning at its line ("Question not started on line
// 5"); errors only when no question is left.
[[nodiscard]] std::expected<ParsedBank, ErrorList> ParseAiken(std::string_view text,
                                                              std::string_view file_name);

// Writes the bank's single-answer multiple-choice questions (at most 26 choices, no credits) as
// Aiken, each text on one line; every other question is left out with a warning, and
// feedback, explanations and the rest with one.
ExportedText WriteAiken(const Bank& bank);

}  // namespace summit::content
