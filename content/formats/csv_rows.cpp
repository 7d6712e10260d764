// Header mapping and row cells of CSV/TSV banks.
#include "content/formats/csv_rows.h"

#include <utility>

#include "content/formats/table_bank.h"

namespace summit::content::csv {
namespace {

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

std::vector<std::optional<Column>> MapHeader(const Record& header, const std::string& file,
                                             ErrorList& warnings) {
    std::vector<std::optional<Column>> map;
    std::vector<bool> taken(kColumnCount, false);
    for (const Field& field : header.fields) {
        auto column = ColumnFromName(field.text);
        std::string name(Trim(field.text));
        if (!column) {
            warnings.push_back(Error{ErrorCode::kValidation,
                                     "unknown column \"" + name + "\"; its cells are ignored", file,
                                     field.line, field.column});
        } else if (taken[static_cast<std::size_t>(*column)]) {
            warnings.push_back(Error{ErrorCode::kValidation,
                                     "column \"" + name + "\" names the " + ColumnName(*column) +
                                         " column a second time; its cells are ignored",
                                     file, field.line, field.column});
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

std::string_view Prepare(std::string_view text, char& delimiter) {
    text = StripBom(text);
    if (delimiter == '\0') {
        delimiter = DetectDelimiter(text, ",;\t|", '\0', kSampleLines, ',');
    }
    return text;
}

bool RowMapper::Map(const Record& record, RowCells& row) {
    if (std::exchange(first_, false) && IsHeader(record)) {
        map_ = MapHeader(record, file_, warnings_);
        return false;
    }
    if (!HasText(record, 0)) {
        return false;
    }
    if (!warned_extra_ && HasText(record, map_.size())) {
        const Field& extra = record.fields[map_.size()];
        warnings_.push_back(Error{ErrorCode::kValidation,
                                  "this row has " + std::to_string(record.fields.size()) +
                                      " fields but the file only " + std::to_string(map_.size()) +
                                      " columns; the extra fields are ignored (warned once)",
                                  file_, extra.line, extra.column});
        warned_extra_ = true;
    }
    row = RowCells{};
    row.line = record.line;
    for (std::size_t c = 0; c < map_.size() && c < record.fields.size(); ++c) {
        if (map_[c]) {
            row.cells[static_cast<std::size_t>(*map_[c])] = &record.fields[c];
        }
    }
    return true;
}

std::string RowId(const RowCells& row) {
    std::string_view id = row.Text(Column::kId);
    return id.empty() ? ContentId(row.Text(Column::kFront)) : std::string(id);
}

ErrorList UnclosedQuote(const std::string& file, TextPosition where) {
    return {{ErrorCode::kParse, "this quoted field is never closed (a lone \" ends it)", file,
             where.line, where.column}};
}

}  // namespace summit::content::csv
