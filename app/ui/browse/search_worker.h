// Runs the browser's searches off the UI thread: one worker with its own read-only connection
// to the collection's file takes the newest query asked for (older ones not started are
// dropped), and the UI polls for the newest finished result each frame.
#pragma once

#include <condition_variable>
#include <cstdint>
#include <mutex>
#include <optional>
#include <string>
#include <thread>
#include <vector>

#include "content/model/error.h"
#include "storage/collection.h"

namespace summit::ui {

struct SearchOutcome {
    uint64_t generation = 0;  // the Submit it answers (1, 2, ...)
    Result<std::vector<storage::CardId>> ids = std::vector<storage::CardId>{};
    double elapsed_ms = 0;  // the query's time in SQLite
};

// An in-memory collection (tests) has no file for a second connection: its searches run
// inside Submit on the calling thread. `collection` must outlive the worker. Submit and
// TakeResult are for one (the UI) thread; the destructor stops the worker and waits for it.
class SearchWorker {
  public:
    explicit SearchWorker(storage::Collection& collection);
    ~SearchWorker();
    SearchWorker(const SearchWorker&) = delete;
    SearchWorker& operator=(const SearchWorker&) = delete;

    // Asks for `query`; returns its generation. Replaces a request not started yet.
    uint64_t Submit(storage::BrowseQuery query);
    // The newest finished result not taken yet (results older than one already taken are
    // dropped); nullopt when there is none.
    std::optional<SearchOutcome> TakeResult();
    // True while a submitted query has no result taken yet.
    bool Pending() const;
    // Blocks until the newest submitted query has a result (tests, screenshots).
    void WaitIdle();

  private:
    void Run(std::stop_token stop);

    storage::Collection& collection_;
    const std::string path_;  // the worker opens its own connection to this file
    bool inline_ = false;
    mutable std::mutex mutex_;
    std::condition_variable_any wake_;
    std::optional<storage::BrowseQuery> request_;  // waiting for the worker
    uint64_t submitted_ = 0;                       // generation of the newest Submit
    uint64_t taken_ = 0;                           // generation of the newest TakeResult
    std::optional<SearchOutcome> result_;          // the newest finished result
    std::jthread worker_;                          // last: stops and joins first
};

}  // namespace summit::ui
