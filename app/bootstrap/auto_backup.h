// The window's automatic backups: at most every 30 minutes while it is open and something
// changed, and when it closes, each on a worker thread with its own connection so the window
// never waits for a copy.
#pragma once

#include <atomic>
#include <cstdint>
#include <filesystem>
#include <mutex>
#include <string>
#include <thread>

#include "app/scheduler/clock.h"

namespace summit::bootstrap {

class AutoBackup {
  public:
    static constexpr int64_t kIntervalMs = 30 * 60 * 1000;  // at most one backup per 30 min

    // Backs up the collection at `collection_path`; `clock` says when (and names the files).
    // Nothing is copied until something changes: the collection as opened is where the
    // bootstrap's own backups (before a migration) left it.
    AutoBackup(std::filesystem::path collection_path, study::Clock clock, int64_t change_count = 0);
    ~AutoBackup();  // waits for a running backup
    AutoBackup(const AutoBackup&) = delete;
    AutoBackup& operator=(const AutoBackup&) = delete;

    // Call once a frame with a count that grows with every write of the window's connection
    // (storage::Collection::ChangeCount). Starts a backup on a worker thread when something
    // changed and the last backup is kIntervalMs old; returns at once either way.
    void Poll(int64_t change_count);
    // When the window closes: backs up what changed since the last backup and waits for it.
    void Finish(int64_t change_count);

    bool Running() const { return running_.load(); }
    int Written() const { return written_.load(); }  // backups completed so far
    // The last backup's error message, empty when it succeeded.
    std::string LastError() const;

  private:
    void Start(int64_t change_count);
    void Join();

    std::filesystem::path path_;
    study::Clock clock_;
    int64_t backed_up_changes_;  // the change count the last backup started at
    int64_t last_start_ms_;
    std::thread worker_;
    std::atomic<bool> running_{false};
    std::atomic<int> written_{0};
    mutable std::mutex error_mutex_;
    std::string last_error_;
};

}  // namespace summit::bootstrap
