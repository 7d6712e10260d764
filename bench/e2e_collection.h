// The large collection files the end-to-end benchmarks share: 100,000 questions and 1,000,000
// reviews, made once by make_collection and cached in the temp dir under a name per
// benchmark, so a benchmark that writes never disturbs another's file.
#pragma once

#include <optional>
#include <string>

#include "storage/collection.h"

namespace summit::bench {

struct E2eCollection {
    std::optional<storage::Collection> collection;
    std::string error;  // why it could not be made or opened; empty when it is open
};

// Opens the cached collection `file_name` (in <temp>/summit-bench/, or the path in the
// environment variable `env_override` when set), making it first when missing. The first run
// after a build with a newer schema migrates the cached file once.
E2eCollection OpenE2eCollection(const char* file_name, const char* env_override);

}  // namespace summit::bench
