// Ids, repeats and placed validation problems for banks read from tables.
#include "content/formats/table_bank.h"

#include <algorithm>
#include <cstdint>
#include <filesystem>
#include <map>

#include "content/formats/bank_validation.h"

namespace summit::content {
namespace {

std::uint64_t Fnv1a(std::string_view text) {
    std::uint64_t hash = 14695981039346656037ull;
    for (char c : text) {
        hash ^= static_cast<unsigned char>(c);
        hash *= 1099511628211ull;
    }
    return hash;
}

std::string Hex(std::uint64_t value, int digits) {
    constexpr char kDigits[] = "0123456789abcdef";
    std::string out(static_cast<std::size_t>(digits), '0');
    for (int i = digits - 1; i >= 0; --i) {
        out[static_cast<std::size_t>(i)] = kDigits[value & 0xf];
        value >>= 4;
    }
    return out;
}

std::string Stem(std::string_view file_name) {
    return std::filesystem::path(std::string(file_name)).stem().string();
}

// The column a validation problem's path points at ("questions[2].choices[0].text" ->
// choices), or nullopt for the row as a whole.
std::optional<Column> ColumnOfPath(std::string_view path) {
    const std::size_t dot = path.find('.');
    if (dot == std::string_view::npos) {
        return std::nullopt;
    }
    std::string_view field = path.substr(dot + 1);
    field = field.substr(0, field.find_first_of(".["));
    static const std::map<std::string_view, Column> kFields = {
        {"id", Column::kId},
        {"prompt", Column::kFront},
        {"back", Column::kBack},
        {"accepted", Column::kBack},
        {"choices", Column::kChoices},
        {"pairs", Column::kChoices},
        {"items", Column::kChoices},
        {"tags", Column::kTags},
        {"topic", Column::kTopic},
        {"difficulty", Column::kDifficulty},
        {"reversible", Column::kReversible},
    };
    auto it = kFields.find(field);
    return it == kFields.end() ? std::nullopt : std::optional<Column>(it->second);
}

void SortByPosition(ErrorList& errors) {
    std::stable_sort(errors.begin(), errors.end(), [](const Error& a, const Error& b) {
        return std::pair(a.line, a.column) < std::pair(b.line, b.column);
    });
}

}  // namespace

std::string ContentId(std::string_view text) {
    return "q" + Hex(Fnv1a(text), 16);
}

std::string BankIdFromFileName(std::string_view file_name) {
    const std::string stem = Stem(file_name);
    std::string id;
    for (char c : Lower(stem)) {
        if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
            id += c;
        } else if (!id.empty() && id.back() != '-') {
            id += '-';
        }
    }
    while (!id.empty() && id.back() == '-') {
        id.pop_back();
    }
    return id.empty() ? "bank-" + Hex(Fnv1a(stem), 8) : id;
}

std::string BankTitleFromFileName(std::string_view file_name) {
    std::string stem = Stem(file_name);
    return stem.empty() ? std::string("Imported") : stem;
}

TableBankBuilder::TableBankBuilder(std::string_view file_name) : file_(file_name) {
    bank_.id = BankIdFromFileName(file_name);
    bank_.title = BankTitleFromFileName(file_name);
}

void TableBankBuilder::Reserve(std::size_t questions) {
    bank_.questions.reserve(questions);
    places_.reserve(questions);
    index_.reserve(questions);
}

void TableBankBuilder::Add(Question question, const RowCells& row) {
    if (question.id.empty()) {
        question.id = ContentId(question.prompt);
    }
    Place place{row.line, row.column, {}};
    for (std::size_t c = 0; c < kColumnCount; ++c) {
        if (const Field* field = row.cells[c]) {
            place.cells[c] = {field->line, field->column};
        }
    }
    auto [it, inserted] = index_.emplace(question.id, bank_.questions.size());
    if (!inserted) {
        const std::size_t i = it->second;
        warnings_.push_back(Error{ErrorCode::kValidation,
                                  "the same question (id \"" + question.id + "\") as line " +
                                      std::to_string(places_[i].line) + "; this row replaces it",
                                  file_, row.line, row.column});
        bank_.questions[i] = std::move(question);
        places_[i] = place;
        return;
    }
    bank_.questions.push_back(std::move(question));
    places_.push_back(place);
}

std::expected<ParsedBank, ErrorList> TableBankBuilder::Finish(ErrorList errors,
                                                              ErrorList warnings) {
    // Repeats are all found; the index is not needed to validate.
    std::unordered_map<std::string, std::size_t>().swap(index_);
    for (BankProblem& problem : FindBankProblems(bank_, file_)) {
        Error error = std::move(problem.error);
        if (problem.question >= 0) {
            const Place& place = places_[static_cast<std::size_t>(problem.question)];
            error.line = place.line;
            error.column = place.column;
            if (auto column = ColumnOfPath(problem.path)) {
                auto [line, col] = place.cells[static_cast<std::size_t>(*column)];
                if (line > 0) {
                    error.line = line;
                    error.column = col;
                }
            }
        }
        errors.push_back(std::move(error));
    }
    if (!errors.empty()) {
        SortByPosition(errors);
        return std::unexpected(std::move(errors));
    }
    warnings.insert(warnings.end(), warnings_.begin(), warnings_.end());
    SortByPosition(warnings);
    return ParsedBank{std::move(bank_), std::move(warnings), {}};
}

}  // namespace summit::content
