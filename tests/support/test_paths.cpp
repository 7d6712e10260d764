#include "tests/support/test_paths.h"

namespace summit::testing {

std::filesystem::path SourceDir() {
    return SUMMIT_SOURCE_DIR;
}
std::filesystem::path TestDataDir() {
    return SourceDir() / "tests" / "data";
}
std::filesystem::path ExamplesDir() {
    return SourceDir() / "docs" / "examples";
}
std::filesystem::path BanksDir() {
    return SourceDir() / "content" / "banks";
}
std::filesystem::path SharedFixturesDir() {
    return SourceDir().parent_path() / "shared" / "fixtures";
}

}  // namespace summit::testing
