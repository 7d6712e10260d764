// Fuzz target for the review logs `summit optimize --revlog FILE` reads: py-fsrs' answer CSV
// and the optimizer's day-level TSV. Either is refused with a message, or yields grades in
// 1..4 and a training set whose indexes stay inside it.
#include <cstdint>

#include "app/optimizer/revlog_files.h"
#include "tests/fuzz/fuzz_check.h"

namespace {

using namespace summit;

void CheckTrainingSet(const optimizer::TrainingSet& set) {
    if (!set.card_starts.empty()) {
        SUMMIT_FUZZ_CHECK(set.card_starts.front() == 0);
        SUMMIT_FUZZ_CHECK(set.card_starts.back() == set.steps.size());
        for (size_t i = 1; i < set.card_starts.size(); ++i) {
            SUMMIT_FUZZ_CHECK(set.card_starts[i - 1] <= set.card_starts[i]);
        }
    }
    for (const optimizer::SequenceStep& step : set.steps) {
        SUMMIT_FUZZ_CHECK(step.grade >= 1 && step.grade <= 4);
        SUMMIT_FUZZ_CHECK(step.elapsed_days >= 0);
    }
    for (const optimizer::TrainingItem& item : set.items) {
        SUMMIT_FUZZ_CHECK(item.card < set.card_count());
        SUMMIT_FUZZ_CHECK(item.step < set.steps.size());
        SUMMIT_FUZZ_CHECK(item.step >= set.card_starts[item.card] &&
                          item.step < set.card_starts[item.card + 1]);
    }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const std::string_view text = fuzz::AsText(data, size);
    auto format = optimizer::DetectRevlogFormat(text);
    if (!format)
        SUMMIT_FUZZ_CHECK(fuzz::HasMessage(format.error()));

    auto answers = optimizer::ReadAnswerCsv(text);
    if (answers) {
        for (const optimizer::ReviewEvent& event : *answers) {
            SUMMIT_FUZZ_CHECK(event.grade >= 1 && event.grade <= 4);
        }
    } else {
        SUMMIT_FUZZ_CHECK(fuzz::HasMessage(answers.error()));
    }

    auto set = optimizer::ReadDayLevelTsv(text);
    if (set) {
        CheckTrainingSet(*set);
    } else {
        SUMMIT_FUZZ_CHECK(fuzz::HasMessage(set.error()));
    }
    return 0;
}
