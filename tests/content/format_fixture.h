// Reading the shared real-world format fixtures (../shared/fixtures/formats) from tests; a
// test skips when the folder is absent. And listing a reader's errors to compare them.
#pragma once

#include <filesystem>
#include <fstream>
#include <iterator>
#include <optional>
#include <string>

#include "content/model/error.h"
#include "tests/support/test_paths.h"

namespace summit::content::test {

// The text of formats/<relative>, or nullopt when the fixture is not there.
inline std::optional<std::string> ReadFormatFixture(const std::string& relative) {
    const std::filesystem::path path = summit::testing::SharedFixturesDir() / "formats" / relative;
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        return std::nullopt;
    }
    return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

// Every error as FILE:LINE:COL: `kind`: …, one a line, for comparing two readers' reports.
inline std::string Listed(const ErrorList& errors, const char* kind) {
    std::string all;
    for (const Error& error : errors) {
        all += error.ToString(kind) + "\n";
    }
    return all;
}

}  // namespace summit::content::test
