// Loading and analysing a class: 200 report files of 1,000 questions each, generated once into
// a temporary folder, then LoadClassFolder + AnalyseClass per iteration. Target: <= 1 s.
// CPU is the whole process's (every parsing thread), not only the calling thread's.
#include <cstdlib>
#include <filesystem>
#include <string>

#include <benchmark/benchmark.h>
#include <unistd.h>

#include "app/classroom/class_analysis.h"
#include "bench/class_reports.h"

namespace summit::classroom {
namespace {

constexpr int kStudents = 200;
constexpr int kQuestions = 1'000;
constexpr int64_t kNow = 1'795'000'000'000;

// The folder of reports, written on first use and removed with it at exit.
struct ClassFolderOnDisk {
    std::filesystem::path path = std::filesystem::temp_directory_path() /
                                 ("summit-class-bench-" + std::to_string(::getpid()));
    ClassFolderOnDisk() {
        if (!bench::WriteSyntheticClass(path, kStudents, kQuestions, 7, kNow)) {
            std::abort();
        }
    }
    ~ClassFolderOnDisk() {
        std::error_code ignored;
        std::filesystem::remove_all(path, ignored);
    }
};

const std::filesystem::path& ClassFolderPath() {
    static const ClassFolderOnDisk folder;
    return folder.path;
}

void BM_LoadClass(benchmark::State& state) {
    const auto& folder = ClassFolderPath();
    for (auto _ : state) {
        auto loaded = LoadClassFolder(folder);
        benchmark::DoNotOptimize(loaded);
    }
}
BENCHMARK(BM_LoadClass)->Unit(benchmark::kMillisecond)->MeasureProcessCPUTime()->UseRealTime();

void BM_LoadAndAnalyseClass(benchmark::State& state) {
    const auto& folder = ClassFolderPath();
    for (auto _ : state) {
        auto loaded = LoadClassFolder(folder);
        if (!loaded || loaded->reports.size() != kStudents) {
            state.SkipWithError("the synthetic class did not load");
            return;
        }
        ClassAnalysis analysis = AnalyseClass(*loaded, kNow);
        benchmark::DoNotOptimize(analysis);
    }
}
BENCHMARK(BM_LoadAndAnalyseClass)
    ->Unit(benchmark::kMillisecond)
    ->MeasureProcessCPUTime()
    ->UseRealTime();

void BM_AnalyseClass(benchmark::State& state) {
    auto loaded = LoadClassFolder(ClassFolderPath());
    for (auto _ : state) {
        ClassAnalysis analysis = AnalyseClass(*loaded, kNow);
        benchmark::DoNotOptimize(analysis);
    }
}
BENCHMARK(BM_AnalyseClass)->Unit(benchmark::kMillisecond)->MeasureProcessCPUTime()->UseRealTime();

}  // namespace
}  // namespace summit::classroom
