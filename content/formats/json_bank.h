// Reading, validating and writing Summit question banks in the JSON bank format
// (docs/bank-format.md). The header exposes model types only; the JSON libraries stay in
// the .cpp files.
#pragma once

#include <cstdint>
#include <expected>
#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

#include "content/model/bank.h"
#include "content/model/error.h"
#include "content/model/question.h"

namespace summit::content {

// Parses and validates one bank file's text. `file_name` only labels the errors.
// On success the bank satisfies ValidateBank. On failure returns every problem found, in
// file order, each with `file`, `line` and `column` (1-based) and, for a question, its id in
// the message:
//   - malformed JSON: exactly one kParse error at the offending character;
//   - a `version` newer than Bank::kFormatVersion: one kUnsupportedVersion error (the rest
//     of the file is not checked, its rules may have changed);
//   - anything else (wrong `format`, missing or mistyped fields, broken rules): kValidation.
[[nodiscard]] std::expected<Bank, ErrorList> ParseJsonBank(std::string_view text,
                                                           std::string_view file_name);

// The largest bank file read: 256 MiB. Parsing takes many times a file's size in memory, so a
// bigger file (or /dev/zero) is refused before it is read rather than exhausting memory.
inline constexpr std::uintmax_t kMaxBankFileBytes = 256u * 1024 * 1024;

// Reads the file and calls ParseJsonBank. A missing file is one kNotFound error, an
// unreadable one (a directory, a device or pipe, no permission) one kIo error, one over
// kMaxBankFileBytes one kInvalidArgument error; each names the file.
[[nodiscard]] std::expected<Bank, ErrorList> LoadJsonBankFile(const std::filesystem::path& path);

// Pretty-printed JSON (2-space indent, trailing newline) with fields in the order of
// docs/bank-format.md, leaving out empty optional fields. For a bank that passes
// ValidateBank, ParseJsonBank(WriteJsonBank(bank)) == bank.
std::string WriteJsonBank(const Bank& bank);

// One question as a JSON object, in the same layout as inside a bank. The storage layer keeps
// questions this way.
std::string WriteQuestionJson(const Question& question);
// WriteQuestionJson without the whitespace between tokens (json::Compact of it), written
// directly: what the storage layer keeps for every question.
std::string WriteCompactQuestionJson(const Question& question);

// Reads what WriteQuestionJson wrote. Fails with kParse for malformed JSON and kValidation for
// a missing or mistyped field or an unknown type (the first problem only). The bank-level
// rules (ValidateBank) are not applied.
[[nodiscard]] Result<Question> ReadQuestionJson(std::string_view text);

// The semantic rules of the format applied to an in-memory bank, for any importer: every
// problem, each a kValidation error (kUnsupportedVersion for a newer version) with `file` set
// to `file_name` and no position. Empty when the bank is valid.
[[nodiscard]] ErrorList ValidateBank(const Bank& bank, std::string_view file_name);

// One broken rule of a question checked on its own (an editor's live validation).
struct QuestionProblem {
    std::string field;    // the JSON path inside the question: "prompt", "choices[1].text"
    std::string message;  // as ValidateBank words it, without the question's label

    bool operator==(const QuestionProblem&) const = default;
};

// The rules ValidateBank applies to a question, in the same order; the rules between
// questions and their bank (duplicate ids, undeclared topics) do not apply. Empty when valid.
[[nodiscard]] std::vector<QuestionProblem> ValidateQuestion(const Question& question);

}  // namespace summit::content
