// The CSV/TSV bank reader: delimiter, header mapping, rows.
#include "content/formats/csv_bank.h"

#include <algorithm>
#include <utility>

#include "content/formats/csv_rows.h"
#include "content/formats/delimited.h"
#include "content/formats/import_support.h"
#include "content/formats/table_bank.h"
#include "content/formats/table_row.h"

namespace summit::content {

std::expected<ParsedBank, ErrorList> ParseCsvBank(std::string_view text, std::string_view file_name,
                                                  char delimiter) {
    text = csv::Prepare(text, delimiter);
    const std::string file(file_name);
    // A first pass finds an unclosed quote before any row is read, and counts the records so
    // the bank is allocated once; the second reads one record at a time.
    TextPosition unclosed;
    std::size_t record_count = 0;
    ForEachRecord(text, delimiter, '\0', 1, &unclosed,
                  [&record_count](const Record&) { ++record_count; });
    if (unclosed.line > 0) {
        return std::unexpected(csv::UnclosedQuote(file, unclosed));
    }
    ErrorList errors;
    ErrorList warnings;
    csv::RowMapper rows(file, warnings);
    TableBankBuilder builder(file);
    builder.Reserve(std::min(record_count, import::kMaxReservedQuestions));
    ForEachRecord(text, delimiter, '\0', 1, nullptr, [&](const Record& record) {
        RowCells row;
        if (!rows.Map(record, row)) {
            return;
        }
        if (auto question = ReadRow(row, file, errors, warnings)) {
            builder.Add(std::move(*question), row);
        }
    });
    return builder.Finish(std::move(errors), std::move(warnings));
}

}  // namespace summit::content
