// Bank verbs: check, import and export question-bank files.
#include <cctype>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <set>

#include "app/bootstrap/safety.h"
#include "app/cli/verbs.h"
#include "content/formats/json_bank.h"

namespace summit::cli {
namespace {

// Parses FILE (the verb's first argument) and prints every problem found.
std::optional<content::Bank> LoadBankArgument(Context& context) {
    const auto& words = context.args().words;
    auto bank = content::LoadJsonBankFile(words.at(1));
    if (!bank) {
        for (const Error& error : bank.error()) {
            context.err() << error.ToString() << "\n";
        }
        return std::nullopt;
    }
    return std::move(*bank);
}

int Usage(Context& context, const char* usage) {
    context.err() << "usage: " << usage << "\n";
    return kExitUsage;
}

// Writes `text` to `path` through a temporary file, so a failed write leaves no half file.
Status WriteFileAtomically(const std::filesystem::path& path, const std::string& text) {
    std::filesystem::path temporary = path;
    temporary += ".tmp";
    {
        std::ofstream file(temporary, std::ios::binary | std::ios::trunc);
        file << text;
        if (!file.flush()) {
            const std::string reason = std::strerror(errno);
            std::error_code ignored;
            std::filesystem::remove(temporary, ignored);
            return Fail(
                Error{ErrorCode::kIo, "cannot write the file: " + reason, path.string(), 0, 0});
        }
    }
    std::error_code error;
    std::filesystem::rename(temporary, path, error);
    if (error) {
        const std::string reason = error.message();
        std::filesystem::remove(temporary, error);
        return Fail(Error{ErrorCode::kIo, "cannot write the file: " + reason, path.string(), 0, 0});
    }
    return {};
}

// The format to export in: --format when given, else the one OUT's extension names (standard
// output gets JSON). Refuses rather than guess, so `out.csv` never silently holds JSON.
Result<std::string> ExportFormat(const std::optional<std::string>& option, const std::string& out) {
    if (option) {
        if (*option != "json") {
            return Fail(ErrorCode::kInvalidArgument,
                        "unknown export format '" + *option + "' (known: json)");
        }
        return *option;
    }
    if (out == "-") {
        return std::string("json");
    }
    std::string extension = std::filesystem::path(out).extension().string();
    for (char& c : extension) {
        c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    }
    if (extension == ".json") {
        return std::string("json");
    }
    return Fail(ErrorCode::kInvalidArgument,
                "cannot tell the export format from '" + out +
                    "' (known: json); name the file .json or pass --format json");
}

// A question stays in the deck it is in, so importing a bank into another deck would only
// create an empty deck. Names the deck that already holds the bank's questions, if any other
// than `target`.
Result<std::optional<std::string>> DeckHoldingBank(storage::Collection& collection,
                                                   const content::Bank& bank,
                                                   const std::string& target) {
    std::set<std::string> guids;
    for (const auto& question : bank.questions) {
        guids.insert(content::QuestionGuid(bank, question));
    }
    auto questions = collection.ListQuestions(std::nullopt);
    if (!questions) {
        return Fail(questions.error());
    }
    for (const auto& question : *questions) {
        if (guids.count(question.guid) > 0 && question.deck != target) {
            return std::optional<std::string>(question.deck);
        }
    }
    return std::optional<std::string>();
}

}  // namespace

int RunCheck(Context& context) {
    if (context.args().words.size() != 2) {
        return Usage(context, "summit check FILE");
    }
    auto bank = LoadBankArgument(context);
    if (!bank) {
        return kExitFailure;
    }
    context.out() << context.args().words[1] << ": ok, " << bank->questions.size()
                  << " questions in \"" << content::DeckName(*bank) << "\"\n";
    return kExitOk;
}

int RunImport(Context& context) {
    if (context.args().words.size() != 2) {
        return Usage(context, "summit import FILE [--deck NAME]");
    }
    auto bank = LoadBankArgument(context);
    if (!bank) {
        return kExitFailure;
    }
    auto collection = context.OpenCollection();
    if (!collection) {
        return context.Report(collection.error());
    }
    if (auto target = context.args().Get("deck")) {
        auto holder = DeckHoldingBank(**collection, *bank, *target);
        if (!holder) {
            return context.Report(holder.error());
        }
        if (*holder) {
            return context.Report(Error{ErrorCode::kConflict,
                                        "the questions of this bank are already in deck \"" +
                                            **holder +
                                            "\" and stay there; nothing imported "
                                            "(import without --deck to update them)",
                                        context.args().words[1], 0, 0});
        }
    }
    // An import can change many questions at once; the copy from before it is the way back.
    if (auto backup = bootstrap::AutomaticBackup(**collection, context.now_ms()); !backup) {
        return context.Report(backup.error());
    }
    auto report = (*collection)->ImportBank(*bank, context.args().Get("deck"));
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
    context.out() << ".\n";
    return kExitOk;
}

int RunExport(Context& context) {
    const Args& args = context.args();
    auto deck = args.Get("deck");
    if (args.words.size() != 2 || !deck) {
        return Usage(context, "summit export --deck NAME [--format json] OUT");
    }
    const std::string& out = args.words[1];
    auto format = ExportFormat(args.Get("format"), out);
    if (!format) {
        return context.Report(format.error());
    }
    auto collection = context.OpenCollection();
    if (!collection) {
        return context.Report(collection.error());
    }
    auto deck_id = (*collection)->FindDeck(*deck);
    if (!deck_id) {
        return context.Report(deck_id.error());
    }
    auto bank = (*collection)->ExportDeck(*deck_id);
    if (!bank) {
        return context.Report(bank.error());
    }
    std::string text = content::WriteJsonBank(*bank);
    if (out == "-") {
        context.out() << text;
        return kExitOk;
    }
    if (auto written = WriteFileAtomically(out, text); !written) {
        return context.Report(written.error());
    }
    context.out() << "Exported " << bank->questions.size() << " questions to " << out << "\n";
    return kExitOk;
}

}  // namespace summit::cli
