// The import worker: one call into the shared import, reporting progress through atomics.
#include "app/ui/import/import_job.h"

#include <utility>

#include "app/bootstrap/bank_import.h"

namespace summit::ui {

ImportJob::ImportJob(storage::Collection& collection, content::BankFile file,
                     std::optional<std::string> deck_override, std::string file_name,
                     int64_t now_ms, std::function<void(std::size_t, std::size_t)> observe) {
    total_ = file.parsed.bank.questions.size();
    worker_ =
        std::jthread([this, &collection, file = std::move(file), deck = std::move(deck_override),
                      name = std::move(file_name), now_ms, observe = std::move(observe)] {
            auto progress = [&](std::size_t done, std::size_t total) {
                if (observe) {
                    observe(done, total);
                }
                if (cancel_) {
                    return false;
                }
                imported_ = done;
                total_ = total;
                return true;
            };
            auto result = bootstrap::ImportBankFile(collection, file, deck, name, now_ms, progress);
            {
                std::lock_guard lock(mutex_);
                result_ = std::move(result);
            }
            done_ = true;
        });
}

ImportJob::~ImportJob() = default;

float ImportJob::Fraction() const {
    const std::size_t total = total_;
    return total == 0 ? 0.0f : static_cast<float>(imported_) / static_cast<float>(total);
}

std::optional<Result<storage::ImportReport>> ImportJob::TakeResult() {
    if (!done_) {
        return std::nullopt;
    }
    std::lock_guard lock(mutex_);
    return std::exchange(result_, std::nullopt);
}

void ImportJob::Wait() {
    if (worker_.joinable()) {
        worker_.join();
    }
}

}  // namespace summit::ui
