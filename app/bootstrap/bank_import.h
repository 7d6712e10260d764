// Importing a bank file, shared by `summit check` / `summit import` and the window's Import
// dialog: what the file holds, what importing it would change, and the import itself (backup
// first, one transaction).
#pragma once

#include <cstddef>
#include <cstdint>
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "content/formats/bank_file.h"
#include "content/model/error.h"
#include "content/model/question.h"
#include "storage/collection.h"

namespace summit::bootstrap {

struct TypeCount {
    content::QuestionType type = content::QuestionType::kFlashcard;
    int count = 0;  // at least 1
};

// Counts questions by type as they come, for a bank read whole or a question at a time.
class QuestionTypeTally {
  public:
    void Add(content::QuestionType type) { ++counts_[type]; }
    // How many of each type were added, in kAllQuestionTypes order, types with none left out.
    std::vector<TypeCount> Counts() const;

  private:
    std::map<content::QuestionType, int> counts_;
};

// How many questions of each type `bank` holds, as QuestionTypeTally::Counts lists them.
std::vector<TypeCount> CountQuestionTypes(const content::Bank& bank);

// A question stays in the deck it is in, so importing a bank into another deck would only
// create an empty deck. With a `deck_override` naming a deck other than the one that already
// holds some of the bank's questions: a kConflict error naming that deck and `file_name`.
// No override, or no such question: success. Errors: the collection's reads.
[[nodiscard]] Status CheckImportTarget(const storage::Collection& collection,
                                       const content::Bank& bank,
                                       const std::optional<std::string>& deck_override,
                                       const std::string& file_name);

// What importing `file` into `deck_override` (its own deck when nullopt) would do: the import
// runs inside a transaction that is then rolled back, so the counts are the import's own and
// the collection is unchanged. Errors: CheckImportTarget's, then Collection::ImportBank's.
[[nodiscard]] Result<storage::ImportReport> PreviewBankImport(
    storage::Collection& collection, const content::BankFile& file,
    const std::optional<std::string>& deck_override, const std::string& file_name);

// The message of an import's error when its progress asked to cancel it.
inline constexpr const char* kImportCancelled = "the import was cancelled; nothing changed";

// Called with (questions done, total) every Collection::kImportProgressEvery questions and once
// at the end; returning false asks for the import to be cancelled.
using ImportProgress = std::function<bool(std::size_t done, std::size_t total)>;

// Imports `file` with its images: CheckImportTarget, then the automatic backup (AutomaticBackup),
// then one transaction (Collection::ImportBankWithImages). When `progress` asks to cancel, the
// transaction is rolled back once the storage call returns (it cannot be stopped midway) and
// the result is a kConflict error saying it was cancelled. Errors: those steps'; after any
// error the collection is unchanged.
[[nodiscard]] Result<storage::ImportReport> ImportBankFile(
    storage::Collection& collection, const content::BankFile& file,
    const std::optional<std::string>& deck_override, const std::string& file_name, int64_t now_ms,
    const ImportProgress& progress = {});

// ImportBankFile of a bank read a question at a time (content::StreamGift): the automatic
// backup, then one transaction around Collection::ImportQuestions, cancelled as ImportBankFile
// is. Without a deck override: a bank read a piece at a time cannot be checked against one
// first (CheckImportTarget). Errors: those steps' and `source`'s; after any, the collection
// is unchanged.
[[nodiscard]] Result<storage::ImportReport> ImportStreamedBank(
    storage::Collection& collection, const content::Bank& header,
    const storage::Collection::QuestionSource& source, std::size_t expected,
    const std::string& file_name, int64_t now_ms, const ImportProgress& progress = {});

}  // namespace summit::bootstrap
