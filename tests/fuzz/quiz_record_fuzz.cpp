// Fuzz target for the quiz records a collection stores (InsertQuizAttempt, ListQuizAttempts):
// the input is the settings JSON, a NUL byte, then the results JSON. Valid JSON is stored and
// read back byte for byte; anything else is refused with kInvalidArgument before a row is
// written. Each run rolls back, so the collection stays empty.
#include <cstdint>
#include <string>

#include "storage/collection.h"
#include "tests/fuzz/fuzz_check.h"

namespace {

using namespace summit;

storage::Collection& SharedCollection() {
    static storage::Collection collection = [] {
        auto opened = storage::Collection::OpenInMemory();
        SUMMIT_FUZZ_CHECK(opened.has_value());
        return std::move(*opened);
    }();
    return collection;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const std::string_view text = fuzz::AsText(data, size);
    const size_t split = text.find('\0');
    storage::QuizAttempt attempt;
    attempt.started_ms = 1000;
    attempt.finished_ms = 2000;
    attempt.score = 3;
    attempt.max_score = 4;
    attempt.settings_json = std::string(text.substr(0, split));
    attempt.results_json =
        split == std::string_view::npos ? std::string("[]") : std::string(text.substr(split + 1));

    storage::Collection& collection = SharedCollection();
    const Status rolled_back = collection.Transact([&]() -> Status {
        auto id = collection.InsertQuizAttempt(attempt);
        if (!id) {
            SUMMIT_FUZZ_CHECK(fuzz::HasMessage(id.error()));
            SUMMIT_FUZZ_CHECK(id.error().code == ErrorCode::kInvalidArgument);
            auto listed = collection.ListQuizAttempts();
            SUMMIT_FUZZ_CHECK(listed.has_value() && listed->empty());
            return Fail(ErrorCode::kConflict, "roll back");
        }
        auto listed = collection.ListQuizAttempts();
        SUMMIT_FUZZ_CHECK(listed.has_value() && listed->size() == 1);
        const storage::QuizAttempt& stored = listed->front();
        SUMMIT_FUZZ_CHECK(stored.id == *id);
        SUMMIT_FUZZ_CHECK(stored.settings_json == attempt.settings_json);
        SUMMIT_FUZZ_CHECK(stored.results_json == attempt.results_json);
        SUMMIT_FUZZ_CHECK(stored.started_ms == attempt.started_ms);
        SUMMIT_FUZZ_CHECK(stored.score == attempt.score);
        return Fail(ErrorCode::kConflict, "roll back");
    });
    SUMMIT_FUZZ_CHECK(!rolled_back.has_value());
    return 0;
}
