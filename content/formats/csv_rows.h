// The rows of a CSV/TSV bank, shared by the whole-file reader and the streaming one: the
// delimiter, the header row's column mapping and what each record's cells are.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "content/formats/delimited.h"
#include "content/formats/table_row.h"
#include "content/model/error.h"

namespace summit::content::csv {

// The text without its BOM, and the delimiter: `delimiter`, or when '\0' the one of , ; TAB |
// that cuts the first kSampleLines lines most consistently (DetectDelimiter), so a detection
// never needs more of the file than its start.
inline constexpr int kSampleLines = 20;
std::string_view Prepare(std::string_view text, char& delimiter);

// Turns records into rows, in file order: the first record is the header when it names the
// front and one more known column, else the columns are front and back.
class RowMapper {
  public:
    // Its warnings go to `warnings`, in file order with the caller's own.
    RowMapper(std::string_view file, ErrorList& warnings) : file_(file), warnings_(warnings) {}

    // The cells of `record` in `row` and true for a data row; false for the header and for a
    // blank row. Header problems and the first row with extra fields are warnings.
    bool Map(const Record& record, RowCells& row);

  private:
    std::string file_;
    std::vector<std::optional<Column>> map_ = {Column::kFront, Column::kBack};
    bool first_ = true;
    bool warned_extra_ = false;
    ErrorList& warnings_;
};

// The id a question read from `row` gets (TableBankBuilder::Add): its id cell, else the
// ContentId of its front.
std::string RowId(const RowCells& row);

// The error of a quoted field that is never closed, at `where` it opens.
ErrorList UnclosedQuote(const std::string& file, TextPosition where);

}  // namespace summit::content::csv
