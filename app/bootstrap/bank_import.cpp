// The steps of a bank import that the command line and the window share.
#include "app/bootstrap/bank_import.h"

#include <map>
#include <set>
#include <utility>

#include "app/bootstrap/dry_run.h"
#include "app/bootstrap/safety.h"

namespace summit::bootstrap {

std::vector<TypeCount> QuestionTypeTally::Counts() const {
    std::vector<TypeCount> listed;
    for (content::QuestionType type : content::kAllQuestionTypes) {
        if (auto counted = counts_.find(type); counted != counts_.end()) {
            listed.push_back({type, counted->second});
        }
    }
    return listed;
}

std::vector<TypeCount> CountQuestionTypes(const content::Bank& bank) {
    QuestionTypeTally tally;
    for (const content::Question& question : bank.questions) {
        tally.Add(question.type);
    }
    return tally.Counts();
}

Status CheckImportTarget(const storage::Collection& collection, const content::Bank& bank,
                         const std::optional<std::string>& deck_override,
                         const std::string& file_name) {
    if (!deck_override) {
        return {};
    }
    std::set<std::string> guids;
    for (const auto& question : bank.questions) {
        guids.insert(content::QuestionGuid(bank, question));
    }
    auto questions = collection.ListQuestions(std::nullopt);
    if (!questions) {
        return Fail(questions.error());
    }
    for (const auto& question : *questions) {
        if (guids.count(question.guid) > 0 && question.deck != *deck_override) {
            return Fail(Error{ErrorCode::kConflict,
                              "the questions of this bank are already in deck \"" + question.deck +
                                  "\" and stay there; nothing imported "
                                  "(import it into that deck to update them)",
                              file_name, 0, 0});
        }
    }
    return {};
}

Result<storage::ImportReport> PreviewBankImport(storage::Collection& collection,
                                                const content::BankFile& file,
                                                const std::optional<std::string>& deck_override,
                                                const std::string& file_name) {
    if (auto target = CheckImportTarget(collection, file.parsed.bank, deck_override, file_name);
        !target) {
        return Fail(target.error());
    }
    return DryRun<storage::ImportReport>(
        collection, [&] { return collection.ImportBank(file.parsed.bank, deck_override); });
}

namespace {

// The automatic backup, then `import(report_progress)` in one transaction, rolled back with a
// kConflict error when `progress` asked to cancel (a storage call cannot stop midway).
template <typename Import>
Result<storage::ImportReport> ImportAfterBackup(storage::Collection& collection,
                                                const std::string& file_name, int64_t now_ms,
                                                const ImportProgress& progress, Import&& import) {
    // An import can change many questions at once; the copy from before it is the way back.
    if (auto backup = AutomaticBackup(collection, now_ms); !backup) {
        return Fail(backup.error());
    }
    bool cancelled = false;
    std::function<void(std::size_t, std::size_t)> report_progress = [&](std::size_t done,
                                                                        std::size_t total) {
        if (progress && !cancelled && !progress(done, total)) {
            cancelled = true;
        }
    };
    return collection.Transact([&]() -> Result<storage::ImportReport> {
        auto report = import(report_progress);
        if (report && cancelled) {
            return Fail(
                Error{ErrorCode::kConflict, std::string(kImportCancelled), file_name, 0, 0});
        }
        return report;
    });
}

}  // namespace

Result<storage::ImportReport> ImportBankFile(storage::Collection& collection,
                                             const content::BankFile& file,
                                             const std::optional<std::string>& deck_override,
                                             const std::string& file_name, int64_t now_ms,
                                             const ImportProgress& progress) {
    if (auto target = CheckImportTarget(collection, file.parsed.bank, deck_override, file_name);
        !target) {
        return Fail(target.error());
    }
    return ImportAfterBackup(collection, file_name, now_ms, progress, [&](auto& report_progress) {
        return collection.ImportBankWithImages(file.parsed.bank, file.parsed.images, deck_override,
                                               report_progress);
    });
}

Result<storage::ImportReport> ImportStreamedBank(storage::Collection& collection,
                                                 const content::Bank& header,
                                                 const storage::Collection::QuestionSource& source,
                                                 std::size_t expected, const std::string& file_name,
                                                 int64_t now_ms, const ImportProgress& progress) {
    return ImportAfterBackup(collection, file_name, now_ms, progress, [&](auto& report_progress) {
        return collection.ImportQuestions(header, source, expected, std::nullopt, report_progress);
    });
}

}  // namespace summit::bootstrap
