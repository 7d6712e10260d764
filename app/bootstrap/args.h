// A small command-line parser: positional words and --name [value] options, with the set of
// options that take a value declared up front so that `--deck Politics` and `--json` both work.
#pragma once

#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "content/model/error.h"

namespace summit::bootstrap {

struct Args {
    std::vector<std::string> words;              // positionals, in order (the verb first)
    std::map<std::string, std::string> options;  // "--deck NAME" -> {"deck", "NAME"}
    std::set<std::string> switches;              // "--json" -> "json"

    bool Has(const std::string& name) const { return switches.count(name) > 0; }
    std::optional<std::string> Get(const std::string& name) const;
};

// Parses argv[1..]. `valued` lists the options that take a value; `flags` the ones that do not.
// An unknown option, or a valued option without its value, is a kInvalidArgument error.
// "--name=value" is accepted too. A lone "-" is a positional (standard input).
[[nodiscard]] Result<Args> ParseArgs(int argc, char** argv, const std::set<std::string>& valued,
                                     const std::set<std::string>& flags);

}  // namespace summit::bootstrap
