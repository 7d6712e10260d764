// `summit check` and `summit import` of a GIFT, CSV or TSV file read a question at a time.
#include <utility>

#include "app/cli/bank_verbs.h"

namespace summit::cli {
namespace {

std::expected<content::StreamedBank, ErrorList> Stream(const BankText& file,
                                                       const content::QuestionSink& sink) {
    return content::StreamBankText(file.text, file.name, file.format, file.options, sink);
}

}  // namespace

bool IsStreamed(const BankText& file, const Args& args) {
    return content::CanStreamBankFormat(file.format) && !args.Get("deck");
}

int CheckStreamed(Context& context, const BankText& file) {
    bootstrap::QuestionTypeTally tally;
    auto streamed = Stream(file, [&](content::Question&& question) {
        tally.Add(question.type);
        return true;
    });
    if (!streamed) {
        PrintErrors(context, streamed.error(), "error");
        return kExitFailure;
    }
    PrintErrors(context, streamed->warnings, "warning");
    PrintChecked(context, streamed->questions, streamed->header,
                 ReadNote(file.format, streamed->warnings.size()));
    PrintTypeCounts(context, tally.Counts());
    return kExitOk;
}

// The file is read while the import's transaction is open, a question at a time; what it
// cannot import rolls the transaction back.
int ImportStreamed(Context& context, const BankText& file) {
    auto collection = context.OpenCollection();
    if (!collection) {
        return context.Report(collection.error());
    }
    ErrorList read_errors;
    ErrorList warnings;
    auto source = [&](const storage::Collection::QuestionVisitor& visit) -> Status {
        Status visited;
        auto streamed = Stream(file, [&](content::Question&& question) {
            visited = visit(question);
            return visited.has_value();
        });
        if (!streamed) {
            read_errors = std::move(streamed.error());
            return Fail(read_errors.front());
        }
        warnings = std::move(streamed->warnings);
        return visited;
    };
    // The count only sizes the progress line; without one, counting would read the file twice.
    auto progress = ImportProgressLine(context);
    const std::size_t expected =
        progress ? content::MostStreamedQuestions(file.text, file.format) : 0;
    auto report = bootstrap::ImportStreamedBank(
        **collection, content::StreamedBankHeader(file.format, file.name), source, expected,
        file.name, context.now_ms(), progress);
    if (!read_errors.empty()) {
        PrintErrors(context, read_errors, "error");
        return kExitFailure;
    }
    PrintErrors(context, warnings, "warning");
    return PrintImported(context, report, ReadNote(file.format, warnings.size()));
}

}  // namespace summit::cli
