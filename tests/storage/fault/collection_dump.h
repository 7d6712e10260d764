// A canonical text dump of a collection file, for "the file is exactly as before or exactly as
// after": the schema, user_version and every row of every table in a fixed order.
#pragma once

#include <cstdint>
#include <filesystem>
#include <set>
#include <string>
#include <vector>

namespace summit::testing {

struct CollectionSnapshot {
    std::string dump;                   // empty when the file did not open
    std::vector<std::string> problems;  // integrity_check findings and open errors; empty: sound
    std::set<int64_t> review_ids;       // the revlog's ids
};

// Opens the collection at `path` as the app would (a WAL left by a crash is recovered), runs
// PRAGMA integrity_check and dumps it. Planner statistics (sqlite_stat*) are left out: closing
// a collection may refresh them, and they hold nothing of the learner's.
CollectionSnapshot Snapshot(const std::filesystem::path& path);

}  // namespace summit::testing
