// One row of a spreadsheet-like bank (CSV, TSV, Anki plain text) read into a Question: the
// columns Summit knows, their names and synonyms, and how each type is written in cells
// (docs/formats.md, "CSV and TSV").
#pragma once

#include <array>
#include <optional>
#include <string>
#include <string_view>

#include "content/formats/delimited.h"
#include "content/model/error.h"
#include "content/model/question.h"

namespace summit::content {

enum class Column {
    kId,
    kType,
    kFront,
    kBack,
    kChoices,
    kCorrect,
    kTags,
    kTopic,
    kExplanation,
    kReversible,
    kDifficulty,
};
inline constexpr std::size_t kColumnCount = 11;

// The name the writer puts in the header row: "id", "type", "front", "back", ...
const char* ColumnName(Column column);
// The column a header cell names, case-insensitive and trimmed, synonyms included ("Question",
// "Term" and "Prompt" name the front; "Answer" and "Definition" the back); nullopt if none.
std::optional<Column> ColumnFromName(std::string_view name);
// A type cell: the JSON type names, case-insensitive, with spaces or hyphens for "_", and the
// short forms "basic", "mc", "tf", "short_answer"; empty is a flashcard. nullopt if unknown.
std::optional<QuestionType> TypeFromCell(std::string_view cell);

// The cells of one row by column; a column the file does not have is nullptr.
struct RowCells {
    std::array<const Field*, kColumnCount> cells{};
    int line = 0;    // where the row starts
    int column = 1;  // where its first field starts

    const Field* Get(Column column) const { return cells[static_cast<std::size_t>(column)]; }
    // The cell's trimmed text; empty for a missing column.
    std::string_view Text(Column column) const;
    // Where the cell starts, or the row's start for a missing column.
    Error At(Column column, ErrorCode code, std::string message, std::string_view file) const;
    // True when every cell is empty or blank.
    bool Blank() const;
};

// Reads one row. Returns the question, or nullopt when the row is skipped (a warning says why,
// e.g. a flashcard without a back) or broken (an error in `errors`). The id is the id cell as
// written (empty when absent); a cell the type does not use is ignored with a warning.
std::optional<Question> ReadRow(const RowCells& row, std::string_view file, ErrorList& errors,
                                ErrorList& warnings);

}  // namespace summit::content
