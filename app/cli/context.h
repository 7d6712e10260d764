// What every command-line verb gets: its arguments, the clock, output streams, and the
// collection, opened on first use (a new collection gets the bundled banks imported).
#pragma once

#include <cstdint>
#include <filesystem>
#include <functional>
#include <iosfwd>
#include <memory>
#include <optional>
#include <string>

#include "app/bootstrap/startup.h"
#include "content/model/error.h"
#include "storage/collection.h"

namespace summit::cli {

using bootstrap::Args;
using bootstrap::kExitFailure;
using bootstrap::kExitOk;
using bootstrap::kExitUsage;

// A whole number of at least 1 written in full (a card id, a count), else nullopt.
std::optional<int64_t> ParseWholeNumber(const std::string& text);

class Context;

// On a terminal, a long import shows how far it is on one rewritten line of standard error
// ("importing: 3000 of 30000 questions", `what` naming the unit); piped output stays clean, and
// imports of fewer than Collection::kImportProgressEvery items show nothing. An empty function
// when standard error is not a terminal.
std::function<void(std::size_t, std::size_t)> TerminalProgress(Context& context, std::string what);

class Context {
  public:
    Context(Args args, std::filesystem::path collection_path, int64_t now_ms, std::ostream& out,
            std::ostream& err);
    ~Context();

    const Args& args() const { return args_; }
    int64_t now_ms() const { return now_ms_; }
    std::ostream& out() { return out_; }
    std::ostream& err() { return err_; }
    const std::filesystem::path& collection_path() const { return collection_path_; }

    // Opens the collection the first time it is asked for (bootstrap::OpenCollection, with the
    // command's instant as its clock).
    [[nodiscard]] Result<storage::Collection*> OpenCollection();

    // The verb failed: the collection closes without PRAGMA optimize, which may write, so a
    // failed command leaves the file as it found it.
    void Failed();

    // The verb failed after its OpenCollection created the collection (none existed): closes
    // it and removes its files, so a refused import leaves no collection behind, as when the
    // file was refused before the collection was opened. Does nothing to one that existed.
    void DiscardCreatedCollection();

    // Prints "error: message" (or "FILE:LINE:COL: error: message") and returns kExitFailure.
    int Report(const Error& error);

    // The deck `--deck NAME` names, resolved once for the verb; nullopt (every deck) when the
    // option is absent. kNotFound "no deck named 'NAME'" when no deck has the name.
    [[nodiscard]] Result<std::optional<storage::DeckId>> DeckOption(
        const storage::Collection& collection) const;

  private:
    Args args_;
    std::filesystem::path collection_path_;
    int64_t now_ms_;
    std::ostream& out_;
    std::ostream& err_;
    std::unique_ptr<storage::Collection> collection_;
};

}  // namespace summit::cli
