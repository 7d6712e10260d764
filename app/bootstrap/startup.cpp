// The command-line grammar, the global options, the clock and opening the collection.
#include "app/bootstrap/startup.h"

#include <chrono>
#include <iostream>
#include <set>

#include "app/bootstrap/bundled_banks.h"
#include "app/bootstrap/safety.h"
#include "app/bootstrap/time_text.h"
#include "content/formats/json_bank.h"

namespace summit::bootstrap {
namespace {

const std::set<std::string> kValuedOptions = {
    "collection", "now",      "deck",   "format",      "screenshot", "view",
    "frames",     "ui-scale", "topic",  "window-size", "delimiter",  "card-separator",
    "student",    "csv",      "revlog", "search"};
const std::set<std::string> kFlags = {"json",  "help", "version",         "repair",
                                      "apply", "undo", "with-scheduling", "with-history"};

// Imports every bundled bank; all or nothing, as part of the creating transaction.
Status SeedBundledBanks(storage::Collection& collection) {
    for (const BundledBank& bundled : BundledBanks()) {
        auto bank = content::ParseJsonBank(bundled.json, bundled.file_name);
        if (!bank) {
            return Fail(bank.error().front());
        }
        if (auto imported = collection.ImportBank(*bank); !imported) {
            return Fail(imported.error());
        }
    }
    return {};
}

}  // namespace

Result<Args> ParseCommandLine(int argc, char** argv) {
    return ParseArgs(argc, argv, kValuedOptions, kFlags);
}

bool OpensWindow(const Args& args) {
    return args.words.empty() && !args.Has("help") && !args.Has("version");
}

int UsageError(const std::string& message) {
    std::cerr << "summit: " << message << "\nTry 'summit --help'.\n";
    return kExitUsage;
}

int64_t SystemNowMs() {
    using namespace std::chrono;
    return duration_cast<milliseconds>(system_clock::now().time_since_epoch()).count();
}

int64_t Startup::Instant() const {
    return now_ms ? *now_ms : SystemNowMs();
}

study::Clock Startup::RunningClock() const {
    if (!now_ms) {
        return SystemNowMs;
    }
    return [offset = *now_ms - SystemNowMs()] { return SystemNowMs() + offset; };
}

Result<Startup> ReadStartup(const Args& args) {
    Startup startup;
    startup.collection_path =
        args.Get("collection").value_or(storage::DefaultCollectionPath().string());
    if (auto now = args.Get("now")) {
        auto parsed = ParseIsoTime(*now);
        if (!parsed) {
            return Fail(ErrorCode::kInvalidArgument, "--now: " + parsed.error().message);
        }
        startup.now_ms = *parsed;
    }
    return startup;
}

Status CheckCollectionFolder(const Args& args, const std::filesystem::path& path) {
    std::error_code ec;
    if (!args.Get("collection") || !path.has_parent_path() ||
        std::filesystem::is_directory(path.parent_path(), ec)) {
        return {};
    }
    return Fail(Error{ErrorCode::kNotFound,
                      "the folder " + path.parent_path().string() +
                          " does not exist; create it first, or check the --collection path",
                      path.string(), 0, 0});
}

Result<storage::Collection> OpenCollection(const std::filesystem::path& path,
                                           const study::Clock& clock) {
    storage::OpenOptions options;
    options.clock = clock;
    options.seed = SeedBundledBanks;
    // A migration rewrites the file; the copy from before it is the way back if it goes wrong.
    options.before_migration = [clock](const storage::Collection& collection) -> Status {
        if (auto backup = AutomaticBackup(collection, clock()); !backup) {
            return Fail(backup.error());
        }
        return {};
    };
    // Rewriting a large review log takes seconds: say so on stderr (stdout may be --json).
    options.migration_progress = [reported = false](int64_t done, int64_t total) mutable {
        if (done < total || reported) {
            std::cerr << "summit: upgrading the collection: " << (done * 100 / total)
                      << "% of the review log\n";
            reported = true;
        }
    };
    return storage::Collection::Open(path, std::move(options));
}

}  // namespace summit::bootstrap
