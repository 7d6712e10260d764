// The question banks that ship inside the binary (content/banks/*.json, embedded at build time).
#pragma once

#include <span>
#include <string_view>

namespace summit::bootstrap {

struct BundledBank {
    std::string_view file_name;  // e.g. "spectator-2018-china-kim-trump.json"
    std::string_view json;       // the file's bytes
};

std::span<const BundledBank> BundledBanks();

}  // namespace summit::bootstrap
