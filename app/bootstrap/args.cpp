// Command-line parsing.
#include "app/bootstrap/args.h"

namespace summit::bootstrap {

std::optional<std::string> Args::Get(const std::string& name) const {
    auto it = options.find(name);
    if (it == options.end()) {
        return std::nullopt;
    }
    return it->second;
}

Result<Args> ParseArgs(int argc, char** argv, const std::set<std::string>& valued,
                       const std::set<std::string>& flags) {
    Args args;
    for (int i = 1; i < argc; ++i) {
        std::string word = argv[i];
        if (word.size() < 3 || word.rfind("--", 0) != 0) {
            args.words.push_back(word);
            continue;
        }
        std::string name = word.substr(2);
        std::optional<std::string> inline_value;
        if (auto eq = name.find('='); eq != std::string::npos) {
            inline_value = name.substr(eq + 1);
            name = name.substr(0, eq);
        }
        if (flags.count(name) > 0 && !inline_value) {
            args.switches.insert(name);
        } else if (valued.count(name) > 0) {
            if (inline_value) {
                args.options[name] = *inline_value;
            } else if (i + 1 < argc) {
                args.options[name] = argv[++i];
            } else {
                return Fail(ErrorCode::kInvalidArgument, "option --" + name + " needs a value");
            }
        } else {
            return Fail(ErrorCode::kInvalidArgument, "unknown option --" + name);
        }
    }
    return args;
}

}  // namespace summit::bootstrap
