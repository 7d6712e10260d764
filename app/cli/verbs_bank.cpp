// Bank verbs: check, import and export question-bank files.
#include <cassert>
#include <cctype>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iostream>

#include "app/bootstrap/bank_import.h"
#include "app/cli/anki_verbs.h"
#include "app/cli/export_apkg.h"
#include "app/cli/verbs.h"
#include "content/formats/aiken.h"
#include "content/formats/anki_text.h"
#include "content/formats/bank_file.h"
#include "content/formats/csv_bank.h"
#include "content/formats/gift.h"
#include "content/formats/json_bank.h"
#include "content/formats/moodle_xml.h"
#include "content/formats/pasted_list.h"
#include "storage/atomic_file.h"

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

// Reads FILE (the verb's first argument) in any format, printing every error, or every
// warning when it can be imported.
std::optional<content::BankFile> LoadBankArgument(Context& context) {
    auto options = ReadOptions(context.args());
    if (!options) {
        context.Report(options.error());
        return std::nullopt;
    }
    auto file = content::ReadBankFile(context.args().words.at(1), *options);
    if (!file) {
        for (const Error& error : file.error()) {
            context.err() << error.ToString() << "\n";
        }
        return std::nullopt;
    }
    for (const Error& warning : file->parsed.warnings) {
        context.err() << warning.ToString("warning") << "\n";
    }
    return std::move(*file);
}

// "(read as csv, 2 warnings)": which reader was used and what it reported.
std::string ReadNote(const content::BankFile& file) {
    const std::size_t warnings = file.parsed.warnings.size();
    std::string note = std::string("read as ") + content::BankFormatName(file.format);
    if (warnings > 0) {
        note += ", " + std::to_string(warnings) + (warnings == 1 ? " warning" : " warnings");
    }
    return "(" + note + ")";
}

int Usage(Context& context, const char* usage) {
    context.err() << "usage: " << usage << "\n";
    return kExitUsage;
}

// The formats export writes, with their --format names and the extensions that name them.
// An Anki package is not a bank text: it has its own writer (export_apkg.h).
enum class ExportFormat { kJson, kCsv, kTsv, kGift, kAiken, kMoodleXml, kAnkiText, kApkg };

struct ExportFormatName {
    ExportFormat format;
    const char* name;
    const char* extension;  // lowercase, with the dot
};

constexpr ExportFormatName kExportFormats[] = {
    {ExportFormat::kJson, "json", ".json"},
    {ExportFormat::kCsv, "csv", ".csv"},
    {ExportFormat::kTsv, "tsv", ".tsv"},
    {ExportFormat::kGift, "gift", ".gift"},
    {ExportFormat::kAiken, "aiken", ".aiken"},
    {ExportFormat::kMoodleXml, "moodle-xml", ".xml"},
    {ExportFormat::kAnkiText, "anki-text", ".txt"},
    {ExportFormat::kApkg, "apkg", ".apkg"},
};

// The format to export in: --format when given, else the one OUT's extension names (standard
// output gets JSON). Refuses rather than guess, so `out.csv` never silently holds JSON.
Result<ExportFormat> ChooseExportFormat(const std::optional<std::string>& option,
                                        const std::string& out) {
    constexpr const char* kKnown = "json, csv, tsv, gift, aiken, moodle-xml, anki-text, apkg";
    auto lower = [](std::string text) {
        for (char& c : text) {
            c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
        }
        return text;
    };
    if (option) {
        for (const ExportFormatName& known : kExportFormats) {
            if (lower(*option) == known.name) {
                return known.format;
            }
        }
        return Fail(ErrorCode::kInvalidArgument,
                    "unknown export format '" + *option + "' (known: " + kKnown + ")");
    }
    if (out == "-") {
        return ExportFormat::kJson;
    }
    const std::string extension = lower(std::filesystem::path(out).extension().string());
    for (const ExportFormatName& known : kExportFormats) {
        if (extension == known.extension) {
            return known.format;
        }
    }
    return Fail(ErrorCode::kInvalidArgument,
                "cannot tell the export format from '" + out + "' (known: " + kKnown +
                    "); name the file .json, .csv, .tsv, .gift, .aiken, .xml (Moodle XML), "
                    ".txt (Anki text) or .apkg or pass --format");
}

