// Reads an Anki package with Summit's reader (ReadAnkiPackage) and prints what it holds and
// how long it took: the reading half of the .apkg import, measured by bench/apkg_bench.sh.
//
// Usage: read_apkg FILE.apkg
#include <chrono>
#include <cstdio>

#include "storage/anki/anki_package.h"

int main(int argc, char** argv) {
    if (argc != 2) {
        std::fprintf(stderr, "usage: read_apkg FILE.apkg\n");
        return 2;
    }
    const auto started = std::chrono::steady_clock::now();
    auto package = summit::storage::anki::ReadAnkiPackage(argv[1]);
    if (!package) {
        std::fprintf(stderr, "%s\n", package.error().ToString().c_str());
        return 1;
    }
    std::size_t media_bytes = 0;
    for (const auto& media : package->media) {
        media_bytes += media.bytes.size();
    }
    const double seconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
    std::printf("read %zu notes, %zu cards, %zu reviews, %zu media (%zu bytes) in %.2f s\n",
                package->notes.size(), package->cards.size(), package->revlog.size(),
                package->media.size(), media_bytes, seconds);
    return 0;
}
