// Format names, detection and the one dispatch over BankFormat.
#include "content/formats/bank_file.h"

#include <algorithm>
#include <array>
#include <cassert>
#include <fstream>
#include <iterator>

#include "content/formats/aiken.h"
#include "content/formats/anki_text.h"
#include "content/formats/csv_bank.h"
#include "content/formats/delimited.h"
#include "content/formats/gift.h"
#include "content/formats/json_bank.h"
#include "content/formats/moodle_xml.h"
#include "content/formats/pasted_list.h"

namespace summit::content {
namespace {

// Detection looks at the start of a file only; a format shows itself early.
constexpr std::size_t kSniffBytes = 64 * 1024;

std::unexpected<ErrorList> FileError(ErrorCode code, std::string message, const std::string& name) {
    return std::unexpected(ErrorList{{code, std::move(message), name, 0, 0}});
}

std::vector<std::string_view> Lines(std::string_view text) {
    std::vector<std::string_view> lines;
    std::size_t start = 0;
    while (start < text.size()) {
        std::size_t end = text.find('\n', start);
        if (end == std::string_view::npos) {
            end = text.size();
        }
        lines.push_back(Trim(text.substr(start, end - start)));
        start = end + 1;
    }
    return lines;
}

bool IsAnkiHeader(std::string_view first_line) {
    static constexpr std::string_view kKeys[] = {
        "separator",       "html",        "tags",        "columns",     "notetype",    "deck",
        "notetype column", "deck column", "tags column", "guid column", "match scope", "if matches",
    };
    const std::size_t colon = first_line.find(':');
    if (!first_line.starts_with('#') || colon == std::string_view::npos) {
        return false;
    }
    const std::string key = Lower(Trim(first_line.substr(1, colon - 1)));
    for (std::string_view known : kKeys) {
        if (key == known) {
            return true;
        }
    }
    return false;
}

// A GIFT answer block: single braces holding "=", "~" or "#" answers, or T/F.
bool HasGiftAnswerBlock(std::string_view line) {
    for (std::size_t open = line.find('{'); open != std::string_view::npos;
         open = line.find('{', open + 1)) {
        if ((open + 1 < line.size() && line[open + 1] == '{') ||
            (open > 0 && line[open - 1] == '{')) {
            ++open;
            continue;
        }
        const std::size_t close = line.find('}', open);
        const std::string_view inner = Trim(
            line.substr(open + 1, close == std::string_view::npos ? line.npos : close - open - 1));
        if (inner.starts_with('=') || inner.starts_with('~') || inner.starts_with('#') ||
            inner == "T" || inner == "F" || inner == "TRUE" || inner == "FALSE") {
            return true;
        }
    }
    return false;
}

bool LooksLikeGift(const std::vector<std::string_view>& lines) {
    for (std::string_view line : lines) {
        if (line.starts_with("::") || line.starts_with("$CATEGORY:") || HasGiftAnswerBlock(line)) {
            return true;
        }
    }
    return false;
}

bool LooksLikeAiken(const std::vector<std::string_view>& lines) {
    bool option = false;
    for (std::string_view line : lines) {
        if (line.size() >= 3 && line[0] >= 'A' && line[0] <= 'Z' &&
            (line[1] == ')' || line[1] == '.')) {
            option = true;
        } else if (option && line.starts_with("ANSWER:") && !Trim(line.substr(7)).empty()) {
            return true;
        }
    }
    return false;
}

std::expected<ParsedBank, ErrorList> FromJson(std::string_view text, std::string_view file_name) {
    auto bank = ParseJsonBank(text, file_name);
    if (!bank) {
        return std::unexpected(std::move(bank.error()));
    }
    return ParsedBank{std::move(*bank), {}, {}};
}

// The delimiter --delimiter gives a CSV or TSV file, '\0' to detect it; TSV's is a tab.
char CsvDelimiter(BankFormat format, const BankReadOptions& options) {
    const char given = options.delimiter.size() == 1 ? options.delimiter[0] : '\0';
    return format == BankFormat::kTsv && given == '\0' ? '\t' : given;
}

std::expected<ParsedBank, ErrorList> FromText(std::string_view text, std::string_view file_name,
                                              const BankReadOptions& options) {
    if (!options.card_separator.empty() || options.delimiter.size() > 1) {
        PastedListOptions list;
        list.card_separator = options.card_separator.empty() ? "\n" : options.card_separator;
        list.term_separator = options.delimiter.empty() ? "\t" : options.delimiter;
        return ParsePastedList(text, file_name, list);
    }
    return ParseAnkiText(text, file_name, options.delimiter.empty() ? '\0' : options.delimiter[0]);
}

}  // namespace

const char* BankFormatName(BankFormat format) {
    switch (format) {
        case BankFormat::kJson:
            return "json";
        case BankFormat::kCsv:
            return "csv";
        case BankFormat::kTsv:
            return "tsv";
        case BankFormat::kText:
            return "text";
        case BankFormat::kGift:
            return "gift";
        case BankFormat::kAiken:
            return "aiken";
        case BankFormat::kMoodleXml:
            return "moodle-xml";
    }
    return "?";
}

std::optional<BankFormat> ParseBankFormatName(std::string_view name) {
    const std::string lower = Lower(name);
    for (BankFormat format : kAllBankFormats) {
        if (lower == BankFormatName(format)) {
            return format;
        }
    }
    return std::nullopt;
}

bool IsBankFileName(std::string_view file_name) {
    const std::string extension = Lower(std::filesystem::path(file_name).extension().string());
    for (const char* known : {".json", ".csv", ".tsv", ".xml", ".gift", ".txt", ".aiken"}) {
        if (extension == known) {
            return true;
        }
    }
    return false;
}

bool IsAnkiPackageName(std::string_view file_name) {
    const std::string extension = Lower(std::filesystem::path(file_name).extension().string());
    return extension == ".apkg" || extension == ".colpkg";
}

BankFormat DetectBankFormat(std::string_view file_name, std::string_view text) {
    const std::string name = Lower(file_name);
    const std::string extension = Lower(std::filesystem::path(name).extension().string());
    if (extension == ".json") {
        return BankFormat::kJson;
    }
    if (extension == ".csv") {
        return BankFormat::kCsv;
    }
    if (extension == ".tsv") {
        return BankFormat::kTsv;
    }
    if (extension == ".xml") {
        return BankFormat::kMoodleXml;
    }
    if (extension == ".gift" || name.ends_with(".gift.txt")) {
        return BankFormat::kGift;
    }
    const std::string_view start = StripBom(text.substr(0, kSniffBytes));
    const std::string_view content = Trim(start);
    if (content.starts_with('{')) {
        return BankFormat::kJson;
    }
    if (content.starts_with("<?xml") || content.starts_with("<quiz")) {
        return BankFormat::kMoodleXml;
    }
    const std::vector<std::string_view> lines = Lines(start);
    if (!lines.empty() && IsAnkiHeader(lines.front())) {
        return BankFormat::kText;
    }
    if (LooksLikeGift(lines)) {
        return BankFormat::kGift;
    }
    if (LooksLikeAiken(lines)) {
        return BankFormat::kAiken;
    }
    if (extension == ".txt") {
        return BankFormat::kText;
    }
    return DetectDelimiter(start, ",;\t|", '\0', 20, ',') == '\t' ? BankFormat::kTsv
                                                                  : BankFormat::kCsv;
}

bool CanStreamBankFormat(BankFormat format) {
    return format == BankFormat::kGift || format == BankFormat::kCsv || format == BankFormat::kTsv;
}

std::expected<StreamedBank, ErrorList> StreamBankText(std::string_view text,
                                                      std::string_view file_name, BankFormat format,
                                                      const BankReadOptions& options,
                                                      const QuestionSink& sink) {
    assert(CanStreamBankFormat(format));
    if (format == BankFormat::kGift) {
        return StreamGift(text, file_name, sink);
    }
    return StreamCsvBank(text, file_name, CsvDelimiter(format, options), sink);
}

Bank StreamedBankHeader(BankFormat format, std::string_view file_name) {
    assert(CanStreamBankFormat(format));
    return format == BankFormat::kGift ? GiftBankHeader(file_name) : CsvBankHeader(file_name);
}

std::size_t MostStreamedQuestions(std::string_view text, BankFormat format) {
    assert(CanStreamBankFormat(format));
    if (format == BankFormat::kGift) {
        return CountGiftBlocks(text);
    }
    // A row is at least one line; the header row makes this one too many at most.
    return static_cast<std::size_t>(std::count(text.begin(), text.end(), '\n')) + 1;
}

std::expected<ParsedBank, ErrorList> ParseBankText(std::string_view text,
                                                   std::string_view file_name, BankFormat format,
                                                   const BankReadOptions& options) {
    const char delimiter = CsvDelimiter(format, options);
    // The one place a reader joins: add new formats here.
    switch (format) {
        case BankFormat::kJson:
            return FromJson(text, file_name);
        case BankFormat::kCsv:
            return ParseCsvBank(text, file_name, delimiter);
        case BankFormat::kTsv:
            return ParseCsvBank(text, file_name, delimiter);
        case BankFormat::kText:
            return FromText(text, file_name, options);
        case BankFormat::kGift:
            return ParseGift(text, file_name);
        case BankFormat::kAiken:
            return ParseAiken(text, file_name);
        case BankFormat::kMoodleXml:
            return ParseMoodleXml(text, file_name);
    }
    assert(false && "every BankFormat is dispatched above");
    return std::unexpected(ErrorList{});
}

std::expected<BankFile, ErrorList> ReadBankFile(const std::filesystem::path& path,
                                                const BankReadOptions& options) {
    auto text = ReadBankFileText(path);
    if (!text) {
        return std::unexpected(std::move(text.error()));
    }
    const std::string name = path.string();
    const BankFormat format = options.format ? *options.format : DetectBankFormat(name, *text);
    auto parsed = ParseBankText(*text, name, format, options);
    if (!parsed) {
        return std::unexpected(std::move(parsed.error()));
    }
    return BankFile{format, std::move(*parsed)};
}

std::expected<std::string, ErrorList> ReadBankFileText(const std::filesystem::path& path) {
    const std::string name = path.string();
    std::error_code ec;
    const bool exists = std::filesystem::exists(path, ec);
    if (ec) {
        return FileError(ErrorCode::kIo, "cannot access " + name + ": " + ec.message(), name);
    }
    if (!exists) {
        return FileError(ErrorCode::kNotFound, "no such file: " + name, name);
    }
    if (std::filesystem::is_directory(path, ec)) {
        return FileError(ErrorCode::kIo, "is a directory, not a bank file: " + name, name);
    }
    // A device or pipe has no size to check and may never end (/dev/zero).
    if (!std::filesystem::is_regular_file(path, ec)) {
        return FileError(ErrorCode::kIo,
                         "is not a regular file (a device, pipe or socket): " + name, name);
    }
    const auto size = std::filesystem::file_size(path, ec);
    if (!ec && size > kMaxBankFileBytes) {
        return FileError(ErrorCode::kInvalidArgument,
                         "the file is " + std::to_string(size / (1024 * 1024)) +
                             " MiB; bank files may be at most 256 MiB: " + name,
                         name);
    }
    // Read a block at a time into room for the whole file: a character at a time costs a
    // large bank a tenth of a second, and growing the string would hold two copies at once.
    std::ifstream in(path, std::ios::binary);
    std::string text;
    if (!ec) {
        text.reserve(size);
    }
    std::array<char, 64 * 1024> block;
    while (in.read(block.data(), block.size()) || in.gcount() > 0) {
        text.append(block.data(), static_cast<std::size_t>(in.gcount()));
    }
    if (!in.eof() || in.bad()) {
        return FileError(ErrorCode::kIo, "cannot read bank file: " + name, name);
    }
    return text;
}

}  // namespace summit::content
