// Prints how many answers a collection's review log holds, then one line per rating
// ("again N", "hard N", "good N", "easy N"), for the end-to-end scripts.
//   review_log_count COLLECTION
#include <array>
#include <cstdio>

#include "storage/collection.h"

int main(int argc, char** argv) {
    if (argc != 2) {
        std::fprintf(stderr, "usage: review_log_count COLLECTION\n");
        return 2;
    }
    summit::storage::OpenOptions options;
    options.mode = summit::storage::OpenMode::kReadOnly;
    auto collection = summit::storage::Collection::Open(argv[1], options);
    if (!collection) {
        std::fprintf(stderr, "review_log_count: %s\n", collection.error().ToString().c_str());
        return 1;
    }
    auto log = collection->ReadReviewLog();
    if (!log) {
        std::fprintf(stderr, "review_log_count: %s\n", log.error().ToString().c_str());
        return 1;
    }
    std::array<int, 4> by_rating{};
    for (const summit::storage::ReviewRow& row : *log) {
        ++by_rating[static_cast<size_t>(row.rating) - 1];
    }
    std::printf("%zu\nagain %d\nhard %d\ngood %d\neasy %d\n", log->size(), by_rating[0],
                by_rating[1], by_rating[2], by_rating[3]);
    return 0;
}
