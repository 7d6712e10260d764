// Builds a bank from the rows of a table-like file (CSV, TSV, Anki plain text, pasted lists):
// the bank's id and title from the file name, ids for rows without one, repeated questions,
// and validation problems placed at the row and cell they come from.
#pragma once

#include <array>
#include <expected>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include "content/formats/parsed_bank.h"
#include "content/formats/table_row.h"

namespace summit::content {

// A stable question id from its text: "q" and 16 hex digits of a 64-bit FNV-1a hash. The same
// question text gives the same id in every file and run, so a re-import updates it.
std::string ContentId(std::string_view text);

// The bank id for a file: its name without folders and extension, lowercased, every run of
// characters other than a-z and 0-9 made one "-" ("Unit 3 Vocab.csv" -> "unit-3-vocab"); when
// nothing is left (a name in another script), "bank-" and 8 hex digits of its hash.
std::string BankIdFromFileName(std::string_view file_name);
// The file's name without folders and extension ("Unit 3 Vocab"), or "Imported" when empty.
std::string BankTitleFromFileName(std::string_view file_name);

class TableBankBuilder {
  public:
    explicit TableBankBuilder(std::string_view file_name);

    Bank& bank() { return bank_; }

    // Room for `questions` questions, so a large file's bank is allocated once.
    void Reserve(std::size_t questions);

    // Adds a question read from `row`. An empty id becomes ContentId(prompt). A question whose
    // id an earlier row already used replaces that earlier question in its place, with a
    // warning (a later row updates an earlier one, as a re-import would).
    void Add(Question question, const RowCells& row);

    // Validates the bank. With no errors (given or found) returns the bank and the warnings;
    // otherwise every error, each at the row and cell it comes from, in file order.
    std::expected<ParsedBank, ErrorList> Finish(ErrorList errors, ErrorList warnings);

  private:
    struct Place {
        int line = 0;
        int column = 0;
        std::array<std::pair<int, int>, kColumnCount> cells{};  // (line, column); (0, 0) absent
    };

    std::string file_;
    Bank bank_;
    std::vector<Place> places_;                           // one per bank_.questions entry
    std::unordered_map<std::string, std::size_t> index_;  // question id -> its index
    ErrorList warnings_;
};

}  // namespace summit::content
