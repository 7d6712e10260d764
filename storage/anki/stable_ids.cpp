// Key -> SHA-1 -> a number in the range of creation times, then the first id not yet used.
#include "storage/anki/stable_ids.h"

#include "storage/anki/sha1.h"

namespace summit::storage::anki {
namespace {

constexpr std::int64_t kFirstId = 1'000'000'000'000;  // 2001-09-09 in ms
constexpr std::int64_t kIdSpan = 700'000'000'000;     // about 22 years of ms

}  // namespace

std::int64_t StableIds::For(std::string_view key) {
    const Sha1Digest digest = Sha1(key);
    std::uint64_t hash = 0;
    for (int i = 0; i < 8; ++i) {
        hash = (hash << 8) | digest[static_cast<std::size_t>(i)];
    }
    std::int64_t id = kFirstId + static_cast<std::int64_t>(hash % kIdSpan);
    while (!used_.insert(id).second) {
        id = id + 1 < kFirstId + kIdSpan ? id + 1 : kFirstId;
    }
    return id;
}

bool StableIds::Claim(std::int64_t id) {
    // Anki's own ids are times in ms or small numbers; 1 is its Default deck.
    constexpr std::int64_t kMaxSafeInteger = (std::int64_t{1} << 53) - 1;
    if (id <= 1 || id > kMaxSafeInteger) {
        return false;
    }
    return used_.insert(id).second;
}

}  // namespace summit::storage::anki
