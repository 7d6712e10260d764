// A deck written in each export format: the bank texts through content/formats' writers, an
// Anki package through storage/anki's.
#include "app/bootstrap/deck_export.h"

#include <algorithm>
#include <cassert>
#include <cctype>
#include <filesystem>
#include <utility>

#include "content/formats/aiken.h"
#include "content/formats/anki_text.h"
#include "content/formats/csv_bank.h"
#include "content/formats/gift.h"
#include "content/formats/json_bank.h"
#include "content/formats/moodle_xml.h"
#include "storage/anki/anki_package_writer.h"
#include "storage/anki/bank_to_anki.h"
#include "storage/anki/scheduling_to_anki.h"
#include "storage/atomic_file.h"

namespace summit::bootstrap {
namespace {

constexpr ExportFormatInfo kFormats[] = {
    {ExportFormat::kJson, "json", ".json", "Summit JSON bank"},
    {ExportFormat::kCsv, "csv", ".csv", "CSV"},
    {ExportFormat::kTsv, "tsv", ".tsv", "TSV (tab-separated)"},
    {ExportFormat::kGift, "gift", ".gift", "Moodle GIFT"},
    {ExportFormat::kAiken, "aiken", ".aiken", "Moodle Aiken"},
    {ExportFormat::kMoodleXml, "moodle-xml", ".xml", "Moodle XML"},
    {ExportFormat::kAnkiText, "anki-text", ".txt", "Anki notes as text"},
    {ExportFormat::kApkg, "apkg", ".apkg", "Anki package"},
};
constexpr const char* kKnown = "json, csv, tsv, gift, aiken, moodle-xml, anki-text, apkg";

std::string Lower(std::string text) {
    for (char& c : text) {
        c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    }
    return text;
}

// The bytes of image `hash`, or nullopt when the collection has no such image.
Result<std::optional<std::string>> ImageBytes(const storage::Collection& collection,
                                              std::string_view hash) {
    auto blob = collection.GetMedia(hash);
    if (!blob) {
        return Fail(blob.error());
    }
    if (!*blob) {
        return std::optional<std::string>();
    }
    return std::optional<std::string>(std::move((*blob)->bytes));
}

content::ExportedText WriteBankText(const storage::Collection& collection,
                                    const content::Bank& bank, ExportFormat format) {
    switch (format) {
        case ExportFormat::kJson:
            return {content::WriteJsonBank(bank), {}};
        case ExportFormat::kCsv:
        case ExportFormat::kTsv:
            return content::WriteCsvBank(bank, format == ExportFormat::kTsv ? '\t' : ',');
        case ExportFormat::kGift:
            return content::WriteGift(bank);
        case ExportFormat::kAiken:
            return content::WriteAiken(bank);
        case ExportFormat::kMoodleXml:
            // An image that cannot be read is left out of the file, as a missing one is.
            return content::WriteMoodleXml(bank, [&](std::string_view hash) {
                auto bytes = ImageBytes(collection, hash);
                return bytes ? std::move(*bytes) : std::nullopt;
            });
        case ExportFormat::kAnkiText:
            return content::WriteAnkiText(bank);
        case ExportFormat::kApkg:
            break;
    }
    assert(false && "an Anki package is not a bank text");
    return {};
}

Status WritePackage(storage::Collection& collection, storage::DeckId deck,
                    const content::Bank& bank, const ExportRequest& request, DeckExport& result) {
    auto exported = storage::anki::BankToAnki(
        bank, [&](std::string_view hash) { return ImageBytes(collection, hash); });
    if (!exported) {
        return Fail(exported.error());
    }
    if (request.with_scheduling) {
        if (auto added = storage::anki::AddScheduling(collection, deck, request.now_ms, *exported);
            !added) {
            return added;
        }
    }
    result.warnings = std::move(exported->warnings);
    storage::anki::PackageWriteOptions options;
    options.now_ms = request.now_ms;
    if (auto written = storage::anki::WriteAnkiPackage(exported->package, request.out, options);
        !written) {
        return written;
    }
    const auto& package = exported->package;
    result.details = std::to_string(package.notes.size()) + " Anki notes, " +
                     std::to_string(package.cards.size()) + " cards, " +
                     std::to_string(package.media.size()) + " media files";
    if (request.with_scheduling) {
        result.details += ", " + std::to_string(package.revlog.size()) +
                          (package.revlog.size() == 1 ? " review" : " reviews");
    }
    return {};
}

}  // namespace

std::span<const ExportFormatInfo> ExportFormats() {
    return kFormats;
}

const ExportFormatInfo& InfoOf(ExportFormat format) {
    return *std::find_if(std::begin(kFormats), std::end(kFormats),
                         [&](const ExportFormatInfo& info) { return info.format == format; });
}

Result<ExportFormat> ChooseExportFormat(const std::optional<std::string>& option,
                                        const std::string& out) {
    if (option) {
        for (const ExportFormatInfo& known : kFormats) {
            if (Lower(*option) == known.name) {
                return known.format;
            }
        }
        return Fail(ErrorCode::kInvalidArgument,
                    "unknown export format '" + *option + "' (known: " + kKnown + ")");
    }
    if (out == "-") {
        return ExportFormat::kJson;
    }
    const std::string extension = Lower(std::filesystem::path(out).extension().string());
    for (const ExportFormatInfo& known : kFormats) {
        if (extension == known.extension) {
            return known.format;
        }
    }
    return Fail(ErrorCode::kInvalidArgument,
                "cannot tell the export format from '" + out + "' (known: " + kKnown +
                    "); name the file .json, .csv, .tsv, .gift, .aiken, .xml (Moodle XML), "
                    ".txt (Anki text) or .apkg or pass --format");
}

Result<DeckExport> ExportDeckFile(storage::Collection& collection, storage::DeckId deck,
                                  const ExportRequest& request) {
    const bool package = request.format == ExportFormat::kApkg;
    if (package && request.out == "-") {
        return Fail(ErrorCode::kInvalidArgument,
                    "an Anki package is a ZIP file; name the file to write");
    }
    if (!package && request.with_scheduling) {
        return Fail(ErrorCode::kInvalidArgument,
                    "scheduling and review history go only into Anki packages (.apkg)");
    }
    auto bank = collection.ExportDeck(deck);
    if (!bank) {
        return Fail(bank.error());
    }
    DeckExport result;
    result.questions = bank->questions.size();
    if (package) {
        if (auto written = WritePackage(collection, deck, *bank, request, result); !written) {
            return Fail(written.error());
        }
    } else {
        content::ExportedText exported = WriteBankText(collection, *bank, request.format);
        result.warnings = std::move(exported.warnings);
        if (request.out == "-") {
            result.text = std::move(exported.text);
        } else if (auto written = storage::WriteFileAtomically(request.out, exported.text);
                   !written) {
            return Fail(written.error());
        }
    }
    for (Error& warning : result.warnings) {
        warning.file = request.out;
    }
    return result;
}

}  // namespace summit::bootstrap
