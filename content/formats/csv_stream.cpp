// Reading a CSV/TSV bank a question at a time: ParseCsvBank's rows, each question validated on
// its own and handed on as soon as it is read, so a large file's bank is never whole.
#include <algorithm>
#include <cassert>
#include <functional>
#include <utility>
#include <vector>

#include "content/formats/bank_validation.h"
#include "content/formats/csv_bank.h"
#include "content/formats/csv_rows.h"
#include "content/formats/table_bank.h"

namespace summit::content {
namespace {

// The first pass over the records: where a quote is never closed, and whether two rows may
// give their questions the same id. A later row then replaces an earlier one in its place,
// which only the whole bank can do. One hash a data row is kept (8 bytes); a hash collision
// or a skipped row sharing a kept row's id costs a whole read, never a wrong one.
struct FirstPass {
    TextPosition unclosed;
    bool may_repeat_ids = false;
};

FirstPass ReadFirstPass(std::string_view text, char delimiter, const std::string& file) {
    FirstPass pass;
    ErrorList header_warnings;  // the second pass gives them
    csv::RowMapper rows(file, header_warnings);
    std::vector<std::size_t> ids;
    ForEachRecord(text, delimiter, '\0', 1, &pass.unclosed, [&](const Record& record) {
        RowCells row;
        if (rows.Map(record, row)) {
            ids.push_back(std::hash<std::string>{}(csv::RowId(row)));
        }
    });
    std::sort(ids.begin(), ids.end());
    pass.may_repeat_ids = std::adjacent_find(ids.begin(), ids.end()) != ids.end();
    return pass;
}

// A whole read handed on a question at a time: its errors, or its questions to `sink`.
std::expected<StreamedBank, ErrorList> HandOn(std::expected<ParsedBank, ErrorList> parsed,
                                              const QuestionSink& sink) {
    if (!parsed) {
        return std::unexpected(std::move(parsed.error()));
    }
    std::vector<Question> questions = std::move(parsed->bank.questions);
    StreamedBank streamed{std::move(parsed->bank), std::move(parsed->warnings), 0, false};
    streamed.header.questions.clear();
    for (Question& question : questions) {
        ++streamed.questions;
        if (!sink(std::move(question))) {
            streamed.stopped = true;
            break;
        }
    }
    return streamed;
}

}  // namespace

Bank CsvBankHeader(std::string_view file_name) {
    Bank header;
    header.id = BankIdFromFileName(file_name);
    header.title = BankTitleFromFileName(file_name);
    return header;
}

std::expected<StreamedBank, ErrorList> StreamCsvBank(std::string_view text,
                                                     std::string_view file_name, char delimiter,
                                                     const QuestionSink& sink) {
    const std::string_view given_text = text;
    const char given_delimiter = delimiter;
    text = csv::Prepare(text, delimiter);
    const std::string file(file_name);
    if (FirstPass pass = ReadFirstPass(text, delimiter, file);
        pass.unclosed.line > 0 || pass.may_repeat_ids) {
        return HandOn(ParseCsvBank(given_text, file_name, given_delimiter), sink);
    }
    ErrorList errors;
    ErrorList warnings;
    csv::RowMapper rows(file, warnings);
    Bank one = CsvBankHeader(file_name);  // the header around the question being validated
    one.questions.resize(1);
    std::size_t passed = 0;
    bool stopped = false;
    bool failed = false;
    ForEachRecord(text, delimiter, '\0', 1, nullptr, [&](const Record& record) {
        RowCells row;
        if (stopped || failed || !rows.Map(record, row)) {
            return;
        }
        auto question = ReadRow(row, file, errors, warnings);
        if (!errors.empty()) {
            failed = true;
            return;
        }
        if (!question) {
            return;  // skipped with a warning
        }
        if (question->id.empty()) {
            question->id = ContentId(question->prompt);
        }
        one.questions.front() = std::move(*question);
        if (!FindBankProblems(one, file).empty()) {
            failed = true;
            return;
        }
        ++passed;
        stopped = !sink(std::move(one.questions.front()));
    });
    if (failed || passed == 0) {
        // ParseCsvBank gives every error, each placed at its cell, or the empty bank; what
        // the sink was given before an error is the caller's to drop (the import rolls back).
        auto parsed = ParseCsvBank(given_text, file_name, given_delimiter);
        assert((!parsed || passed == 0) && "a row the stream refuses is refused by ParseCsvBank");
        return HandOn(std::move(parsed), sink);
    }
    std::stable_sort(warnings.begin(), warnings.end(), [](const Error& a, const Error& b) {
        return std::pair(a.line, a.column) < std::pair(b.line, b.column);
    });
    one.questions.clear();
    return StreamedBank{std::move(one), std::move(warnings), passed, stopped};
}

}  // namespace summit::content
