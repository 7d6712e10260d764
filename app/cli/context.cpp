// The verbs' shared context: opening the collection and reporting errors.
#include "app/cli/context.h"

#include <ostream>

#include "app/cli/bundled_banks.h"
#include "content/formats/json_bank.h"

namespace summit::cli {

Context::Context(Args args, std::filesystem::path collection_path, int64_t now_ms,
                 std::ostream& out, std::ostream& err)
    : args_(std::move(args)),
      collection_path_(std::move(collection_path)),
      now_ms_(now_ms),
      out_(out),
      err_(err) {}

Context::~Context() = default;

Result<storage::Collection*> Context::OpenCollection() {
    if (collection_) {
        return collection_.get();
    }
    auto opened = storage::Collection::Open(collection_path_);
    if (!opened) {
        return Fail(opened.error());
    }
    collection_ = std::make_unique<storage::Collection>(std::move(*opened));
    if (collection_->WasCreated()) {
        // All bundled banks or none: a half-seeded collection would never be seeded again, so
        // on failure the new file is removed and the next run starts over.
        Status seeded = collection_->Transact([&]() -> Status {
            for (const BundledBank& bundled : BundledBanks()) {
                auto bank = content::ParseJsonBank(bundled.json, bundled.file_name);
                if (!bank) {
                    return Fail(bank.error().front());
                }
                if (auto imported = collection_->ImportBank(*bank); !imported) {
                    return Fail(imported.error());
                }
            }
            return {};
        });
        if (!seeded) {
            collection_.reset();
            std::error_code ignored;
            for (const char* suffix : {"", "-wal", "-shm"}) {
                std::filesystem::remove(collection_path_.string() + suffix, ignored);
            }
            return Fail(seeded.error());
        }
    }
    return collection_.get();
}

int Context::Report(const Error& error) {
    err_ << error.ToString() << "\n";
    return kExitFailure;
}

Result<std::optional<storage::DeckId>> Context::DeckOption(
    const storage::Collection& collection) const {
    auto name = args_.Get("deck");
    if (!name) {
        return std::optional<storage::DeckId>();
    }
    auto deck = collection.FindDeck(*name);
    if (!deck) {
        return Fail(deck.error());
    }
    return std::optional<storage::DeckId>(*deck);
}

}  // namespace summit::cli
