// Reading large bank files in memory: a generated 100,000-question GIFT file through
// ParseGift (target < 3 s), and the same bank written and read as Moodle XML for comparison.
// Reading CSV is timed by bench/csv_import_vs_sqlite.sh (its check row); peak memory of
// reading a file by bench/bank_memory.sh.
#include <string>

#include <benchmark/benchmark.h>

#include "bench/synthetic.h"
#include "content/formats/gift.h"
#include "content/formats/moodle_xml.h"

namespace summit::content {
namespace {

constexpr int kQuestions = 100'000;

// A mix of what teachers write: multiple choice (a third with feedback), true/false, short
// answers, numbers and matching, a category every 1,000 questions.
std::string GiftFile(int questions) {
    bench::Rng rng(20261207);
    std::string text;
    for (int i = 0; i < questions; ++i) {
        if (i % 1000 == 0) {
            text += "$CATEGORY: $course$/top/Unit " + std::to_string(i / 1000) + "\n\n";
        }
        const std::string n = std::to_string(i);
        text += "// [id:q" + n + "] [tag:bench]\n::Question " + n + "::";
        switch (rng.Below(5)) {
            case 0:
                text += "True or false: statement number " + n + " holds? {T}\n\n";
                break;
            case 1:
                text += "Name the thing number " + n + ". {=thing " + n + " =item " + n + "}\n\n";
                break;
            case 2:
                text += "How many in set " + n + "? {#" + n + ":0.5}\n\n";
                break;
            case 3:
                text += "Match the pairs of " + n + ". {=a" + n + " -> b =c -> d =e -> f}\n\n";
                break;
            default:
                text += "Which choice is right for question " + n + "? {=right answer " + n +
                        "#Yes, that one. ~wrong answer ~another wrong answer#No. ~a third}\n\n";
        }
    }
    return text;
}

void BM_ParseGift100k(benchmark::State& state) {
    const std::string text = GiftFile(kQuestions);
    for (auto _ : state) {
        auto parsed = ParseGift(text, "bench.gift");
        if (!parsed || parsed->bank.questions.size() != kQuestions) {
            state.SkipWithError("the generated GIFT file did not read back whole");
            return;
        }
        benchmark::DoNotOptimize(parsed);
    }
    state.SetBytesProcessed(state.iterations() * static_cast<int64_t>(text.size()));
}
BENCHMARK(BM_ParseGift100k)->Unit(benchmark::kMillisecond)->Iterations(3);

// The GIFT bank written out again: the readers of the other formats on the same questions.
const Bank& GiftBank() {
    static const Bank bank = ParseGift(GiftFile(kQuestions), "bench.gift")->bank;
    return bank;
}

void BM_ParseMoodleXml100k(benchmark::State& state) {
    const std::string text = WriteMoodleXml(GiftBank()).text;
    for (auto _ : state) {
        auto parsed = ParseMoodleXml(text, "bench.xml");
        if (!parsed) {
            state.SkipWithError("the written Moodle XML did not read back");
            return;
        }
        benchmark::DoNotOptimize(parsed);
    }
    state.SetBytesProcessed(state.iterations() * static_cast<int64_t>(text.size()));
}
BENCHMARK(BM_ParseMoodleXml100k)->Unit(benchmark::kMillisecond)->Iterations(3);

void BM_WriteMoodleXml100k(benchmark::State& state) {
    for (auto _ : state) {
        benchmark::DoNotOptimize(WriteMoodleXml(GiftBank()));
    }
}
BENCHMARK(BM_WriteMoodleXml100k)->Unit(benchmark::kMillisecond)->Iterations(3);

}  // namespace
}  // namespace summit::content
