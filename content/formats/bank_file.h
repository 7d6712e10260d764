// Every bank file format Summit reads, told apart by name and content, and the one place that
// turns a file into a ParsedBank (docs/formats.md).
#pragma once

#include <expected>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>

#include "content/formats/parsed_bank.h"

namespace summit::content {

enum class BankFormat { kJson, kCsv, kTsv, kText, kGift, kAiken, kMoodleXml };

inline constexpr BankFormat kAllBankFormats[] = {
    BankFormat::kJson, BankFormat::kCsv,   BankFormat::kTsv,       BankFormat::kText,
    BankFormat::kGift, BankFormat::kAiken, BankFormat::kMoodleXml,
};

// The name on the command line: "json", "csv", "tsv", "text", "gift", "aiken", "moodle-xml".
const char* BankFormatName(BankFormat format);
// Inverse of BankFormatName, case-insensitive; nullopt for "auto" and unknown names.
std::optional<BankFormat> ParseBankFormatName(std::string_view name);

// The format of a file from its name and text, in this order: the extensions .json, .csv,
// .tsv, .xml, .gift (and .gift.txt); then the content: JSON (starts with "{"), Moodle XML
// ("<?xml" or "<quiz"), an Anki plain-text header ("#separator:", "#html:", ...), GIFT (a line
// starting "::" or "$CATEGORY:", or an answer block such as "{=a ~b}", "{T}", "{#3}"), Aiken (a
// line "ANSWER: X" after lines "A) ..."/"A. ..."); then .txt as text (Anki plain text or a pasted
// list); then tsv when tabs split the first lines more consistently than , ; |, else csv.
BankFormat DetectBankFormat(std::string_view file_name, std::string_view text);

// True when the name alone marks a file Summit reads as a bank: the extensions DetectBankFormat
// knows (.json, .csv, .tsv, .xml, .gift) and .txt and .aiken, whose content tells the format.
// Case is ignored. Anki packages are IsAnkiPackageName's.
bool IsBankFileName(std::string_view file_name);
// True for the extensions of Anki packages, .apkg and .colpkg (case ignored), which are read as
// a collection (storage/anki), not as a bank text.
bool IsAnkiPackageName(std::string_view file_name);

struct BankReadOptions {
    std::optional<BankFormat> format;  // nullopt: DetectBankFormat
    // csv and text: the field separator (one character; SeparatorFromOption decodes names);
    // empty detects it. text: more than one character reads a pasted list.
    std::string delimiter;
    // text: the separator between cards; non-empty reads a pasted list (Quizlet) with
    // `delimiter` (default tab) between term and definition.
    std::string card_separator;
};

// Parses `text` in `format`. GIFT, Aiken and Moodle XML are a kInvalidArgument error "… is not
// supported yet" until their readers exist.
[[nodiscard]] std::expected<ParsedBank, ErrorList> ParseBankText(std::string_view text,
                                                                 std::string_view file_name,
                                                                 BankFormat format,
                                                                 const BankReadOptions& options);

// The formats StreamBankText reads a question at a time: GIFT, CSV and TSV.
bool CanStreamBankFormat(BankFormat format);

// ParseBankText a question at a time (StreamGift, StreamCsvBank) for a format
// CanStreamBankFormat accepts: each question goes to `sink`, the warnings and the bank's name
// come back, or ParseBankText's errors.
[[nodiscard]] std::expected<StreamedBank, ErrorList> StreamBankText(std::string_view text,
                                                                    std::string_view file_name,
                                                                    BankFormat format,
                                                                    const BankReadOptions& options,
                                                                    const QuestionSink& sink);

// The bank StreamBankText names, without questions (what an import needs before its first
// question), and at most how many questions `text` holds, for progress.
Bank StreamedBankHeader(BankFormat format, std::string_view file_name);
std::size_t MostStreamedQuestions(std::string_view text, BankFormat format);

struct BankFile {
    BankFormat format = BankFormat::kJson;  // the format used (given or detected)
    ParsedBank parsed;
};

// Reads a bank file in any format: ReadBankFileText, then DetectBankFormat unless a format is
// given, then ParseBankText.
[[nodiscard]] std::expected<BankFile, ErrorList> ReadBankFile(const std::filesystem::path& path,
                                                              const BankReadOptions& options = {});

// A bank file's bytes. A missing file is one kNotFound error, an unreadable one (a directory, a
// device or pipe, no permission) one kIo error, one over kMaxBankFileBytes one
// kInvalidArgument error; each names the file.
[[nodiscard]] std::expected<std::string, ErrorList> ReadBankFileText(
    const std::filesystem::path& path);

}  // namespace summit::content
