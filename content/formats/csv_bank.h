// Question banks as CSV or TSV spreadsheets (docs/formats.md, "CSV and TSV"): a header row
// naming the columns, or two unnamed columns front and back; any Summit type with a `type`
// column. Read into the model, and written back with the same column names.
#pragma once

#include <expected>
#include <string>
#include <string_view>

#include "content/formats/exported_text.h"
#include "content/formats/parsed_bank.h"

namespace summit::content {

// Reads a CSV/TSV bank. `delimiter` '\0' detects one of , ; TAB | from the first lines (never
// inside quotes). The bank's id and title come from `file_name` (BankIdFromFileName), its deck
// is left empty (the title). Errors (an unclosed quote, an unknown type, a broken question)
// and warnings (unknown columns, skipped rows, dropped cells) carry FILE:LINE:COL, the line
// being the physical line where the row or cell starts.
[[nodiscard]] std::expected<ParsedBank, ErrorList> ParseCsvBank(std::string_view text,
                                                                std::string_view file_name,
                                                                char delimiter = '\0');

// ParseCsvBank a question at a time: each question ParseCsvBank would return goes to `sink`
// in file order, validated on its own, and the same warnings come back; or ParseCsvBank's
// errors (questions the sink was given before an error are to be dropped). Memory stays near
// the text's size: a first pass keeps a hash of each row's id, to find rows that repeat an
// id; such a file, where a later row replaces an earlier one in its place, is parsed whole
// and then handed on. The delimiter is detected from the first lines only, as ParseCsvBank's.
[[nodiscard]] std::expected<StreamedBank, ErrorList> StreamCsvBank(std::string_view text,
                                                                   std::string_view file_name,
                                                                   char delimiter,
                                                                   const QuestionSink& sink);

// The bank ParseCsvBank and StreamCsvBank name from `file_name`, without questions.
Bank CsvBankHeader(std::string_view file_name);

// Writes `bank` with `delimiter` (',' or '\t'). A question the format cannot hold exactly
// (choice feedback, a fixed choice order, a source reference, a tag with a space, text with
// surrounding spaces or CR) is left out with a warning naming it, so every question written
// reads back equal: ParseCsvBank(text).bank.questions == the written questions.
ExportedText WriteCsvBank(const Bank& bank, char delimiter);

}  // namespace summit::content
