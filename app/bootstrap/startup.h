// How Summit starts, for the command line and the window alike: the command-line grammar, the
// global options (--collection, --now), the one clock, and opening the collection.
#pragma once

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>

#include "app/bootstrap/args.h"
#include "app/scheduler/clock.h"
#include "content/model/error.h"
#include "storage/collection.h"

namespace summit::bootstrap {

// Exit codes of the summit command, its verbs and its window.
inline constexpr int kExitOk = 0;
inline constexpr int kExitFailure = 1;  // bad input or a failed operation; nothing was changed
inline constexpr int kExitUsage = 2;    // the command line itself is wrong

// Parses argv with every option any front end takes (the verbs' and the window's).
// kInvalidArgument for an unknown option or a missing value: a usage error.
[[nodiscard]] Result<Args> ParseCommandLine(int argc, char** argv);

// True when the command line asks for the window: no verb, no --help or --version.
bool OpensWindow(const Args& args);

// Prints "summit: MESSAGE" and a pointer to --help on stderr; returns kExitUsage.
int UsageError(const std::string& message);

// The time now by the system clock, ms since the Unix epoch (UTC): the only place Summit
// reads the system clock for a timestamp.
int64_t SystemNowMs();

// What every front end needs before it starts.
struct Startup {
    std::filesystem::path collection_path;  // --collection, else DefaultCollectionPath()
    std::optional<int64_t> now_ms;          // --now, ms since the epoch

    // For a one-shot command, which happens at one instant: --now, else the system clock.
    int64_t Instant() const;
    // For the window, whose time runs: the system clock, or with --now a clock that starts
    // there and runs on at the system clock's pace.
    study::Clock RunningClock() const;
};

// Reads --collection and --now. kInvalidArgument (a usage error) for an unreadable --now.
[[nodiscard]] Result<Startup> ReadStartup(const Args& args);

// kNotFound when --collection names a file in a folder that does not exist: a mistyped path
// should not silently become a new collection in a new folder. The default path's folder is
// created as needed.
[[nodiscard]] Status CheckCollectionFolder(const Args& args, const std::filesystem::path& path);

// Opens the collection at `path`, migrating an older one. A collection that does not exist is
// created with every bundled bank imported, in the same transaction as its schema, so it is
// complete or absent. An existing collection of an older schema is backed up (AutomaticBackup)
// before it is migrated. Writes that need a time stamp read `clock`. Errors: those of
// storage::Collection::Open, a bundled bank that fails to import, and a failed backup (then
// nothing is migrated).
[[nodiscard]] Result<storage::Collection> OpenCollection(const std::filesystem::path& path,
                                                         const study::Clock& clock);

}  // namespace summit::bootstrap
