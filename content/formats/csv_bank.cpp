// The CSV/TSV bank reader: delimiter, header mapping, rows.
#include "content/formats/csv_bank.h"

#include <algorithm>
#include <utility>

#include "content/formats/delimited.h"
#include "content/formats/import_support.h"
#include "content/formats/table_bank.h"
#include "content/formats/table_row.h"

namespace summit::content {
namespace {

constexpr int kSampleLines = 20;

// Column index in the file -> Summit column, or nullopt for a column that is ignored.
using ColumnMap = std::vector<std::optional<Column>>;

// The first row is a header when it names the front and at least one other known column, so
// a two-column file of words never loses its first card.
bool IsHeader(const Record& record) {
    bool front = false;
    int known = 0;
    for (const Field& field : record.fields) {
        if (auto column = ColumnFromName(field.text)) {
            front = front || *column == Column::kFront;
            ++known;
        }
    }
    return front && known >= 2;
}

ColumnMap MapHeader(const Record& header, std::string_view file, ErrorList& warnings) {
    ColumnMap map;
    std::vector<bool> taken(kColumnCount, false);
    for (const Field& field : header.fields) {
        auto column = ColumnFromName(field.text);
        std::string name(Trim(field.text));
        if (!column) {
            warnings.push_back(Error{ErrorCode::kValidation,
                                     "unknown column \"" + name + "\"; its cells are ignored",
                                     std::string(file), field.line, field.column});
        } else if (taken[static_cast<std::size_t>(*column)]) {
            warnings.push_back(Error{ErrorCode::kValidation,
                                     "column \"" + name + "\" names the " + ColumnName(*column) +
                                         " column a second time; its cells are ignored",
                                     std::string(file), field.line, field.column});
            column.reset();
        } else {
            taken[static_cast<std::size_t>(*column)] = true;
        }
        map.push_back(column);
    }
    return map;
}

bool HasText(const Record& record, std::size_t from) {
    for (std::size_t i = from; i < record.fields.size(); ++i) {
        if (!Trim(record.fields[i].text).empty()) {
            return true;
        }
    }
    return false;
}

}  // namespace

std::expected<ParsedBank, ErrorList> ParseCsvBank(std::string_view text, std::string_view file_name,
                                                  char delimiter) {
    text = StripBom(text);
    if (delimiter == '\0') {
        delimiter = DetectDelimiter(text, ",;\t|", '\0', kSampleLines, ',');
    }
    const std::string file(file_name);
    // A first pass finds an unclosed quote before any row is read, and counts the records so
    // the bank is allocated once; the second reads one record at a time.
    TextPosition unclosed;
    std::size_t record_count = 0;
    ForEachRecord(text, delimiter, '\0', 1, &unclosed,
                  [&record_count](const Record&) { ++record_count; });
    if (unclosed.line > 0) {
        return std::unexpected(
            ErrorList{{ErrorCode::kParse, "this quoted field is never closed (a lone \" ends it)",
                       file, unclosed.line, unclosed.column}});
    }
    ErrorList errors;
    ErrorList warnings;
    ColumnMap map = {Column::kFront, Column::kBack};
    bool first = true;
    bool warned_extra = false;
    TableBankBuilder builder(file);
    builder.Reserve(std::min(record_count, import::kMaxReservedQuestions));
    ForEachRecord(text, delimiter, '\0', 1, nullptr, [&](const Record& record) {
        if (std::exchange(first, false) && IsHeader(record)) {
            map = MapHeader(record, file, warnings);
            return;
        }
        if (!HasText(record, 0)) {
            return;
        }
        if (!warned_extra && HasText(record, map.size())) {
            const Field& extra = record.fields[map.size()];
            warnings.push_back(Error{ErrorCode::kValidation,
                                     "this row has " + std::to_string(record.fields.size()) +
                                         " fields but the file only " + std::to_string(map.size()) +
                                         " columns; the extra fields are ignored (warned once)",
                                     file, extra.line, extra.column});
            warned_extra = true;
        }
        RowCells row;
        row.line = record.line;
        for (std::size_t c = 0; c < map.size() && c < record.fields.size(); ++c) {
            if (map[c]) {
                row.cells[static_cast<std::size_t>(*map[c])] = &record.fields[c];
            }
        }
        if (auto question = ReadRow(row, file, errors, warnings)) {
            builder.Add(std::move(*question), row);
        }
    });
    return builder.Finish(std::move(errors), std::move(warnings));
}

}  // namespace summit::content