// The file text for `format`, printing a warning for each question it cannot hold. Moodle XML
// embeds the collection's images.
std::string ExportText(Context& context, const storage::Collection& collection,
                       const content::Bank& bank, ExportFormat format, const std::string& out) {
    content::ExportedText exported;
    switch (format) {
        case ExportFormat::kJson:
            return content::WriteJsonBank(bank);
        case ExportFormat::kCsv:
        case ExportFormat::kTsv:
            exported = content::WriteCsvBank(bank, format == ExportFormat::kTsv ? '\t' : ',');
            break;
        case ExportFormat::kGift:
            exported = content::WriteGift(bank);
            break;
        case ExportFormat::kAiken:
            exported = content::WriteAiken(bank);
            break;
        case ExportFormat::kMoodleXml:
            exported = content::WriteMoodleXml(
                bank, [&](std::string_view hash) -> std::optional<std::string> {
                    auto media = collection.GetMedia(hash);
                    if (!media || !*media) {
                        return std::nullopt;
                    }
                    return std::move((*media)->bytes);
                });
            break;
        case ExportFormat::kAnkiText:
            exported = content::WriteAnkiText(bank);
            break;
        case ExportFormat::kApkg:
            assert(false && "an Anki package is written by ExportApkg");
            break;
    }
    for (Error& warning : exported.warnings) {
        warning.file = out;
        context.err() << warning.ToString("warning") << "\n";
    }
    return std::move(exported.text);
}

// What `check` prints after the first line: how many questions of each type.
void PrintTypeCounts(Context& context, const content::Bank& bank) {
    for (const bootstrap::TypeCount& counted : bootstrap::CountQuestionTypes(bank)) {
        context.out() << "  " << content::QuestionTypeName(counted.type) << ": " << counted.count
                      << "\n";
    }
}

}  // namespace

int RunCheck(Context& context) {
    if (context.args().words.size() != 2) {
        return Usage(context, "summit check FILE [--format F] [--delimiter D]");
    }
    if (content::IsAnkiPackageName(context.args().words[1])) {
        return RunAnkiCheck(context);
    }
    auto file = LoadBankArgument(context);
    if (!file) {
        return kExitFailure;
    }
    const content::Bank& bank = file->parsed.bank;
    context.out() << context.args().words[1] << ": ok, " << bank.questions.size()
                  << " questions in \"" << content::DeckName(bank) << "\" " << ReadNote(*file)
                  << "\n";
    PrintTypeCounts(context, bank);
    return kExitOk;
}

int RunImport(Context& context) {
    if (context.args().words.size() != 2) {
        return Usage(context, "summit import FILE [--deck NAME] [--format F] [--delimiter D]");
    }
    if (content::IsAnkiPackageName(context.args().words[1])) {
        return RunAnkiImport(context);
    }
    auto file = LoadBankArgument(context);
    if (!file) {
        return kExitFailure;
    }
    auto collection = context.OpenCollection();
    if (!collection) {
        return context.Report(collection.error());
    }
    const auto shown = TerminalProgress(context, "questions");
    bootstrap::ImportProgress progress;
    if (shown) {
        progress = [shown](std::size_t done, std::size_t total) {
            shown(done, total);
            return true;  // the command line has no Cancel
        };
    }
    auto report = bootstrap::ImportBankFile(**collection, *file, context.args().Get("deck"),
                                            context.args().words[1], context.now_ms(), progress);
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
    context.out() << " " << ReadNote(*file) << ".\n";
    return kExitOk;
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
    auto format = ChooseExportFormat(args.Get("format"), out);
    if (!format) {
        return context.Report(format.error());
    }
    if (*format != ExportFormat::kApkg &&
        (args.Has("with-scheduling") || args.Has("with-history"))) {
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
    if (*format == ExportFormat::kApkg) {
        return ExportApkg(context, **collection, *deck_id, out);
    }
    auto bank = (*collection)->ExportDeck(*deck_id);
    if (!bank) {
        return context.Report(bank.error());
    }
    std::string text = ExportText(context, **collection, *bank, *format, out);
    if (out == "-") {
        context.out() << text;
        return kExitOk;
    }
    if (auto written = storage::WriteFileAtomically(out, text); !written) {
        return context.Report(written.error());
    }
    context.out() << "Exported " << bank->questions.size() << " questions to " << out << "\n";
    return kExitOk;
}

}  // namespace summit::cli
