// The naive splitting pasted lists need: there is no escaping to honour.
#include "content/formats/pasted_list.h"

#include "content/formats/delimited.h"
#include "content/formats/table_bank.h"
#include "content/formats/table_row.h"

namespace summit::content {
namespace {

// Tracks the line and column of offsets into the text, moving forward only.
class Positions {
  public:
    explicit Positions(std::string_view text) : text_(text) {}

    TextPosition At(std::size_t offset) {
        for (; scanned_ < offset; ++scanned_) {
            if (text_[scanned_] == '\n') {
                ++line_;
                line_start_ = scanned_ + 1;
            }
        }
        return {line_, static_cast<int>(offset - line_start_) + 1};
    }

  private:
    std::string_view text_;
    std::size_t scanned_ = 0;
    int line_ = 1;
    std::size_t line_start_ = 0;
};

// The offset of the first non-blank character of text[from, to), or `to`.
std::size_t SkipBlank(std::string_view text, std::size_t from, std::size_t to) {
    while (from < to &&
           (text[from] == ' ' || text[from] == '\t' || text[from] == '\r' || text[from] == '\n')) {
        ++from;
    }
    return from;
}

}  // namespace

std::expected<ParsedBank, ErrorList> ParsePastedList(std::string_view text,
                                                     std::string_view file_name,
                                                     const PastedListOptions& options) {
    const std::string file(file_name);
    if (options.term_separator.empty() || options.card_separator.empty()) {
        return std::unexpected(
            ErrorList{{ErrorCode::kInvalidArgument,
                       "a pasted list needs non-empty term and card separators", file, 0, 0}});
    }
    const std::string_view bom_free = StripBom(text);
    const std::size_t bom = text.size() - bom_free.size();
    Positions positions(text);
    TableBankBuilder builder(file);
    ErrorList errors;
    ErrorList warnings;
    std::size_t start = bom;
    while (start < text.size()) {
        std::size_t end = text.find(options.card_separator, start);
        if (end == std::string_view::npos) {
            end = text.size();
        }
        const std::size_t card_start = SkipBlank(text, start, end);
        const std::string_view card = text.substr(card_start, end - card_start);
        if (!Trim(card).empty()) {
            const TextPosition where = positions.At(card_start);
            const std::size_t split = card.find(options.term_separator);
            if (split == std::string_view::npos) {
                warnings.push_back(Error{ErrorCode::kValidation,
                                         "this card has no term separator; skipped", file,
                                         where.line, where.column});
            } else {
                const std::size_t after = card_start + split + options.term_separator.size();
                std::size_t definition_start = SkipBlank(text, after, end);
                if (definition_start == end) {
                    definition_start = after;  // an empty definition is reported where it is
                }
                const TextPosition second = positions.At(definition_start);
                const Field term{std::string(Trim(card.substr(0, split))), where.line,
                                 where.column};
                const Field definition{
                    std::string(Trim(text.substr(definition_start, end - definition_start))),
                    second.line, second.column};
                RowCells row;
                row.line = where.line;
                row.column = where.column;
                row.cells[static_cast<std::size_t>(Column::kFront)] = &term;
                row.cells[static_cast<std::size_t>(Column::kBack)] = &definition;
                if (auto question = ReadRow(row, file, errors, warnings)) {
                    builder.Add(std::move(*question), row);
                }
            }
        }
        start = end + options.card_separator.size();
    }
    return builder.Finish(std::move(errors), std::move(warnings));
}

std::string SeparatorFromOption(std::string_view option) {
    static constexpr std::pair<std::string_view, std::string_view> kNames[] = {
        {"tab", "\t"},  {"comma", ","}, {"semicolon", ";"}, {"pipe", "|"},
        {"colon", ":"}, {"space", " "}, {"newline", "\n"},
    };
    const std::string lower = Lower(option);
    for (const auto& [name, separator] : kNames) {
        if (lower == name) {
            return std::string(separator);
        }
    }
    std::string out;
    for (std::size_t i = 0; i < option.size(); ++i) {
        if (option[i] == '\\' && i + 1 < option.size()) {
            const char next = option[i + 1];
            if (next == 't' || next == 'n' || next == '\\') {
                out += next == 't' ? '\t' : next == 'n' ? '\n' : '\\';
                ++i;
                continue;
            }
        }
        out += option[i];
    }
    return out;
}

}  // namespace summit::content
