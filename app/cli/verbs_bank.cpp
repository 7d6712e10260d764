// Bank verbs: check, import and export question-bank files.
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iostream>

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
        return Usage(context, "summit export --deck NAME --format json OUT");
    }
    if (std::string format = args.Get("format").value_or("json"); format != "json") {
        return context.Report(Error{ErrorCode::kInvalidArgument,
                                    "unknown export format '" + format + "' (known: json)",
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
    auto bank = (*collection)->ExportDeck(*deck_id);
    if (!bank) {
        return context.Report(bank.error());
    }
    std::string text = content::WriteJsonBank(*bank);
    const std::string& out = args.words[1];
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
