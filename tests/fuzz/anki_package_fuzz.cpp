// Fuzz target for the Anki package reader: any bytes are either read into a package whose media
// names are safe and distinct, or refused with a message naming the package; either way the
// private copy of the collection is gone afterwards.
#include <cstdint>
#include <filesystem>
#include <set>
#include <string>

#include <unistd.h>

#include "storage/anki/anki_package.h"
#include "tests/fuzz/fuzz_check.h"

namespace summit::fuzz {
namespace {

constexpr std::string_view kName = "fuzz.apkg";

// One scratch directory per process, so "nothing left behind" is checkable; removed at exit.
struct ScratchDir {
    std::filesystem::path path =
        std::filesystem::temp_directory_path() / ("summit-fuzz-anki-" + std::to_string(getpid()));
    ScratchDir() { std::filesystem::create_directories(path); }
    ~ScratchDir() {
        std::error_code ignored;
        std::filesystem::remove_all(path, ignored);
    }
};

const std::filesystem::path& Scratch() {
    static const ScratchDir dir;
    return dir.path;
}

// Small limits keep each input fast; the limits themselves are part of what is fuzzed.
storage::anki::PackageLimits Limits() {
    storage::anki::PackageLimits limits;
    limits.max_total_bytes = 32u << 20;
    limits.max_member_bytes = 16u << 20;
    limits.max_members = 1000;
    return limits;
}

}  // namespace
}  // namespace summit::fuzz

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    using namespace summit;
    const auto& scratch = fuzz::Scratch();
    auto package = storage::anki::ReadAnkiPackageBytes(fuzz::AsText(data, size), fuzz::kName,
                                                       fuzz::Limits(), scratch);
    SUMMIT_FUZZ_CHECK(std::filesystem::is_empty(scratch));
    if (!package) {
        SUMMIT_FUZZ_CHECK(fuzz::HasMessage(package.error()));
        SUMMIT_FUZZ_CHECK(package.error().file == fuzz::kName);
        return 0;
    }
    std::set<std::string> names;
    for (const auto& media : package->media) {
        SUMMIT_FUZZ_CHECK(!media.name.empty());
        SUMMIT_FUZZ_CHECK(media.name.find('/') == std::string::npos);
        SUMMIT_FUZZ_CHECK(media.name != "." && media.name != "..");
        SUMMIT_FUZZ_CHECK(names.insert(media.name).second);
    }
    return 0;
}
