// What every question-bank reader returns: the bank, plus what it read with a loss.
#pragma once

#include <cstddef>
#include <functional>
#include <string>
#include <vector>

#include "content/model/bank.h"
#include "content/model/error.h"

namespace summit::content {

// A reader returns std::expected<ParsedBank, ErrorList>: the errors (each with file, line and
// column where there is one) when nothing may be imported, else the bank and its warnings —
// things read with a loss or skipped (an essay without grading, a feature the model lacks),
// printed as "FILE:LINE:COL: warning: …" (Error::ToString("warning")). Nothing is ever
// dropped without a warning.
struct ParsedBank {
    Bank bank;
    ErrorList warnings;
    // The bytes of each image the bank's Markdown texts show as ![alt](media:SHA256); the
    // importer keeps them with the bank, in its transaction (Collection::ImportBankWithImages).
    std::vector<std::string> images;
};

// Where a streaming reader (StreamGift) hands each valid question as soon as it is read, so a
// large file never has its whole bank in memory. Returning false stops the reading.
using QuestionSink = std::function<bool(Question&& question)>;

// What a streaming reader returns once its questions went to the sink: the bank without
// questions (its id, title and deck, as ParsedBank's), the warnings in line order, and how
// many questions the sink was given.
struct StreamedBank {
    Bank header;
    ErrorList warnings;
    std::size_t questions = 0;
    bool stopped = false;  // the sink returned false; the rest of the file was not read
};

}  // namespace summit::content
