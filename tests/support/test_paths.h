// Where tests and benchmarks find the repository's own files and the shared real-world
// fixtures. The checkout's path is compiled into test_paths.cpp alone, so every other test file
// compiles to the same command in any checkout and a fresh clone's build is served by ccache.
#pragma once

#include <filesystem>

namespace summit::testing {

// The repository's top folder.
std::filesystem::path SourceDir();
// tests/data: the test inputs kept in the repository.
std::filesystem::path TestDataDir();
// docs/examples: the example banks the README shows.
std::filesystem::path ExamplesDir();
// content/banks: the banks bundled with the app.
std::filesystem::path BanksDir();
// ../shared/fixtures: files written by other tools; tests skip when it is absent.
std::filesystem::path SharedFixturesDir();

}  // namespace summit::testing
