// Reading the shared real-world format fixtures (../shared/fixtures/formats) from tests; a
// test skips when the folder is absent.
#pragma once

#include <filesystem>
#include <fstream>
#include <iterator>
#include <optional>
#include <string>

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

}  // namespace summit::content::test
