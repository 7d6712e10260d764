// One piece of pure work (a fit, a simulation) run off the UI thread, which polls it each
// frame for its progress and, once, its result; Cancel asks the work to stop early. The work
// gets no collection: the UI thread reads what it needs first and hands it plain values.
#pragma once

#include <atomic>
#include <functional>
#include <memory>
#include <mutex>
#include <optional>
#include <thread>
#include <utility>

namespace summit::ui {

template <class T>
class BackgroundJob {
  public:
    // The work reports the fraction done (0..1) and learns from the answer whether to go on.
    using ReportProgress = std::function<bool(double)>;
    using Work = std::function<T(const ReportProgress&)>;

    BackgroundJob() = default;
    ~BackgroundJob() { Stop(); }
    BackgroundJob(const BackgroundJob&) = delete;
    BackgroundJob& operator=(const BackgroundJob&) = delete;

    // Starts `work` on its own thread, after cancelling and joining any earlier work (whose
    // result is dropped).
    void Start(Work work) {
        Stop();
        shared_ = std::make_shared<Shared>();
        thread_ = std::jthread([shared = shared_, work = std::move(work)] {
            const ReportProgress progress = [&shared](double fraction) {
                shared->progress.store(fraction);
                return !shared->cancel.load();
            };
            T result = work(progress);
            std::lock_guard lock(shared->mutex);
            shared->result = std::move(result);
            shared->done.store(true);
        });
    }
    // True from Start until the result is taken (or the job is stopped).
    bool Running() const { return shared_ != nullptr; }
    double Progress() const { return shared_ ? shared_->progress.load() : 0; }
    // Asks the work to stop; its result (usually a "cancelled" error) still arrives.
    void Cancel() {
        if (shared_) {
            shared_->cancel.store(true);
        }
    }
    // The result once the work has finished, exactly once; nullopt before.
    std::optional<T> Take() {
        if (!shared_ || !shared_->done.load()) {
            return std::nullopt;
        }
        thread_.join();
        std::optional<T> result;
        {
            std::lock_guard lock(shared_->mutex);
            result = std::move(shared_->result);
        }
        shared_.reset();
        return result;
    }
    // Cancels, waits for the thread and drops the result.
    void Stop() {
        Cancel();
        if (thread_.joinable()) {
            thread_.join();
        }
        shared_.reset();
    }

  private:
    struct Shared {
        std::atomic<double> progress{0};
        std::atomic<bool> cancel{false};
        std::atomic<bool> done{false};
        std::mutex mutex;
        std::optional<T> result;
    };
    std::shared_ptr<Shared> shared_;
    std::jthread thread_;
};

}  // namespace summit::ui
