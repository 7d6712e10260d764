// What `summit check` and `summit import` of a bank file share between reading it whole
// (verbs_bank.cpp) and reading it a question at a time (verbs_bank_stream.cpp).
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "app/bootstrap/bank_import.h"
#include "app/cli/context.h"
#include "content/formats/bank_file.h"

namespace summit::cli {

// FILE (the verb's first argument): its text and the format it is read in.
struct BankText {
    std::string name;
    std::string text;
    content::BankFormat format = content::BankFormat::kJson;
    content::BankReadOptions options;
};

// Each error (or warning: `kind`) on its own line of standard error.
void PrintErrors(Context& context, const ErrorList& errors, const char* kind);

// "(read as csv, 2 warnings)": which reader was used and what it reported.
std::string ReadNote(content::BankFormat format, std::size_t warnings);

// What `check` prints: "FILE: ok, N questions in "DECK" NOTE", then how many of each type.
void PrintChecked(Context& context, std::size_t questions, const content::Bank& bank,
                  const std::string& note);
void PrintTypeCounts(Context& context, const std::vector<bootstrap::TypeCount>& counts);

// How `import` shows its progress: a line on a terminal, never a Cancel.
bootstrap::ImportProgress ImportProgressLine(Context& context);

// What `import` prints: the error, or what was added, updated and kept, then `note`.
int PrintImported(Context& context, const Result<storage::ImportReport>& report,
                  const std::string& note);

// A GIFT, CSV or TSV file is read a question at a time, so a large one is never whole in
// memory, unless --deck asks for the whole bank to be checked against the collection first.
bool IsStreamed(const BankText& file, const Args& args);

// `check` and `import` of a file IsStreamed reads, with the same output as the whole read.
int CheckStreamed(Context& context, const BankText& file);
int ImportStreamed(Context& context, const BankText& file);

}  // namespace summit::cli
