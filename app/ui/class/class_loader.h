// Loads and analyses a class folder off the UI thread, and watches it: a refresh looks at the
// folder's file names, sizes and times and reloads only when they changed, reading again only
// the files that did (classroom::ReportCache). Progress is a pair of atomics polled each frame.
#pragma once

#include <atomic>
#include <condition_variable>
#include <cstdint>
#include <mutex>
#include <optional>
#include <string>
#include <thread>

#include "app/classroom/class_analysis.h"
#include "app/classroom/class_folder.h"

namespace summit::ui {

struct ClassLoadOutcome {
    std::string folder;  // what was loaded
    Result<classroom::ClassFolder> loaded = Fail(ErrorCode::kIo, "not loaded");
    std::optional<classroom::ClassAnalysis> analysis;  // when `loaded` holds a folder
    int files_read = 0;                                // files read, not taken from the cache
};

// One worker thread. Load, Refresh, TakeResult and WaitIdle are for one (the UI) thread; the
// progress counters may be read from any. The destructor stops the worker and waits for it
// (a load in progress finishes first).
class ClassLoader {
  public:
    ClassLoader();
    ~ClassLoader();
    ClassLoader(const ClassLoader&) = delete;
    ClassLoader& operator=(const ClassLoader&) = delete;

    // Loads `folder` and analyses it at `now_ms`; replaces a request not started yet.
    void Load(std::string folder, int64_t now_ms);
    // Reloads the folder last loaded, at `now_ms`, when its report files changed since; no
    // result when they did not. Ignored while another request waits.
    void Refresh(int64_t now_ms);
    // The newest finished load not taken yet; nullopt when there is none.
    std::optional<ClassLoadOutcome> TakeResult();
    // True from a request until its result is ready (or, for a refresh, found unneeded).
    bool Busy() const;
    // True while files are being read or their result waits to be taken: from a Load until
    // TakeResult, and while a refresh that found changes reads them. Not while a refresh only
    // compares stamps.
    bool Reading() const;
    // Blocks until nothing is asked or running (tests, screenshots).
    void WaitIdle();

    // The files of the load running now: found in the folder, and read so far.
    int files() const { return progress_.files; }
    int read() const { return progress_.read; }

  private:
    struct Request {
        std::string folder;  // empty: refresh the last folder
        int64_t now_ms = 0;
    };
    void Run(std::stop_token stop);
    ClassLoadOutcome LoadNow(const std::string& folder, int64_t now_ms);

    classroom::LoadProgress progress_;
    std::atomic<bool> reading_{false};  // the worker is in LoadNow
    // The worker's own: the folder it last loaded, its stamp then, and its parsed files.
    std::string last_folder_;
    classroom::FolderStamp last_stamp_;
    classroom::ReportCache cache_;

    mutable std::mutex mutex_;
    std::condition_variable_any wake_;
    std::optional<Request> request_;          // waiting for the worker
    bool running_ = false;                    // the worker is on a request
    std::optional<ClassLoadOutcome> result_;  // the newest finished load
    std::jthread worker_;                     // last: stops and joins first
};

}  // namespace summit::ui
