// Fuzz target for class report files, which teachers read from a shared folder anyone can
// write to: refused with a message, or a report that writes back to a file reading as the
// same report (the checksum covers exactly what was written).
#include <cstdint>

#include "app/classroom/report_file.h"
#include "tests/fuzz/fuzz_check.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    using namespace summit;
    auto report = classroom::ReadReportText(fuzz::AsText(data, size), "fuzz.summit-report.json");
    if (!report) {
        SUMMIT_FUZZ_CHECK(fuzz::HasMessage(report.error()));
        return 0;
    }
    for (const classroom::QuestionRecord& question : report->questions) {
        for (int index : question.correct_options) {
            SUMMIT_FUZZ_CHECK(index >= 0 && static_cast<size_t>(index) < question.options.size());
        }
        if (question.first) {
            for (int index : question.first->chosen) {
                SUMMIT_FUZZ_CHECK(index >= 0 &&
                                  static_cast<size_t>(index) < question.options.size());
            }
        }
    }
    const std::string written = classroom::WriteReportText(*report);
    auto again = classroom::ReadReportText(written, "rewritten");
    SUMMIT_FUZZ_CHECK(again.has_value());
    SUMMIT_FUZZ_CHECK(classroom::WriteReportText(*again) == written);
    return 0;
}
