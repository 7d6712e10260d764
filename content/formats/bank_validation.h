// The semantic rules of a question bank (docs/bank-format.md, "Validation"), shared by the
// JSON reader and other importers. Internal to content/formats; others use ValidateBank.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "content/model/bank.h"
#include "content/model/error.h"

namespace summit::content {

// The longest text a bank field may hold, in characters (Unicode code points): about four
// printed pages, far beyond any question, and short enough that every view shows it whole.
inline constexpr std::size_t kMaxTextCharacters = 10'000;

// One broken rule, with where in the bank it is so a reader can add a file position.
struct BankProblem {
    Error error;             // kValidation or kUnsupportedVersion; no position
    std::string path;        // e.g. "questions[2].choices[0].text"; the JSON path of the field
    int question = -1;       // index into bank.questions, or -1 for a bank-level problem
    bool type_rule = false;  // a rule of the question's type (skipped when the type is unknown)
};

// Every broken rule, in bank order. Empty for a valid bank.
std::vector<BankProblem> FindBankProblems(const Bank& bank, std::string_view file_name);

// The prefix naming a question in messages: `question "p3-buffer": ` or, without an id,
// `question 3: ` (1-based position).
std::string QuestionLabel(const std::string& id, std::size_t index);

}  // namespace summit::content
