// The class loader's loop: wait for a request, compare the folder's stamp for a refresh, load
// through the cache, analyse, keep the newest result.
#include "app/ui/class/class_loader.h"

#include <utility>

namespace summit::ui {

ClassLoader::ClassLoader() : worker_([this](std::stop_token stop) { Run(stop); }) {}

ClassLoader::~ClassLoader() {
    worker_.request_stop();
    wake_.notify_all();
}

void ClassLoader::Load(std::string folder, int64_t now_ms) {
    progress_.files = 0;
    progress_.read = 0;
    {
        std::lock_guard lock(mutex_);
        request_ = Request{std::move(folder), now_ms};
    }
    wake_.notify_all();
}

void ClassLoader::Refresh(int64_t now_ms) {
    {
        std::lock_guard lock(mutex_);
        if (request_) {
            return;
        }
        request_ = Request{std::string(), now_ms};
    }
    wake_.notify_all();
}

std::optional<ClassLoadOutcome> ClassLoader::TakeResult() {
    std::lock_guard lock(mutex_);
    return std::exchange(result_, std::nullopt);
}

bool ClassLoader::Busy() const {
    std::lock_guard lock(mutex_);
    return request_.has_value() || running_;
}

bool ClassLoader::Reading() const {
    std::lock_guard lock(mutex_);
    return (request_ && !request_->folder.empty()) || reading_ || result_.has_value();
}

void ClassLoader::WaitIdle() {
    std::unique_lock lock(mutex_);
    wake_.wait(lock, [&] { return !request_ && !running_; });
}

ClassLoadOutcome ClassLoader::LoadNow(const std::string& folder, int64_t now_ms) {
    if (folder != last_folder_) {
        cache_ = {};
    }
    reading_ = true;  // a refresh that found changes
    // Stamped before reading, so a file that changes during the load is read again by the
    // next refresh.
    last_stamp_ = classroom::StampFolder(folder);
    last_folder_ = folder;
    ClassLoadOutcome outcome;
    outcome.folder = folder;
    outcome.loaded = classroom::LoadClassFolder(folder, std::nullopt, 0, &cache_, &progress_);
    outcome.files_read = cache_.last_reads;
    if (outcome.loaded) {
        outcome.analysis = classroom::AnalyseClass(*outcome.loaded, now_ms);
    } else {
        last_folder_.clear();  // nothing to refresh
    }
    return outcome;
}

void ClassLoader::Run(std::stop_token stop) {
    while (true) {
        Request request;
        {
            std::unique_lock lock(mutex_);
            if (!wake_.wait(lock, stop, [&] { return request_.has_value(); })) {
                return;
            }
            request = std::move(*request_);
            request_.reset();
            running_ = true;
            reading_ = !request.folder.empty();
        }
        std::optional<ClassLoadOutcome> outcome;
        if (!request.folder.empty()) {
            outcome = LoadNow(request.folder, request.now_ms);
        } else if (!last_folder_.empty() && classroom::StampFolder(last_folder_) != last_stamp_) {
            outcome = LoadNow(last_folder_, request.now_ms);
        }
        {
            std::lock_guard lock(mutex_);
            running_ = false;
            reading_ = false;
            // A load asked for while this one ran supersedes it: its result would be stale.
            if (outcome && !(request_ && !request_->folder.empty())) {
                result_ = std::move(outcome);
            }
        }
        wake_.notify_all();
    }
}

}  // namespace summit::ui
