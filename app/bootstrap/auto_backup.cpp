// The window's automatic backups on a worker thread.
#include "app/bootstrap/auto_backup.h"

#include "app/bootstrap/safety.h"
#include "storage/collection.h"

namespace summit::bootstrap {

AutoBackup::AutoBackup(std::filesystem::path collection_path, study::Clock clock,
                       int64_t change_count)
    : path_(std::move(collection_path)),
      clock_(std::move(clock)),
      backed_up_changes_(change_count),
      last_start_ms_(clock_()) {}

AutoBackup::~AutoBackup() {
    Join();
}

void AutoBackup::Poll(int64_t change_count) {
    if (running_.load() || change_count == backed_up_changes_ ||
        clock_() - last_start_ms_ < kIntervalMs) {
        return;
    }
    Start(change_count);
}

void AutoBackup::Finish(int64_t change_count) {
    Join();
    if (change_count != backed_up_changes_) {
        Start(change_count);
        Join();
    }
}

std::string AutoBackup::LastError() const {
    std::lock_guard lock(error_mutex_);
    return last_error_;
}

void AutoBackup::Start(int64_t change_count) {
    Join();
    backed_up_changes_ = change_count;
    last_start_ms_ = clock_();
    running_.store(true);
    const int64_t now_ms = last_start_ms_;
    worker_ = std::thread([this, now_ms] {
        // Its own read-only connection: WAL lets it copy while the window writes.
        storage::OpenOptions options;
        options.mode = storage::OpenMode::kReadOnly;
        std::string error;
        if (auto collection = storage::Collection::Open(path_, options); !collection) {
            error = collection.error().message;
        } else if (auto backup = AutomaticBackup(*collection, now_ms); !backup) {
            error = backup.error().message;
        } else if (*backup) {
            written_.fetch_add(1);
        }
        {
            std::lock_guard lock(error_mutex_);
            last_error_ = error;
        }
        running_.store(false);
    });
}

void AutoBackup::Join() {
    if (worker_.joinable()) {
        worker_.join();
    }
}

}  // namespace summit::bootstrap
