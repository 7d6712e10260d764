// The two real review logs of ../shared/fixtures/fsrs-data as training sets, for the fixture
// tests and the optimizer benchmark; nullopt when the fixtures are not there.
#pragma once

#include <filesystem>
#include <fstream>
#include <iterator>
#include <optional>
#include <string>

#include "app/optimizer/revlog_files.h"
#include "tests/support/test_paths.h"

namespace summit::optimizer::fixtures {

inline constexpr const char* kAnswerLog = "review_logs_josh_1711744352250_to_1728234780857.csv";
inline constexpr const char* kDayLevel = "fsrs-optimizer-tiny_seq2seq.tsv";

inline std::optional<std::string> Read(const std::string& name) {
    std::ifstream in(summit::testing::SharedFixturesDir() / "fsrs-data" / name, std::ios::binary);
    if (!in) {
        return std::nullopt;
    }
    return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

// py-fsrs' answer log with UTC days, as `summit optimize --revlog` reads it.
inline std::optional<TrainingSet> AnswerLog() {
    auto text = Read(kAnswerLog);
    if (!text) {
        return std::nullopt;
    }
    auto events = ReadAnswerCsv(*text);
    if (!events) {
        return std::nullopt;
    }
    auto set = BuildTrainingSet(*events, study::DayRule{study::DayRule::kUtc, 0});
    return set ? std::optional(std::move(*set)) : std::nullopt;
}

inline std::optional<TrainingSet> DayLevelLog() {
    auto text = Read(kDayLevel);
    if (!text) {
        return std::nullopt;
    }
    auto set = ReadDayLevelTsv(*text);
    return set ? std::optional(std::move(*set)) : std::nullopt;
}

}  // namespace summit::optimizer::fixtures
