// `summit` with no verb: the window's start from the command line, through the bootstrap.
#include <cstdio>

#include "app/bootstrap/safety.h"
#include "app/bootstrap/startup.h"
#include "app/ui/shell/window.h"

namespace summit::ui {

int RunWindowFromCommandLine(const bootstrap::Args& args) {
    auto startup = bootstrap::ReadStartup(args);
    if (!startup) {
        return bootstrap::UsageError(startup.error().message);
    }
    auto options = WindowOptionsFrom(args);
    if (!options) {
        return bootstrap::UsageError(options.error().message);
    }
    if (auto folder = bootstrap::CheckCollectionFolder(args, startup->collection_path); !folder) {
        std::fprintf(stderr, "%s\n", folder.error().ToString().c_str());
        return bootstrap::kExitFailure;
    }
    const study::Clock clock = startup->RunningClock();
    auto collection = bootstrap::OpenCollection(startup->collection_path, clock);
    if (!collection) {
        // The terminal gets the facts too: the window may not open (no display).
        const bootstrap::OpenFailure failure =
            bootstrap::ExplainOpenFailure(collection.error(), startup->collection_path);
        std::fprintf(stderr, "error: %s", bootstrap::FormatOpenFailure(failure).c_str());
        return RunRecoveryWindow(startup->collection_path, failure, clock, *options);
    }
    return RunWindow(*collection, clock, *options);
}

}  // namespace summit::ui
