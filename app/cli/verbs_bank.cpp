// Bank verbs: check, import and export question-bank files.
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iostream>

#include "app/bootstrap/deck_export.h"
#include "app/cli/anki_verbs.h"
#include "app/cli/bank_verbs.h"
#include "app/cli/verbs.h"
#include "content/formats/bank_file.h"
#include "content/formats/json_bank.h"
#include "content/formats/pasted_list.h"

namespace summit::cli {
namespace {

constexpr const char* kFormatNames = "auto, json, csv, tsv, text, gift, aiken, moodle-xml";

// How to read FILE: --format (auto when absent), --delimiter and --card-separator.
Result<content::BankReadOptions> ReadOptions(const Args& args) {
    content::BankReadOptions options;
    if (auto format = args.Get("format"); format && *format != "auto") {
        options.format = content::ParseBankFormatName(*format);
        if (!options.format) {
            return Fail(ErrorCode::kInvalidArgument,
                        "unknown format '" + *format + "' (known: " + kFormatNames + ")");
        }
    }
    if (auto delimiter = args.Get("delimiter")) {
        options.delimiter = content::SeparatorFromOption(*delimiter);
    }
    if (auto separator = args.Get("card-separator")) {
        options.card_separator = content::SeparatorFromOption(*separator);
    }
    return options;
}

// Reads FILE's text and tells its format, printing the error when it cannot.
std::optional<BankText> ReadBankArgument(Context& context) {
    auto options = ReadOptions(context.args());
    if (!options) {
        context.Report(options.error());
        return std::nullopt;
    }
    BankText file{context.args().words.at(1), {}, content::BankFormat::kJson, *options};
    auto text = content::ReadBankFileText(file.name);
    if (!text) {
        for (const Error& error : text.error()) {
            context.err() << error.ToString() << "\n";
        }
        return std::nullopt;
    }
    file.text = std::move(*text);
    file.format =
        options->format ? *options->format : content::DetectBankFormat(file.name, file.text);
    return file;
}

// Parses FILE whole, printing every error, or every warning when it can be imported.
std::optional<content::BankFile> ParseBankArgument(Context& context, BankText& file) {
    auto parsed = content::ParseBankText(file.text, file.name, file.format, file.options);
    file.text = {};  // the bank holds what it needs
    if (!parsed) {
        PrintErrors(context, parsed.error(), "error");
        return std::nullopt;
    }
    PrintErrors(context, parsed->warnings, "warning");
    return content::BankFile{file.format, std::move(*parsed)};
}

int Usage(Context& context, const char* usage) {
    context.err() << "usage: " << usage << "\n";
    return kExitUsage;
}

// ReadNote of a file read whole.
std::string NoteOf(const content::BankFile& file) {
    return ReadNote(file.format, file.parsed.warnings.size());
}

// Imports FILE, whole or a question at a time.
int ImportBankArgument(Context& context) {
    auto text = ReadBankArgument(context);
    if (!text) {
        return kExitFailure;
    }
    if (IsStreamed(*text, context.args())) {
        return ImportStreamed(context, *text);
    }
    auto file = ParseBankArgument(context, *text);
    if (!file) {
        return kExitFailure;
    }
    auto collection = context.OpenCollection();
    if (!collection) {
        return context.Report(collection.error());
    }
    auto report = bootstrap::ImportBankFile(**collection, *file, context.args().Get("deck"),
                                            context.args().words[1], context.now_ms(),
                                            ImportProgressLine(context));
    return PrintImported(context, report, NoteOf(*file));
}

}  // namespace

void PrintErrors(Context& context, const ErrorList& errors, const char* kind) {
    for (const Error& error : errors) {
        context.err() << error.ToString(kind) << "\n";
    }
}

std::string ReadNote(content::BankFormat format, std::size_t warnings) {
    std::string note = std::string("read as ") + content::BankFormatName(format);
    if (warnings > 0) {
        note += ", " + std::to_string(warnings) + (warnings == 1 ? " warning" : " warnings");
    }
    return "(" + note + ")";
}

void PrintTypeCounts(Context& context, const std::vector<bootstrap::TypeCount>& counts) {
    for (const bootstrap::TypeCount& counted : counts) {
        context.out() << "  " << content::QuestionTypeName(counted.type) << ": " << counted.count
                      << "\n";
    }
}

void PrintChecked(Context& context, std::size_t questions, const content::Bank& bank,
                  const std::string& note) {
    context.out() << context.args().words[1] << ": ok, " << questions << " questions in \""
                  << content::DeckName(bank) << "\" " << note << "\n";
}

bootstrap::ImportProgress ImportProgressLine(Context& context) {
    const auto shown = TerminalProgress(context, "questions");
    if (!shown) {
        return {};
    }
    return [shown](std::size_t done, std::size_t total) {
        shown(done, total);
        return true;  // the command line has no Cancel
    };
}

int PrintImported(Context& context, const Result<storage::ImportReport>& report,
                  const std::string& note) {
    if (!report) {
        return context.Report(report.error());
    }
    context.out() << "Imported into \"" << report->deck << "\""
                  << (report->deck_created ? " (new deck)" : "") << ": " << report->added
                  << " added, " << report->updated << " updated, " << report->unchanged
                  << " unchanged";
    if (report->kept > 0) {
        context.out() << ", " << report->kept << " kept (no longer in the file; not deleted)";
    }
    context.out() << " " << note << ".\n";
    return kExitOk;
}

int RunCheck(Context& context) {
    if (context.args().words.size() != 2) {
        return Usage(context, "summit check FILE [--format F] [--delimiter D]");
    }
    if (content::IsAnkiPackageName(context.args().words[1])) {
        return RunAnkiCheck(context);
    }
    auto text = ReadBankArgument(context);
    if (!text) {
        return kExitFailure;
    }
    if (IsStreamed(*text, context.args())) {
        return CheckStreamed(context, *text);
    }
    auto file = ParseBankArgument(context, *text);
    if (!file) {
        return kExitFailure;
    }
    const content::Bank& bank = file->parsed.bank;
    PrintChecked(context, bank.questions.size(), bank, NoteOf(*file));
    PrintTypeCounts(context, bootstrap::CountQuestionTypes(bank));
    return kExitOk;
}

int RunImport(Context& context) {
    if (context.args().words.size() != 2) {
        return Usage(context, "summit import FILE [--deck NAME] [--format F] [--delimiter D]");
    }
    if (content::IsAnkiPackageName(context.args().words[1])) {
        return RunAnkiImport(context);
    }
    const int code = ImportBankArgument(context);
    if (code != kExitOk) {
        context.DiscardCreatedCollection();
    }
    return code;
}

int RunExport(Context& context) {
    const Args& args = context.args();
    auto deck = args.Get("deck");
    if (args.words.size() != 2 || !deck) {
        return Usage(context,
                     "summit export --deck NAME [--format "
                     "json|csv|tsv|gift|aiken|moodle-xml|anki-text|apkg] [--with-scheduling] OUT");
    }
    const std::string& out = args.words[1];
    auto format = bootstrap::ChooseExportFormat(args.Get("format"), out);
    if (!format) {
        return context.Report(format.error());
    }
    // --with-history is the same request in the words of a user who thinks of the review log.
    const bool with_scheduling = args.Has("with-scheduling") || args.Has("with-history");
    if (*format != bootstrap::ExportFormat::kApkg && with_scheduling) {
        return context.Report(Error{ErrorCode::kInvalidArgument,
                                    "--with-scheduling applies to Anki packages (.apkg) only",
                                    {},
                                    0,
                                    0});
    }
    auto collection = context.OpenCollection();
    if (!collection) {
        return context.Report(collection.error());
    }
    auto deck_id = (*collection)->FindDeck(*deck);
    if (!deck_id) {
        return context.Report(deck_id.error());
    }
    bootstrap::ExportRequest request;
    request.format = *format;
    request.out = out;
    request.with_scheduling = with_scheduling;
    request.now_ms = context.now_ms();
    auto exported = bootstrap::ExportDeckFile(**collection, *deck_id, request);
    if (!exported) {
        return context.Report(exported.error());
    }
    for (const Error& warning : exported->warnings) {
        context.err() << warning.ToString("warning") << "\n";
    }
    if (out == "-") {
        context.out() << exported->text;
        return kExitOk;
    }
    context.out() << "Exported " << exported->questions << " questions to " << out;
    if (!exported->details.empty()) {
        context.out() << " (" << exported->details << ")";
    }
    context.out() << "\n";
    return kExitOk;
}

}  // namespace summit::cli
