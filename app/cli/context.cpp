// The verbs' shared context: opening the collection and reporting errors.
#include "app/cli/context.h"

#include <charconv>
#include <ostream>

#include <unistd.h>

#include "app/bootstrap/safety.h"

namespace summit::cli {

std::optional<int64_t> ParseWholeNumber(const std::string& text) {
    int64_t value = 0;
    auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (error != std::errc() || end != text.data() + text.size() || value < 1) {
        return std::nullopt;
    }
    return value;
}

std::function<void(std::size_t, std::size_t)> TerminalProgress(Context& context, std::string what) {
    if (::isatty(STDERR_FILENO) == 0) {
        return {};
    }
    return [&context, what = std::move(what)](std::size_t done, std::size_t total) {
        if (total < storage::Collection::kImportProgressEvery) {
            return;
        }
        context.err() << "\rimporting: " << done << " of " << total << " " << what
                      << (done == total ? "\n" : "") << std::flush;
    };
}

Context::Context(Args args, std::filesystem::path collection_path, int64_t now_ms,
                 std::ostream& out, std::ostream& err)
    : args_(std::move(args)),
      collection_path_(std::move(collection_path)),
      now_ms_(now_ms),
      out_(out),
      err_(err) {}

Context::~Context() = default;

Result<storage::Collection*> Context::OpenCollection() {
    if (!collection_) {
        if (auto folder = bootstrap::CheckCollectionFolder(args_, collection_path_); !folder) {
            return Fail(folder.error());
        }
        auto opened = bootstrap::OpenCollection(collection_path_, study::FixedClock(now_ms_));
        if (!opened) {
            // What is wrong in plain words, and the backup and command that bring it back,
            // said once: the plain words name the file and quote the error.
            Error error = opened.error();
            error.message = bootstrap::FormatOpenFailure(
                bootstrap::ExplainOpenFailure(error, collection_path_));
            error.message.pop_back();
            error.file.clear();
            return Fail(std::move(error));
        }
        collection_ = std::make_unique<storage::Collection>(std::move(*opened));
    }
    return collection_.get();
}

void Context::Failed() {
    if (collection_) {
        collection_->SkipOptimizeOnClose();
    }
}

void Context::DiscardCreatedCollection() {
    if (!collection_ || !collection_->WasCreated()) {
        return;
    }
    const std::filesystem::path path = collection_->Path();
    collection_->SkipOptimizeOnClose();
    collection_.reset();
    storage::RemoveDatabaseFiles(path);
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
