// Making and opening the benchmarks' cached 100,000-question collections.
#include "bench/e2e_collection.h"

#include <cstdlib>
#include <filesystem>

#include "bench/synthetic.h"

namespace summit::bench {

E2eCollection OpenE2eCollection(const char* file_name, const char* env_override) {
    UseRealTimeZone();
    E2eCollection made;
    const char* env = std::getenv(env_override);
    const std::filesystem::path path =
        env != nullptr ? std::filesystem::path(env)
                       : std::filesystem::temp_directory_path() / "summit-bench" / file_name;
    if (!std::filesystem::exists(path)) {
        std::filesystem::create_directories(path.parent_path());
        // Written under another name first, so an interrupted run leaves no half file.
        const std::string partial = path.string() + ".partial";
        const std::string command = std::string("'") + SUMMIT_MAKE_COLLECTION + "' '" + partial +
                                    "' --questions 100000 --reviews 1000000 --force";
        if (std::system(command.c_str()) != 0) {
            made.error = "make_collection failed: " + command;
            return made;
        }
        std::filesystem::rename(partial, path);
    }
    auto opened = storage::Collection::Open(path);
    if (!opened) {
        made.error = opened.error().ToString();
        return made;
    }
    made.collection.emplace(std::move(*opened));
    return made;
}

}  // namespace summit::bench
