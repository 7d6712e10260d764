// Delimiter-separated text (CSV, TSV and their kin) cut into records and fields, with RFC 4180
// quoting and the physical position of every field, for the spreadsheet-like bank readers.
#pragma once

#include <functional>
#include <string>
#include <string_view>
#include <vector>

namespace summit::content {

struct Field {
    std::string text;  // unquoted: "" inside quotes becomes "
    int line = 0;      // 1-based physical line where the field starts
    int column = 0;    // 1-based byte column where the field starts
};

struct TextPosition {
    int line = 0;    // 1-based; 0 when there is none
    int column = 0;  // 1-based
};

struct Record {
    std::vector<Field> fields;
    int line = 0;  // the physical line the record starts on (records may span lines)
};

// The text without a leading UTF-8 byte order mark.
std::string_view StripBom(std::string_view text);

// Cuts `text` into records. A field that starts with `"` runs to the next lone `"` (a doubled
// `""` is one quote) and may hold delimiters and line breaks; a quote inside an unquoted field
// is kept as text, and characters after a closing quote up to the next delimiter are kept too
// (the field is then not quoted any more: `"a"b` reads `ab`). Records end at LF, CRLF or CR.
// Blank lines (no characters at all) are no records. With `comment` set, a line that begins
// with it outside quotes is skipped. An unclosed quote runs to the end of the text;
// `unclosed_quote` (when given) is then set to where the first one opened (else left alone).
std::vector<Record> SplitRecords(std::string_view text, char delimiter, char comment,
                                 int first_line, TextPosition* unclosed_quote);
// SplitRecords one record at a time: `visit` sees each record, valid during the call only, so
// a large file is never held as records all at once.
void ForEachRecord(std::string_view text, char delimiter, char comment, int first_line,
                   TextPosition* unclosed_quote, const std::function<void(const Record&)>& visit);

// The delimiter among `candidates` that cuts the first `sample_lines` non-blank lines (outside
// quotes, skipping lines that begin with `comment` when set) most consistently into more than
// one field: for each candidate, the most frequent field count above 1 and how many lines
// have it; the candidate with most such lines wins, earlier candidates winning ties. Returns
// `fallback` when no candidate splits any line.
char DetectDelimiter(std::string_view text, std::string_view candidates, char comment,
                     int sample_lines, char fallback);

// Appends one field for SplitRecords to read back: quoted when it holds the delimiter, a quote
// or a line break (RFC 4180), a quote inside doubled.
void AppendField(std::string& out, std::string_view field, char delimiter);

// Splits a cell holding a list at `separator`, where `\` escapes the separator and itself
// (`a\|b|c` is {"a|b", "c"}), trimming each item and dropping empty ones.
std::vector<std::string> SplitList(std::string_view cell, char separator);
// The inverse of SplitList for `items`: each escaped and joined with `separator`.
std::string JoinList(const std::vector<std::string>& items, char separator);
// One item with `\`, and every character of `specials`, escaped by `\`.
std::string EscapeItem(std::string_view item, std::string_view specials);

// Trims ASCII spaces, tabs, CR and LF at both ends.
std::string_view Trim(std::string_view text);
// ASCII lowercase.
std::string Lower(std::string_view text);

}  // namespace summit::content
