// summit export ... OUT.apkg: a deck as an Anki package. The bank is mapped to Anki notes
// (storage/anki/bank_to_anki.h), then written with its images (and, with --with-scheduling,
// the cards' states and review log) as a package Anki imports.
#include "app/cli/export_apkg.h"

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <ostream>

#include "storage/anki/anki_package_writer.h"
#include "storage/anki/bank_to_anki.h"
#include "storage/anki/scheduling_to_anki.h"

namespace summit::cli {

int ExportApkg(Context& context, storage::Collection& collection, storage::DeckId deck,
               const std::string& out) {
    if (out == "-") {
        return context.Report(Error{ErrorCode::kInvalidArgument,
                                    "an Anki package is a ZIP file; name the file to write",
                                    {},
                                    0,
                                    0});
    }
    auto bank = collection.ExportDeck(deck);
    if (!bank) {
        return context.Report(bank.error());
    }
    auto media = [&](std::string_view hash) -> Result<std::optional<std::string>> {
        auto blob = collection.GetMedia(hash);
        if (!blob) {
            return Fail(blob.error());
        }
        if (!*blob) {
            return std::optional<std::string>();
        }
        return std::optional<std::string>(std::move((*blob)->bytes));
    };
    auto exported = storage::anki::BankToAnki(*bank, media);
    if (!exported) {
        return context.Report(exported.error());
    }
    // --with-history is the same request in the words of a user who thinks of the review log.
    const bool scheduling =
        context.args().Has("with-scheduling") || context.args().Has("with-history");
    if (scheduling) {
        if (auto added =
                storage::anki::AddScheduling(collection, deck, context.now_ms(), *exported);
            !added) {
            return context.Report(added.error());
        }
    }
    for (Error& warning : exported->warnings) {
        warning.file = out;
        context.err() << warning.ToString("warning") << "\n";
    }
    storage::anki::PackageWriteOptions options;
    options.now_ms = context.now_ms();
    if (auto written = storage::anki::WriteAnkiPackage(exported->package, out, options); !written) {
        return context.Report(written.error());
    }
    const auto& package = exported->package;
    context.out() << "Exported " << bank->questions.size() << " questions to " << out << " ("
                  << package.notes.size() << " Anki notes, " << package.cards.size() << " cards, "
                  << package.media.size() << " media files";
    if (scheduling) {
        context.out() << ", " << package.revlog.size()
                      << (package.revlog.size() == 1 ? " review" : " reviews");
    }
    context.out() << ")\n";
    return kExitOk;
}

}  // namespace summit::cli
