// The search worker's loop: wait for a request, run it on the worker's own connection, keep
// the newest result.
#include "app/ui/browse/search_worker.h"

#include <chrono>

namespace summit::ui {

namespace {

SearchOutcome RunSearch(const storage::Collection& collection, const storage::BrowseQuery& query,
                        uint64_t generation) {
    const auto start = std::chrono::steady_clock::now();
    SearchOutcome outcome;
    outcome.generation = generation;
    outcome.ids = collection.SearchCards(query);
    outcome.elapsed_ms =
        std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
    return outcome;
}

}  // namespace

SearchWorker::SearchWorker(storage::Collection& collection)
    : collection_(collection), path_(collection.Path()) {
    inline_ = path_.empty() || path_ == ":memory:";
    if (!inline_) {
        worker_ = std::jthread([this](std::stop_token stop) { Run(stop); });
    }
}

SearchWorker::~SearchWorker() {
    if (worker_.joinable()) {
        worker_.request_stop();
        wake_.notify_all();
        worker_.join();
    }
}

uint64_t SearchWorker::Submit(storage::BrowseQuery query) {
    std::unique_lock lock(mutex_);
    const uint64_t generation = ++submitted_;
    if (inline_) {
        result_ = RunSearch(collection_, query, generation);
        return generation;
    }
    request_ = std::move(query);
    lock.unlock();
    wake_.notify_all();
    return generation;
}

std::optional<SearchOutcome> SearchWorker::TakeResult() {
    std::lock_guard lock(mutex_);
    if (!result_ || result_->generation <= taken_) {
        return std::nullopt;
    }
    taken_ = result_->generation;
    std::optional<SearchOutcome> taken = std::move(result_);
    result_.reset();
    return taken;
}

bool SearchWorker::Pending() const {
    std::lock_guard lock(mutex_);
    return taken_ < submitted_;
}

void SearchWorker::WaitIdle() {
    std::unique_lock lock(mutex_);
    // Done when nothing waits for the worker and the newest query's result is kept or taken.
    wake_.wait(lock, [&] {
        if (request_) {
            return false;
        }
        return result_ ? result_->generation == submitted_ : taken_ == submitted_;
    });
}

void SearchWorker::Run(std::stop_token stop) {
    std::optional<storage::Collection> own;
    std::optional<Error> open_error;
    while (true) {
        storage::BrowseQuery query;
        uint64_t generation = 0;
        {
            std::unique_lock lock(mutex_);
            if (!wake_.wait(lock, stop, [&] { return request_.has_value(); })) {
                return;
            }
            query = std::move(*request_);
            request_.reset();
            generation = submitted_;
        }
        if (!own && !open_error) {
            storage::OpenOptions options;
            options.mode = storage::OpenMode::kReadOnly;
            auto opened = storage::Collection::Open(path_, options);
            if (opened) {
                own.emplace(std::move(*opened));
            } else {
                open_error = opened.error();
            }
        }
        SearchOutcome outcome;
        if (own) {
            outcome = RunSearch(*own, query, generation);
        } else {
            outcome.generation = generation;
            outcome.ids = Fail(*open_error);
        }
        {
            std::lock_guard lock(mutex_);
            result_ = std::move(outcome);
        }
        wake_.notify_all();
    }
}

}  // namespace summit::ui
