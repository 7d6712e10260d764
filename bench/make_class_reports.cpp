// make_class_reports DIR [STUDENTS [QUESTIONS [SEED]]]: writes a synthetic class of report
// files (default 200 students x 1,000 questions, seed 7) for trying `summit class` at scale.
#include <cstdio>
#include <cstdlib>
#include <string>

#include "bench/class_reports.h"

int main(int argc, char** argv) {
    if (argc < 2 || argc > 5) {
        std::fprintf(stderr, "usage: make_class_reports DIR [STUDENTS [QUESTIONS [SEED]]]\n");
        return 2;
    }
    const int students = argc > 2 ? std::atoi(argv[2]) : 200;
    const int questions = argc > 3 ? std::atoi(argv[3]) : 1'000;
    const uint64_t seed = argc > 4 ? std::strtoull(argv[4], nullptr, 10) : 7;
    if (students <= 0 || questions <= 0) {
        std::fprintf(stderr, "make_class_reports: STUDENTS and QUESTIONS must be at least 1\n");
        return 2;
    }
    auto written =
        summit::bench::WriteSyntheticClass(argv[1], students, questions, seed, 1'795'000'000'000);
    if (!written) {
        std::fprintf(stderr, "%s\n", written.error().ToString().c_str());
        return 1;
    }
    std::printf("Wrote %d reports of %d questions to %s\n", students, questions, argv[1]);
    return 0;
}
