// One bank import run off the UI thread: bootstrap::ImportBankFile (backup, then one
// transaction) on a worker, its progress as atomics the UI polls each frame, and Cancel, which
// the import's progress callback answers by asking to stop; the transaction then rolls back,
// so a cancelled import leaves the collection unchanged.
#pragma once

#include <atomic>
#include <cstddef>
#include <cstdint>
#include <functional>
#include <mutex>
#include <optional>
#include <string>
#include <thread>

#include "content/formats/bank_file.h"
#include "storage/collection.h"

namespace summit::ui {

// Starts at construction. The worker uses `collection` itself (a Collection is used by one
// thread at a time): the UI thread must not touch the collection until Done() is true.
// `collection` must outlive the job; the destructor waits for the worker.
class ImportJob {
  public:
    // `observe`, for tests, is called on the worker at each progress step before Cancel is
    // consulted, so a test can cancel at a chosen point.
    ImportJob(storage::Collection& collection, content::BankFile file,
              std::optional<std::string> deck_override, std::string file_name, int64_t now_ms,
              std::function<void(std::size_t done, std::size_t total)> observe = {});
    ~ImportJob();
    ImportJob(const ImportJob&) = delete;
    ImportJob& operator=(const ImportJob&) = delete;

    // Asks the import to stop at its next progress step; any thread.
    void Cancel() { cancel_ = true; }
    bool CancelRequested() const { return cancel_; }
    // True once the worker has finished (imported, failed or cancelled).
    bool Done() const { return done_; }
    // Questions imported so far out of the total, 0..1.
    float Fraction() const;
    // The outcome once Done(); nullopt before. A cancelled import's error is
    // bootstrap::kImportCancelled.
    std::optional<Result<storage::ImportReport>> TakeResult();
    // Blocks until Done() (tests, screenshots).
    void Wait();

  private:
    std::atomic<bool> cancel_ = false;
    std::atomic<bool> done_ = false;
    std::atomic<std::size_t> imported_ = 0;
    std::atomic<std::size_t> total_ = 0;
    std::mutex mutex_;
    std::optional<Result<storage::ImportReport>> result_;
    std::jthread worker_;  // last: joined first
};

}  // namespace summit::ui
